import type { TypeNode } from '../../model/types.ts'
import { diffTypes } from './type-diff.ts'
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
  for (const endpoint of after) {
    const previous = old.get(endpoint.key)
    if (previous) compareEndpoint(previous, endpoint, found)
    else found.push({ difference: { kind: 'endpoint-added' }, after: endpoint, steps: [] })
  }
  for (const endpoint of before) {
    if (!keys.has(endpoint.key)) found.push({ difference: { kind: 'endpoint-removed' }, before: endpoint, steps: [] })
  }
  return found
}

function compareEndpoint(before: Endpoint, after: Endpoint, found: Found[]): void {
  const docs = (what: DocsAspect, b?: unknown, a?: unknown) => found.push({ difference: { kind: 'docs-changed', what, before: b, after: a }, before, after, steps: [] })
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
    if (previous) compareSlot(previous, slot, (difference, steps) => found.push({ difference, before, after, slot: slot.name, direction: slot.direction, steps }))
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
