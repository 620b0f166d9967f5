import type { Loc } from '../resolve/resolver.ts'

/** HTTP methods in the order OpenAPI lists them in a Path Item; pages and typings use this order. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** A TypeScript type, as the spec describes it; printed by emit/shared/type-printer.ts. */
export type TypeNode =
  | { readonly kind: 'keyword'; readonly name: 'string' | 'number' | 'boolean' | 'null' | 'any' | 'never' }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  /** `format: date-time`: a string on the wire, a Date accepted when sending (model/received.ts: an answer's is a string). */
  | { readonly kind: 'date' }
  /** `format: binary`: a file stream. */
  | { readonly kind: 'stream' }
  | { readonly kind: 'object'; readonly properties: readonly Property[]; readonly additional?: TypeNode }
  | { readonly kind: 'array'; readonly items?: TypeNode }
  | { readonly kind: 'union'; readonly members: readonly TypeNode[] }
  | { readonly kind: 'intersection'; readonly members: readonly TypeNode[] }
  /** A name declared by the emitter itself (`JsonDataRequest`). */
  | { readonly kind: 'reference'; readonly name: string }

export interface Docs {
  readonly description?: string
  readonly examples?: readonly unknown[]
  readonly deprecated?: boolean
  /** Encrypted with WeChat Pay's public key in requests (`x-sensitive: true`, or the object's `x-is-sensitive` list). */
  readonly sensitive?: boolean
}

export interface Property extends Docs {
  readonly name: string
  readonly type: TypeNode
  readonly optional: boolean
}

export interface Link {
  readonly text: string
  readonly url: string
}

export type RequestBody =
  | { readonly kind: 'none' }
  /** `sensitive`: the paths of the fields the client encrypts (`['name', 'receivers[].name']`); absent when none. */
  | { readonly kind: 'json'; readonly type: TypeNode; readonly sensitive?: readonly string[] }
  /** multipart/form-data upload: a `meta` JSON part and a `file` part. */
  | { readonly kind: 'multipart'; readonly meta?: TypeNode }

export type ResponseBody =
  | { readonly kind: 'json'; readonly type: TypeNode }
  | { readonly kind: 'empty' }
  /** A file download: the body is a stream, not JSON. */
  | { readonly kind: 'binary' }

export interface Operation {
  readonly method: HttpMethod
  /** The URL template, exactly as in the spec: `/v3/profitsharing/return-orders/{out_return_no}`. */
  readonly path: string
  /** Chain properties from the client root: `['v3', 'profitsharing', 'returnOrders', '_out_return_no_']`. */
  readonly chain: readonly string[]
  /** The page title (`x-title`, else `summary` without a trailing `API`). */
  readonly title: string
  /** The API name shown first in the method's JSDoc (`summary`). */
  readonly apiName: string
  readonly description: string
  /** The URL of the JSDoc `@link`. */
  readonly docLink?: string
  /** Links appended to the description line (older page style). */
  readonly inlineLinks: readonly Link[]
  /** Links on a trailing `参阅` line after the code block (newer page style). */
  readonly seeAlso: readonly Link[]
  readonly deprecated: boolean
  readonly tags: readonly string[]
  readonly pathParameters: readonly Property[]
  readonly queryParameters: readonly Property[]
  readonly headerParameters: readonly Property[]
  readonly request: RequestBody
  readonly response: ResponseBody
  readonly source: Loc
  /** Where it sits in the client chain and the declarations (model/chain-names.ts). */
  readonly names: OperationNames
  /** How it looks in TypeScript, for the typings and the pages alike (model/operation-types.ts). */
  readonly types: OperationTypes
  /** What a request and its answer must be on the wire, as JSON Schema data (model/contract.ts): what the simulator checks and answers. */
  readonly contract: OperationContract
}

/**
 * A JSON Schema with its `$ref`s inlined and only validation keywords kept (model/wire-schema.ts). `unchecked`
 * names the constraining keywords no validator of ours reads; `sensitive`: encrypted on the wire (`x-sensitive`).
 */
export interface WireSchema {
  readonly type?: string | readonly string[]
  readonly enum?: readonly unknown[]
  readonly const?: unknown
  readonly format?: string
  readonly pattern?: string
  readonly minLength?: number
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly exclusiveMinimum?: number
  readonly exclusiveMaximum?: number
  readonly multipleOf?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly uniqueItems?: boolean
  readonly minProperties?: number
  readonly maxProperties?: number
  readonly required?: readonly string[]
  readonly properties?: { readonly [name: string]: WireSchema }
  readonly items?: WireSchema
  readonly additionalProperties?: boolean | WireSchema
  readonly allOf?: readonly WireSchema[]
  readonly anyOf?: readonly WireSchema[]
  readonly oneOf?: readonly WireSchema[]
  readonly not?: WireSchema
  readonly example?: unknown
  readonly sensitive?: boolean
  readonly unchecked?: readonly string[]
}

/** The wire contract of one operation: its parameters', body's and answer's schemas. */
export interface OperationContract {
  /** Path parameter → schema, in URL order. */
  readonly pathParameters: { readonly [name: string]: WireSchema }
  /** Query parameter → schema; `requiredQuery` the ones the spec requires. */
  readonly queryParameters: { readonly [name: string]: WireSchema }
  readonly requiredQuery: readonly string[]
  /** The JSON body's schema, or a multipart upload's `meta` part's; absent without a body. */
  readonly body?: WireSchema
  readonly bodyRequired: boolean
  /** The success answer: its status (`200`, `204`), and for a JSON answer its schema and the media type's example. */
  readonly answer: { readonly status: number; readonly schema?: WireSchema; readonly example?: unknown }
}

/** One property of the client chain with the names the declarations give it; computed once (model/chain-names.ts). */
export interface ChainLevel {
  /** `returnOrders` */
  readonly property: string
  /** Chain properties from the client root down to this one: `['v3', 'profitsharing', 'returnOrders']`. */
  readonly chain: readonly string[]
  /** The chain key of the endpoint table: `v3.profitsharing.returnOrders`. */
  readonly key: string
  /** Its interface: `ReturnOrders`. */
  readonly interfaceName: string
  /** The namespace its interface is declared in: `WeChatPay.OpenAPI.V3.Profitsharing`. */
  readonly declaredIn: string
  /** The namespace of what lies below it (its children's interfaces, its operations): `WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders`. */
  readonly namespace: string
  /** How its parent's interface (or `Wechatpay`, for a top-level property) names its type: `Profitsharing.ReturnOrders`, `WeChatPay.OpenAPI.V3`. */
  readonly typeReference: string
  /** A top-level property's JSDoc on `Wechatpay` (`APIv3 endpoint`). */
  readonly description?: string
}

/** A node of the chain tree: a property of the client, the operations at it and its children (in property order). */
export interface ChainNode extends ChainLevel {
  readonly operations: readonly Operation[]
  readonly children: readonly ChainNode[]
}

/** An interface above an endpoint and the one member that leads down to it: what a page declares of a parent. */
export interface ParentInterface {
  readonly declaredIn: string
  readonly interfaceName: string
  readonly child: { readonly property: string; readonly typeReference: string }
}

export interface OperationNames {
  /** The chain key: `v3.profitsharing.returnOrders`. */
  readonly chainKey: string
  /** The endpoint: the last level of the chain. */
  readonly endpoint: ChainLevel
  /** `PostHttpMethod` */
  readonly methodNamespace: string
  /** The operation's own namespace: `WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders.PostHttpMethod`. */
  readonly namespace: string
  /** Every interface above the endpoint, nearest first (`Profitsharing` { returnOrders }, then `V3` { profitsharing }). */
  readonly parents: readonly ParentInterface[]
  /** The top-level property, as `Wechatpay` declares it. */
  readonly root: ChainLevel
}

/** A declaration inside an operation namespace: an interface of members, or a type alias when the body is not an object. */
export type Declaration =
  | { readonly kind: 'interface'; readonly name: string; readonly extends?: string; readonly properties: readonly Property[]; readonly additional?: TypeNode }
  | { readonly kind: 'alias'; readonly name: string; readonly type: TypeNode }

export interface Parameter {
  readonly name: string
  readonly optional: boolean
  /** Qualified from the endpoint's namespace: `ReturnOrders.PostHttpMethod.JsonDataRequest`. */
  readonly type: string
}

/** How one operation looks in TypeScript: its namespace members and its method signature. */
export interface OperationTypes {
  /**
   * What the package's index.d.ts declares in the operation's namespace: `JsonDataRequest` / `BinaryDataRequest`,
   * `RequestConfig`, `WellformedResponse` (always, empty for an answer without a body). The answer is typed as
   * received, a `date-time` a `string`; what is sent accepts `string | Date`.
   */
  readonly declarations: readonly Declaration[]
  /**
   * What a documentation page declares there, as the public site's pages do: the same, except that
   * `WellformedResponse` keeps `string | Date` for a `date-time` (the golden pages show it).
   */
  readonly pageDeclarations: readonly Declaration[]
  /** The members of `RequestConfig`, in page order. */
  readonly configMembers: readonly Property[]
  /** POST/PUT/PATCH take `data` first. */
  readonly takesData: boolean
  readonly configOptional: boolean
  /** The method's parameters (`data`, `config`) and return type (`AxiosPromise<…WellformedResponse>`). */
  readonly parameters: readonly Parameter[]
  readonly returnType: string
  /** Only POST has the shortland call signature. */
  readonly shortland: boolean
  /** `ReadStream` is needed from `fs`. */
  readonly usesReadStream: boolean
  /** Top-level names of the request body, in order (for the example call). */
  readonly bodyMembers: readonly string[]
  /** Top-level names of the response body, or undefined when it is not an object. */
  readonly responseMembers?: readonly string[]
}

/** One documentation page: every operation of one URL path. */
export interface Page {
  readonly path: string
  readonly title: string
  readonly description: string
  readonly operations: readonly Operation[]
}

/** The names of the notifications' declarations, computed once (model/naming.ts). */
export interface WebhookNames {
  /** Its interface: `TransactionSuccess`. */
  readonly interfaceName: string
  /** The namespace it is declared in: `WeChatPay.OpenAPI.Notifications`. */
  readonly declaredIn: string
  /** Its full name: `WeChatPay.OpenAPI.Notifications.TransactionSuccess`. */
  readonly typeReference: string
}

/** The union of every notification: `WeChatPay.OpenAPI.Notification`. */
export interface NotificationUnionNames {
  /** `Notification` */
  readonly name: string
  /** `WeChatPay.OpenAPI` */
  readonly declaredIn: string
  /** `WeChatPay.OpenAPI.Notification` */
  readonly typeReference: string
}

export interface WebhookAnswer {
  readonly status: string
  readonly description: string
  readonly body?: TypeNode
}

/** One notification WeChat Pay POSTs to the merchant (an entry of the root `webhooks` map, keyed by its event type). */
export interface Webhook {
  /** `TRANSACTION.SUCCESS`: the key of the `webhooks` map, equal to the `event_type` const of its body. */
  readonly eventType: string
  /** The page title (`x-title`, else `summary`, else the event type). */
  readonly title: string
  readonly summary: string
  readonly description: string
  readonly tags: readonly string[]
  /** The signature headers WeChat Pay sends, from the operation's header parameters. */
  readonly headers: readonly Property[]
  /** The notification as sent, its `resource` encrypted: the request body's schema. */
  readonly envelope: TypeNode
  /** The resource once decrypted (`x-decrypted-resource.schema`). */
  readonly resource: TypeNode
  /** The same schema as data (model/wire-schema.ts): what the simulator checks a notification's resource against. */
  readonly resourceSchema: WireSchema
  /**
   * What `wxpay.notifications.parse` returns for it: the envelope's fields without `resource`, `original_type`,
   * and `resource` the decrypted type; values as received (`date-time` a string).
   */
  readonly notification: Extract<TypeNode, { kind: 'object' }>
  /** The answers WeChat Pay expects, in the spec's order: `204`, `4XX`… with their description and body (if any). */
  readonly answers: readonly WebhookAnswer[]
  readonly source: Loc
  readonly names: WebhookNames
}

export interface ApiModel {
  /** Sorted by path, then method. */
  readonly operations: readonly Operation[]
  /** The root `webhooks` map, sorted by event type (code-unit order). */
  readonly webhooks: readonly Webhook[]
  readonly notificationUnion: NotificationUnionNames
  /** The client chain over every operation: the root (no property, the `WeChatPay.OpenAPI` namespace) and its levels. */
  readonly tree: ChainNode
  /** The nodes that have operations, in chain-key order: the rows of the endpoint table. */
  readonly endpoints: readonly ChainNode[]
  readonly pages: readonly Page[]
  readonly tags: readonly string[]
  readonly info: { readonly title: string; readonly version: string; readonly description: string; readonly site: SiteSettings }
}

/** `info.x-site`: the documentation site's settings (`model/site-settings.ts`). */
export interface SiteSettings {
  /** Where the site is served (`https://host/base/`); its path is the base, and it turns the sitemap on. */
  readonly url?: string
  /** The edit-link pattern, with `:path` for the page's file under docs/. */
  readonly editLink?: string
  readonly lastUpdated: boolean
  readonly title?: string
  readonly description?: string
}
