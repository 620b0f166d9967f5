// The declaration file's statements, printed directly in prettier's layout (print width 120, two spaces, `;`, double
// quotes, `{}`, long signatures and unions broken as prettier breaks them). test/generator/typings-format.test.ts
// checks that prettier leaves every fixture's output unchanged.

import type { ApiModel, ChainNode, Declaration, Operation, Webhook } from '../../model/types.ts'
import { jsDoc, methodDocLines } from '../shared/jsdoc.ts'
import { propertyName } from '../shared/quote.ts'
import { printMembers, printParameter, printTyped, type PrintOptions } from '../shared/type-printer.ts'

/** prettier's print width, which the layout follows. */
export const PRINT_WIDTH = 120

/** The typings' style of types, with the members of an interface in a namespace at 4 spaces. */
const TYPINGS: PrintOptions = { indent: 4, docs: true, compactDocs: true, untypedArray: 'unknown[]', separator: ';', quote: '"', width: PRINT_WIDTH }
const MEMBER_PAD = '    '

/** `export declare namespace WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders.PostHttpMethod { … }`: the operation's types. */
export function operationNamespace(operation: Operation): string {
  return namespace(operation.names.namespace, operation.types.declarations.map(declaration))
}

/** `export declare namespace <node's namespace> { … }` with the interface of each child. */
export function childInterfaces(node: ChainNode): string {
  return namespace(node.namespace, node.children.map(endpointInterface))
}

/** The client interface: each top-level property (`v3`) and its type. */
export function wechatpayInterface(root: ChainNode): string {
  const members = root.children.flatMap((top) => [
    ...jsDoc([top.description ?? ''], '  ', { compact: true }),
    `  ${propertyName(top.property, '"')}: ${top.typeReference};`,
  ])
  return [
    ...jsDoc(['The client: every property chain below it is an endpoint of the API.'], '', { compact: true }),
    'export interface Wechatpay {',
    ...members,
    '}',
  ].join('\n')
}

/**
 * The notifications: one interface per webhook in `WeChatPay.OpenAPI.Notifications`, and their union discriminated by
 * `event_type` (`WeChatPay.OpenAPI.Notification`), what the client's `notifications.parse` returns. Nothing without webhooks.
 */
export function notificationDeclarations(model: ApiModel): string[] {
  if (model.webhooks.length === 0) return []
  const { webhooks, notificationUnion: union } = model
  const members = webhooks.map(notificationInterface)
  const alias = printTyped(
    `  export type ${union.name} =`,
    { kind: 'union', members: webhooks.map((webhook) => ({ kind: 'reference', name: webhook.names.typeReference })) },
    { ...TYPINGS, indent: 2 },
  )
  const aliasDoc = jsDoc(['A verified notification, its `resource` decrypted: one member per webhook of the spec, discriminated by `event_type`.'], '  ', {
    compact: true,
  })
  return [namespace(webhooks[0]!.names.declaredIn, members), namespace(union.declaredIn, [[...aliasDoc, ...alias]])]
}

function notificationInterface(webhook: Webhook): string[] {
  const doc = jsDoc([webhook.title, ...(webhook.description ? ['', ...webhook.description.split(/\r?\n/)] : [])], '  ', { compact: true })
  return [...doc, ...block(`  export interface ${webhook.names.interfaceName}`, printMembers(webhook.notification.properties, undefined, TYPINGS))]
}

/** The interface of one chain node: its call signature (POST), its children, its methods. */
function endpointInterface(node: ChainNode): string[] {
  const post = node.operations.find((operation) => operation.types.shortland)
  const members = [
    ...(post ? [...jsDoc(methodDocLines(post, 'shortland'), MEMBER_PAD, { compact: true }), ...signature('', post)] : []),
    ...node.children.map((child) => `${MEMBER_PAD}${propertyName(child.property, '"')}: ${child.typeReference};`),
    ...node.operations.flatMap((operation) => [
      ...jsDoc(methodDocLines(operation, operation.apiName), MEMBER_PAD, { compact: true }),
      ...signature(operation.method, operation),
    ]),
  ]
  return block(`  export interface ${node.interfaceName}`, members)
}

/** `post(data: …, config?: …): AxiosPromise<…>;`, its parameters a line each when it is too long (as prettier does). */
function signature(name: string, operation: Operation): string[] {
  const { parameters, returnType } = operation.types
  const printed = parameters.map(printParameter)
  const line = `${MEMBER_PAD}${name}(${printed.join(', ')}): ${returnType};`
  if (line.length <= PRINT_WIDTH) return [line]
  return [`${MEMBER_PAD}${name}(`, ...printed.map((parameter) => `${MEMBER_PAD}  ${parameter},`), `${MEMBER_PAD}): ${returnType};`]
}

function declaration(declaration: Declaration): string[] {
  if (declaration.kind === 'alias') return printTyped(`  export type ${declaration.name} =`, declaration.type, { ...TYPINGS, indent: 2 })
  const heritage = declaration.extends ? ` extends ${declaration.extends}` : ''
  // An index signature goes first, as TypeScript's own printers place it.
  const members = [...printMembers([], declaration.additional, TYPINGS), ...printMembers(declaration.properties, undefined, TYPINGS)]
  return block(`  export interface ${declaration.name}${heritage}`, members)
}

function block(head: string, members: readonly string[]): string[] {
  return members.length === 0 ? [`${head} {}`] : [`${head} {`, ...members, '  }']
}

/** Members a blank line apart, as prettier keeps them. */
function namespace(name: string, members: readonly (readonly string[])[]): string {
  return [`export declare namespace ${name} {`, members.map((lines) => lines.join('\n')).join('\n\n'), '}'].join('\n')
}
