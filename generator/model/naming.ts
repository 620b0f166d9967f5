import { segmentToProperty } from '../runtime/naming.ts'
import type { HttpMethod } from './types.ts'

/**
 * URL segment → chain property, as the public SDK names them: kebab-case → camelCase, `{name}` → `_name_`,
 * a trailing slash → `_empty_`, `delete` → `Delete` (it would clash with the method); everything else is kept.
 * The runtime's own function, so that the generator and the client follow one convention (the client
 * also turns properties back into segments for endpoints not in its table).
 */
export { segmentToProperty }

/** The namespace every declaration of the typings lives in; the one place that spells it. */
export const ROOT_NAMESPACE = 'WeChatPay.OpenAPI'

/** The namespace of the notifications' interfaces, and the union of them all. */
export const NOTIFICATIONS_NAMESPACE = `${ROOT_NAMESPACE}.Notifications`
export const NOTIFICATION_UNION = { name: 'Notification', declaredIn: ROOT_NAMESPACE, typeReference: `${ROOT_NAMESPACE}.Notification` } as const

/** `TRANSACTION.SUCCESS` → `TransactionSuccess`; `MARKETING.FAVOR.USED` → `MarketingFavorUsed` (words split at `.`, `_`, `-`). */
export function eventTypeToInterface(eventType: string): string {
  return eventType
    .split(/[._-]+/)
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join('')
}

/** Chain property → namespace name: the first letter upper-cased (`_x_` stays as it is). */
export function propertyToNamespace(property: string): string {
  return property.charAt(0).toUpperCase() + property.slice(1)
}

/** `post` → `PostHttpMethod`. */
export function methodNamespace(method: HttpMethod): string {
  return `${propertyToNamespace(method)}HttpMethod`
}

/** A top-level chain property's JSDoc on `Wechatpay`: `v3` → `APIv3 endpoint`. */
export function rootDescription(property: string): string {
  const version = /^v(\d+)$/.exec(property)
  return version ? `APIv${version[1]} endpoint` : `${property} endpoint`
}

/** `/v3/a/b-c/{x}` → `['v3', 'a', 'bC', '_x_']`. */
export function pathToChain(urlPath: string): string[] {
  return urlPath.replace(/^\//, '').split('/').map(segmentToProperty)
}

/** The names of the `{…}` template variables of a URL path, in URL order. */
export function templateVariables(urlPath: string): string[] {
  return [...urlPath.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!)
}

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)
}

/** One ordering helper for everything keyed by strings: code-unit order, independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Words that cannot name a variable in strict-mode JavaScript (ES modules), so cannot be a shorthand property.
const RESERVED_WORDS = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if implements import in instanceof interface let new null package private protected public return static ' +
    'super switch this throw true try typeof var void while with yield arguments eval'
  ).split(' '),
)

/** Whether `name` can stand alone as a variable (and so as a shorthand property) in an ES module. */
export function isBindingName(name: string): boolean {
  return isIdentifier(name) && !RESERVED_WORDS.has(name)
}
