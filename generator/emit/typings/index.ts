import type { StatementStructures } from 'ts-morph'
import { printStructure, StructureKind } from '../ts-morph.ts'
import { buildChainTree } from '../../model/chain-tree.ts'
import type { ApiModel, Operation } from '../../model/types.ts'
import { shapeOperation, type OperationShape } from '../operation-shape.ts'
import { breakWideLines, isUnbreakable } from './line-breaking.ts'
import { absoluteIndentation, typingsStatements } from './structures.ts'

export { TYPINGS_FILE } from './file-name.ts'
import { TYPINGS_FILE } from './file-name.ts'

/** One formatting for every emitted TypeScript file; prettier is pinned to an exact version so the bytes are stable. */
export const PRETTIER_OPTIONS = { parser: 'typescript', printWidth: 120 } as const

const HEADER = '// Generated from the OpenAPI spec by wechatpay-openapi-generator. Do not edit.'
const CHUNK_BOUNDARY = '// --- chunk boundary ---'

/** The package's declaration file: every operation namespace, every endpoint interface, `Wechatpay`. */
export async function emitTypings(model: ApiModel): Promise<Map<string, string>> {
  const shapes = new Map<Operation, OperationShape>(model.operations.map((operation) => [operation, shapeOperation(operation)]))
  const statements = typingsStatements(buildChainTree(model.operations), shapes, [...shapes.values()].some((shape) => shape.usesReadStream))
  return new Map([[TYPINGS_FILE, await printFormatted(statements)]])
}

/**
 * Prints the statements with ts-morph and formats them as prettier does.
 *
 * Prettier over the whole file costs more than everything else together on a large spec, so the
 * printer already writes prettier's layout (indentation, `;`, double quotes, `{}`, the breaking of
 * long signatures and unions), and only statements with another line too long for prettier's print
 * width go through prettier, in one call. Tests check that prettier leaves the whole file unchanged.
 */
export async function printFormatted(statements: readonly StatementStructures[]): Promise<string> {
  const imports = statements.filter((statement) => statement.kind === StructureKind.ImportDeclaration)
  const body = statements.filter((statement) => statement.kind !== StructureKind.ImportDeclaration)
  const keys = body.map((statement) => (isOperation(statement) ? statement : JSON.stringify(statement)))
  const chunks = keys.map((key) => (typeof key === 'string' ? formattedByContent.get(key) : formattedByObject.get(key)))
  const fresh = chunks.flatMap((chunk, index) => (chunk === undefined ? [index] : []))
  for (const index of fresh) chunks[index] = printStatement(body[index]!)
  const wide = fresh.filter((index) => hasWideLine(chunks[index]!))
  if (wide.length > 0) {
    // Loaded only when needed: most specs never get here.
    const { format } = await import('prettier')
    const formatted = await format(wide.map((index) => chunks[index]).join(`\n${CHUNK_BOUNDARY}\n`), PRETTIER_OPTIONS)
    formatted.split(`\n${CHUNK_BOUNDARY}\n`).forEach((text, position) => {
      chunks[wide[position]!] = text.trimEnd()
    })
  }
  const formattedThisRun = new Map<string, string>()
  keys.forEach((key, index) => {
    if (typeof key === 'string') formattedThisRun.set(key, chunks[index]!)
    else formattedByObject.set(key, chunks[index]!)
  })
  formattedByContent = formattedThisRun
  const head = [HEADER, ...imports.map((statement) => printStatement(statement))].join('\n')
  return `${[head, ...chunks].join('\n\n')}\n`
}

// Formatted text by statement, so that a run of a session (`--watch`) prints and formats only what is new: by
// object for the statements kept from the previous run (operation namespaces), by content for the small ones
// rebuilt every run (parent interfaces). Only the last run's texts are kept.
const formattedByObject = new WeakMap<StatementStructures, string>()
let formattedByContent = new Map<string, string>()

function isOperation(statement: StatementStructures): boolean {
  return statement.kind === StructureKind.Module && /HttpMethod$/.test(statement.name)
}

/** ts-morph's text in prettier's layout: our indentation restored, `{}`, long lines broken. */
function printStatement(statement: StatementStructures): string {
  const printed = printStructure(statement, { indentNumberOfSpaces: 2 })
  return breakWideLines(absoluteIndentation(printed).replace(/\{\n\s*\}/g, '{}').trimEnd(), PRETTIER_OPTIONS.printWidth)
}

/** A line prettier would still break: too long, and not one it leaves alone. */
function hasWideLine(text: string): boolean {
  return text.split('\n').some((line) => !isUnbreakable(line, PRETTIER_OPTIONS.printWidth))
}
