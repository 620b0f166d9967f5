import { format } from 'prettier'
import { printStructure, StructureKind } from 'ts-morph'
import { buildChainTree } from '../../model/chain-tree.ts'
import type { ApiModel, Operation } from '../../model/types.ts'
import { shapeOperation, type OperationShape } from '../operation-shape.ts'
import { typingsStatements } from './structures.ts'

export const TYPINGS_FILE = 'index.d.ts'

/** One formatting for every emitted TypeScript file; prettier is pinned to an exact version so the bytes are stable. */
export const PRETTIER_OPTIONS = { parser: 'typescript', printWidth: 120, singleQuote: true, semi: false } as const

/** The package's declaration file: every operation namespace, every endpoint interface, `Wechatpay`. */
export async function emitTypings(model: ApiModel): Promise<Map<string, string>> {
  const shapes = new Map<Operation, OperationShape>(model.operations.map((operation) => [operation, shapeOperation(operation)]))
  const statements = typingsStatements(buildChainTree(model.operations), shapes, [...shapes.values()].some((shape) => shape.usesReadStream))
  const header = `// Generated from the OpenAPI spec by wechatpay-openapi-generator. Do not edit.\n`
  const printed = printStructure({ kind: StructureKind.SourceFile, statements }, { indentNumberOfSpaces: 2 })
  return new Map([[TYPINGS_FILE, await format(header + printed, PRETTIER_OPTIONS)]])
}
