import type { Loc } from '../../resolve/resolver.ts'
import type { ApiModel, Operation, Property, TypeNode } from '../../model/types.ts'
import type { Body, Endpoint, Slot } from './types.ts'

/**
 * The model as the comparison sees it: every operation, then every webhook, each as an Endpoint.
 * Webhooks are compared as soon as the model has them (a root `webhooks` map); until then there are none.
 */
export function endpointsOf(model: ApiModel): Endpoint[] {
  return [...model.operations.map(operationEndpoint), ...webhookEndpoints(model)]
}

export function operationEndpoint(operation: Operation): Endpoint {
  const chain = `wxpay.${operation.chain.join('.')}`
  const parameters = (list: readonly Property[]): Body => ({ kind: 'json', type: { kind: 'object', properties: list } })
  const slots: Slot[] = [
    { name: 'path', direction: 'input', body: parameters(operation.pathParameters) },
    { name: 'query', direction: 'input', body: parameters(operation.queryParameters) },
    { name: 'header', direction: 'input', body: parameters(operation.headerParameters) },
    { name: 'request', direction: 'input', body: operation.request },
    { name: 'response', direction: 'output', body: operation.response },
  ]
  return {
    kind: 'operation',
    key: `${chain}.${operation.method}`,
    chain,
    method: operation.method,
    path: operation.path,
    ...(operation.tags[0] ? { area: operation.tags[0] } : {}),
    source: operation.source,
    pointer: `/paths/${escapePointer(operation.path)}/${operation.method}`,
    docs: {
      title: operation.title,
      summary: operation.apiName,
      description: operation.description,
      links: linksOf(operation),
      deprecated: operation.deprecated,
      tags: operation.tags,
    },
    slots,
  }
}

/** The links a page and the JSDoc show: inline, `参阅`, and the `@link` when it is none of those (`externalDocs`). */
function linksOf(operation: Operation): string[] {
  const links = [...operation.inlineLinks, ...operation.seeAlso]
  const shown = links.map((link) => `[${link.text}](${link.url})`)
  if (operation.docLink && !links.some((link) => link.url === operation.docLink)) shown.unshift(operation.docLink)
  return shown
}

/**
 * The model's webhooks (a list keyed by `eventType`; a Map or a record of name → webhook is read too).
 * A webhook is read for its notification type (`type`, `payload`, `body` or `notification`: a TypeNode or a
 * `{ kind: 'json', type }` body; the model's is `notification`, what `parse` returns), `source`, `title`/`summary`,
 * `description`, `deprecated` and `tags`.
 */
export function webhookEndpoints(model: ApiModel): Endpoint[] {
  const webhooks = (model as ApiModel & { readonly webhooks?: unknown }).webhooks
  if (webhooks === undefined || webhooks === null || typeof webhooks !== 'object') return []
  // The model's own list (each keyed by its event type), or a map of name → webhook.
  const entries = Array.isArray(webhooks)
    ? webhooks.map((webhook: { eventType?: unknown }) => [String(webhook.eventType), webhook] as const)
    : webhooks instanceof Map
      ? [...webhooks.entries()]
      : Object.entries(webhooks)
  return entries
    .sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0))
    .map(([name, webhook]) => webhookEndpoint(String(name), (webhook ?? {}) as WebhookLike))
}

interface WebhookLike {
  readonly type?: unknown
  readonly payload?: unknown
  readonly body?: unknown
  readonly notification?: unknown
  readonly source?: Loc
  readonly title?: unknown
  readonly summary?: unknown
  readonly description?: unknown
  readonly deprecated?: unknown
  readonly tags?: unknown
}

function webhookEndpoint(name: string, webhook: WebhookLike): Endpoint {
  const tags = Array.isArray(webhook.tags) ? webhook.tags.map(String) : []
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  return {
    kind: 'webhook',
    key: name,
    webhook: name,
    ...(tags[0] ? { area: tags[0] } : {}),
    source: webhook.source ?? { file: '', path: [] },
    pointer: `/webhooks/${escapePointer(name)}`,
    docs: {
      title: text(webhook.title),
      summary: text(webhook.summary),
      description: text(webhook.description),
      links: [],
      deprecated: webhook.deprecated === true,
      tags,
    },
    slots: [{ name: 'notification', direction: 'output', body: notificationBody(webhook) }],
  }
}

function notificationBody(webhook: WebhookLike): Body {
  const candidate = webhook.type ?? webhook.payload ?? webhook.body ?? webhook.notification
  if (isBody(candidate)) return candidate
  if (isTypeNode(candidate)) return { kind: 'json', type: candidate }
  return { kind: 'json', type: { kind: 'keyword', name: 'any' } }
}

function isBody(value: unknown): value is Body {
  const kind = (value as { kind?: unknown } | undefined)?.kind
  return kind === 'none' || kind === 'empty' || kind === 'binary' || kind === 'multipart' || (kind === 'json' && isTypeNode((value as { type?: unknown }).type))
}

function isTypeNode(value: unknown): value is TypeNode {
  const kind = (value as { kind?: unknown } | undefined)?.kind
  return typeof kind === 'string' && ['keyword', 'literal', 'date', 'stream', 'object', 'array', 'union', 'intersection', 'reference'].includes(kind)
}

/** RFC 6901: `~` → `~0`, `/` → `~1`. */
export function escapePointer(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}
