import type { Loc } from '../resolve/resolver.ts'

/** HTTP methods in the order OpenAPI lists them in a Path Item; pages and typings use this order. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const
export type HttpMethod = (typeof HTTP_METHODS)[number]

/** A TypeScript type, as the spec describes it; printed by emit/type-printer. */
export type TypeNode =
  | { readonly kind: 'keyword'; readonly name: 'string' | 'number' | 'boolean' | 'null' | 'any' | 'never' }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  /** `format: date-time`: a string on the wire, a Date accepted when sending. */
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
  | { readonly kind: 'json'; readonly type: TypeNode }
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
}

/** One documentation page: every operation of one URL path. */
export interface Page {
  readonly path: string
  readonly title: string
  readonly description: string
  readonly operations: readonly Operation[]
}

export interface ApiModel {
  /** Sorted by path, then method. */
  readonly operations: readonly Operation[]
  readonly pages: readonly Page[]
  readonly tags: readonly string[]
  readonly info: { readonly title: string; readonly version: string; readonly description: string }
}
