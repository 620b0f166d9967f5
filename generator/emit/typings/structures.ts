import type {
  InterfaceDeclarationStructure,
  JSDocStructure,
  ModuleDeclarationStructure,
  OptionalKind,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
} from 'ts-morph'
import { StructureKind } from '../ts-morph.ts'
import { sortedChildren, type ChainNode } from '../../model/chain-tree.ts'
import { propertyToNamespace } from '../../model/naming.ts'
import type { Property, TypeNode } from '../../model/types.ts'
import { methodDocLines, signatureParts, type Declaration, type OperationShape } from '../operation-shape.ts'
import { printDocs, printType, propertyName } from '../type-printer.ts'
import { rootDescription } from '../pages/virtual-file.ts'

const TYPINGS = { docs: true, untypedArray: 'unknown[]', separator: ';', quote: '"' } as const
const QUOTE = TYPINGS.quote
/** Members of an interface inside a namespace sit at 4 spaces, so an inline object's members at 6. */
const MEMBER_TYPE_INDENT = 6
const ALIAS_TYPE_INDENT = 4

/**
 * ts-morph indents the continuation lines of a multi-line type by its own rule (a hanging indent);
 * each such line is marked so that `absoluteIndentation` can restore the indentation we printed.
 */
const INDENT_MARK = '\u0000'

function typeText(type: TypeNode, indent: number): string {
  return printType(type, { ...TYPINGS, indent }).replace(/\n/g, `\n${INDENT_MARK}`)
}

/** Undoes the hanging indent in front of marked lines. */
export function absoluteIndentation(text: string): string {
  return text.replace(/^[ \t]*\u0000/gm, '')
}

/** The statements of the package's declaration file, built as data and printed once. */
export function typingsStatements(root: ChainNode, shapes: ReadonlyMap<unknown, OperationShape>, usesReadStream: boolean): StatementStructures[] {
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: 'axios', namedImports: ['AxiosPromise', 'AxiosRequestConfig'] },
  ]
  if (usesReadStream) statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: 'fs', namedImports: ['ReadStream'] })

  const visit = (node: ChainNode): void => {
    for (const operation of node.operations) statements.push(operationNamespace(shapes.get(operation)!))
    const children = sortedChildren(node)
    if (children.length > 0 && node.chain.length > 0) {
      statements.push(namespace(node.chain.map(propertyToNamespace), children.map((child) => endpointInterface(child, shapes))))
    }
    children.forEach(visit)
  }
  const tops = sortedChildren(root)
  tops.forEach(visit)
  statements.push(
    namespace([], tops.map((top) => endpointInterface(top, shapes))),
    {
      kind: StructureKind.Interface,
      name: 'Wechatpay',
      isExported: true,
      docs: ['The client: every property chain below it is an endpoint of the API.'],
      properties: tops.map((top) => ({ name: propertyName(top.property, QUOTE), type: `WeChatPay.OpenAPI.${top.namespace}`, docs: [rootDescription(top.property)] })),
    },
  )
  return statements
}

const operationNamespaces = new WeakMap<OperationShape, ModuleDeclarationStructure>()

/**
 * `namespace WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders.PostHttpMethod { JsonDataRequest, RequestConfig, WellformedResponse }`,
 * built once per shape: the same object next time, so its printed text is reused too.
 */
function operationNamespace(shape: OperationShape): ModuleDeclarationStructure {
  let structure = operationNamespaces.get(shape)
  if (!structure) {
    structure = namespace([...shape.namespaces, shape.methodNamespace], shape.declarations.map(declaration))
    operationNamespaces.set(shape, structure)
  }
  return structure
}

/** The interface of one chain node: its call signature, its methods and its children. */
function endpointInterface(node: ChainNode, shapes: ReadonlyMap<unknown, OperationShape>): InterfaceDeclarationStructure {
  const methodShapes = node.operations.map((operation) => shapes.get(operation)!)
  const post = methodShapes.find((shape) => shape.shortland)
  return {
    kind: StructureKind.Interface,
    name: node.namespace,
    isExported: true,
    callSignatures: post ? [{ ...signature(post), docs: [jsDoc(methodDocLines(post, 'shortland'))] }] : [],
    methods: methodShapes.map((shape) => ({ name: shape.operation.method, ...signature(shape), docs: [jsDoc(methodDocLines(shape, shape.operation.apiName))] })),
    properties: sortedChildren(node).map((child) => ({ name: propertyName(child.property, QUOTE), type: `${node.namespace}.${child.namespace}` })),
  }
}

function signature(shape: OperationShape) {
  const { parameters, returnType } = signatureParts(shape)
  return { parameters: parameters.map((p) => ({ name: p.name, type: p.type, hasQuestionToken: p.optional })), returnType }
}

function declaration(declaration: Declaration): InterfaceDeclarationStructure | TypeAliasDeclarationStructure {
  if (declaration.kind === 'alias') {
    return { kind: StructureKind.TypeAlias, name: declaration.name, isExported: true, type: typeText(declaration.type, ALIAS_TYPE_INDENT) }
  }
  const properties: OptionalKind<PropertySignatureStructure>[] = declaration.properties.map(property)
  return {
    kind: StructureKind.Interface,
    name: declaration.name,
    isExported: true,
    extends: declaration.extends ? [declaration.extends] : [],
    properties,
    indexSignatures: declaration.additional ? [{ keyName: 'key', keyType: 'string', returnType: typeText(declaration.additional, MEMBER_TYPE_INDENT) }] : [],
  }
}

function property(member: Property): OptionalKind<PropertySignatureStructure> {
  const docs = printDocs(member, '').slice(1, -1).map((line) => line.replace(/^ \* ?/, ''))
  return {
    name: propertyName(member.name, QUOTE),
    hasQuestionToken: member.optional,
    type: typeText(member.type, MEMBER_TYPE_INDENT),
    docs: docs.length > 0 ? [docs.join('\n')] : [],
  }
}

function namespace(names: readonly string[], statements: StatementStructures[]): ModuleDeclarationStructure {
  return { kind: StructureKind.Module, name: ['WeChatPay', 'OpenAPI', ...names].join('.'), isExported: true, hasDeclareKeyword: true, statements }
}

function jsDoc(lines: readonly string[]): OptionalKind<JSDocStructure> {
  return { description: lines.map((line) => line.replace(/\*\//g, '*\\/')).join('\n') }
}

