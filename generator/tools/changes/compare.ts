import type { TypeNode } from '../../model/types.ts'
import { diffTypes, typeKey } from './type-diff.ts'
import type { Body, DocsAspect, Endpoint, Found, Slot } from './types.ts'

const ANY: TypeNode = { kind: 'keyword', name: 'any' }

/**
 * Both sides' endpoints → every difference, neutral (classify.ts judges them). Endpoints are matched by key
 * (chain + method for operations, the name for webhooks): a renamed chain or method is one removed and one added.
 */
export function compareEndpoints(before: readonly Endpoint[], after: readonly Endpoint[]): Found[] {
  const found: Found[] = []
  const old = new Map(before.map((endpoint) => [endpoint.key, endpoint]))
  const keys = new Set(after.map((endpoint) => endpoint.key))
  const added = after.filter((endpoint) => !old.has(endpoint.key))
  const removed = before.filter((endpoint) => !keys.has(endpoint.key))
  const renamed = likelyRenames(removed, added)
  for (const endpoint of after) {
    const previous = old.get(endpoint.key)
    if (previous) compareEndpoint(previous, endpoint, found)
    else found.push({ difference: withCounterpart('endpoint-added', renamed.get(endpoint)), after: endpoint, steps: [] })
  }
  for (const endpoint of removed) found.push({ difference: withCounterpart('endpoint-removed', renamed.get(endpoint)), before: endpoint, steps: [] })
  return found
}

function withCounterpart(kind: 'endpoint-added' | 'endpoint-removed', counterpart: string | undefined): Found['difference'] {
  return counterpart ? { kind, counterpart } : { kind }
}

/**
 * Removed and added endpoints that pair up one to one by their types (request, query, response): probably one
 * endpoint renamed. Still a removal and an addition; the messages name the other side to help the reader.
 */
function likelyRenames(removed: readonly Endpoint[], added: readonly Endpoint[]): Map<Endpoint, string> {
  const signature = (endpoint: Endpoint) =>
    `${endpoint.kind}|${endpoint.slots
      .filter((slot) => slot.name !== 'path')
      .map((slot) => `${slot.name}:${slot.body.kind}:${bodyType(slot.body) ? typeKey(bodyType(slot.body)!) : ''}`)
      .join('|')}`
  const group = (list: readonly Endpoint[]) => {
    const groups = new Map<string, Endpoint[]>()
    for (const endpoint of list) groups.set(signature(endpoint), [...(groups.get(signature(endpoint)) ?? []), endpoint])
    return groups
  }
  const [gone, come] = [group(removed), group(added)]
  const pairs = new Map<Endpoint, string>()
  for (const [key, olds] of gone) {
    const news = come.get(key)
    if (olds.length !== 1 || news?.length !== 1) continue
    pairs.set(olds[0]!, news[0]!.key)
    pairs.set(news[0]!, olds[0]!.key)
  }
  return pairs
}

function compareEndpoint(before: Endpoint, after: Endpoint, found: Found[]): void {
  const docs = (what: DocsAspect, b?: unknown, a?: unknown) =>
    found.push({ difference: { kind: 'docs-changed', what, before: b, after: a }, before, after, steps: [] })
  const [b, a] = [before.docs, after.docs]
  if (b.title !== a.title) docs('title', b.title, a.title)
  if (b.summary !== a.summary) docs('summary', b.summary, a.summary)
  if (b.description !== a.description) docs('description', b.description, a.description)
  if (b.links.join('\n') !== a.links.join('\n')) docs('links', b.links, a.links)
  if (b.tags.join('\n') !== a.tags.join('\n')) docs('tags', b.tags, a.tags)
  if (b.deprecated !== a.deprecated) docs(a.deprecated ? 'deprecated' : 'undeprecated')

  const oldSlots = new Map(before.slots.map((slot) => [slot.name, slot]))
  for (const slot of after.slots) {
    const previous = oldSlots.get(slot.name)
    if (previous)
      compareSlot(previous, slot, (difference, steps) => found.push({ difference, before, after, slot: slot.name, direction: slot.direction, steps }))
  }
}

function compareSlot(before: Slot, after: Slot, report: Parameters<typeof diffTypes>[2]): void {
  if (before.body.kind !== after.body.kind) {
    report({ kind: 'body-kind-changed', before: bodyKind(before.body), after: bodyKind(after.body) }, [])
    return
  }
  const [b, a] = [bodyType(before.body), bodyType(after.body)]
  if (b && a) diffTypes(b, a, report)
}

/** The type inside a body: JSON's schema, a multipart upload's `meta` part (untyped when the spec gives none). */
function bodyType(body: Body): TypeNode | undefined {
  if (body.kind === 'json') return body.type
  if (body.kind === 'multipart') return body.meta ?? ANY
  return undefined
}

function bodyKind(body: Body): string {
  switch (body.kind) {
    case 'json':
      return 'JSON'
    case 'multipart':
      return 'a multipart upload'
    case 'binary':
      return 'a file download'
    case 'empty':
      return 'empty'
    case 'none':
      return 'no body'
  }
}
