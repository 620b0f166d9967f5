import type { Loc } from '../../resolve/resolver.ts'
import type { HttpMethod, Property, RequestBody, ResponseBody, TypeNode } from '../../model/types.ts'

/** How a change affects code written against the SDK's typings: major, minor or patch. */
export type ChangeClass = 'breaking' | 'feature' | 'fix'
export const CHANGE_CLASSES: readonly ChangeClass[] = ['breaking', 'feature', 'fix']

/** Whether the SDK user writes the value (request, parameters) or reads it (response, notification). */
export type Direction = 'input' | 'output'

/** A part of an endpoint that has a type of its own. */
export type SlotName = 'request' | 'response' | 'notification' | 'path' | 'query' | 'header'

export type Body = RequestBody | ResponseBody

/** One typed part of an endpoint: a body, or a parameter list (compared as an object of its parameters). */
export interface Slot {
  readonly name: SlotName
  readonly direction: Direction
  readonly body: Body
}

/** What a user sees of an endpoint besides its types. */
export interface EndpointDocs {
  readonly title: string
  readonly summary: string
  readonly description: string
  readonly links: readonly string[]
  readonly deprecated: boolean
  readonly tags: readonly string[]
}

/**
 * One thing an SDK user codes against: an operation (keyed by chain + method), or a webhook (keyed by name).
 * The comparison sees only this shape, so webhooks plug in by being listed here (see surface.ts).
 */
export interface Endpoint {
  readonly kind: 'operation' | 'webhook'
  /** `wxpay.v3.pay.transactions.jsapi.post`, or the webhook's name. */
  readonly key: string
  readonly chain?: string
  readonly method?: HttpMethod
  readonly path?: string
  readonly webhook?: string
  /** The product area: the first tag. */
  readonly area?: string
  /** Where it is defined: an operation object, or a webhook's Path Item or operation. */
  readonly source: Loc
  /** The JSON pointer of `source` in the bundled document: `/paths/~1v3~1x/post`, `/webhooks/name`. */
  readonly pointer: string
  readonly docs: EndpointDocs
  readonly slots: readonly Slot[]
}

/** A step from a slot's type down to a nested type, as the model sees it. */
export type Step =
  | { readonly kind: 'property'; readonly name: string }
  | { readonly kind: 'items' }
  | { readonly kind: 'additional' }
  | { readonly kind: 'member'; readonly index: number }

/** What differs between the two sides, in neutral terms; classify.ts judges it. */
export type Difference =
  /** `counterpart`: the one endpoint on the other side with the same types, when there is exactly one (a likely rename). */
  | { readonly kind: 'endpoint-added' | 'endpoint-removed'; readonly counterpart?: string }
  | { readonly kind: 'body-kind-changed'; readonly before: string; readonly after: string }
  | { readonly kind: 'property-added'; readonly property: Property }
  | { readonly kind: 'property-removed'; readonly property: Property }
  | { readonly kind: 'made-required' | 'made-optional'; readonly name: string }
  | { readonly kind: 'type-changed'; readonly before: TypeNode; readonly after: TypeNode; readonly widened: boolean; readonly note?: string }
  | { readonly kind: 'enum-values-added' | 'enum-values-removed'; readonly values: readonly (string | number | boolean)[] }
  | { readonly kind: 'docs-changed'; readonly what: DocsAspect; readonly before?: unknown; readonly after?: unknown }

export type DocsAspect = 'title' | 'summary' | 'description' | 'examples' | 'links' | 'tags' | 'deprecated' | 'undeprecated'

/** A difference found at one place: the endpoint (each side's), the slot and the steps inside it. */
export interface Found {
  readonly difference: Difference
  readonly before?: Endpoint
  readonly after?: Endpoint
  readonly slot?: SlotName
  readonly direction?: Direction
  readonly steps: readonly Step[]
}

/** One entry of the report, as `--json` prints it. */
export interface Change {
  readonly class: ChangeClass
  readonly kind: string
  readonly chain?: string
  readonly method?: string
  readonly path?: string
  readonly webhook?: string
  readonly area?: string
  readonly pointer: string
  /** `file:line:col` of the new side; of the old side for a removal. */
  readonly location: string
  readonly message: string
}

export type Bump = 'major' | 'minor' | 'patch' | 'none'

export interface ChangeReport {
  readonly from: { readonly label: string; readonly version: string }
  readonly to: { readonly label: string; readonly version: string }
  readonly bump: Bump
  /** `from.version` with the bump applied; undefined when that version is not `MAJOR.MINOR.PATCH`. */
  readonly suggestedVersion?: string
  readonly changes: readonly Change[]
}
