import { describeType } from './type-diff.ts'
import type { ChangeClass, Found, SlotName, Step } from './types.ts'

/** A difference judged for SDK users: its class, a stable kind and a one-line message. */
export interface Verdict {
  readonly class: ChangeClass
  readonly kind: string
  readonly message: string
}

/**
 * The rules: what breaks code compiled against the previous typings is breaking; what only adds to them is a
 * feature; documentation is a fix. Inputs (request bodies, parameters) and outputs (responses, notifications) are
 * judged in opposite directions. Where the tool cannot prove a change harmless, it is breaking and says why.
 */
export function classify(found: Found): Verdict {
  const { difference: d } = found
  const endpoint = found.after ?? found.before!
  const noun = endpoint.kind === 'operation' ? 'operation' : 'webhook'
  const name = endpoint.kind === 'operation' ? `${endpoint.method!.toUpperCase()} ${endpoint.path}` : endpoint.key
  const input = found.direction === 'input'
  const slot = found.slot
  const what = slot ? subject(slot, found.steps) : noun
  const scope = slot ? scopeOf(slot, found.steps) : { noun, prefix: noun }
  switch (d.kind) {
    case 'endpoint-added':
      return {
        class: 'feature',
        kind: `${noun}-added`,
        message: `${noun} added: ${name}${d.counterpart ? ` (the same types as the removed ${d.counterpart}: renamed?)` : ''}`,
      }
    case 'endpoint-removed':
      return {
        class: 'breaking',
        kind: `${noun}-removed`,
        message: `${noun} removed: ${name}; code using ${endpoint.key} no longer compiles${
          d.counterpart
            ? ` (renamed? ${d.counterpart} is new with the same types)`
            : noun === 'operation'
              ? ' (a renamed chain or method shows as removed + added)'
              : ''
        }`,
      }
    case 'body-kind-changed':
      return { class: 'breaking', kind: `${slot}-body-kind-changed`, message: `${what} changed from ${d.before} to ${d.after}` }
    case 'property-added':
      if (!input) return { class: 'feature', kind: `${scope.noun}-added`, message: `${what} added` }
      return d.property.optional
        ? { class: 'feature', kind: `${scope.noun}-added`, message: `optional ${what} added` }
        : { class: 'breaking', kind: `${scope.noun}-added`, message: `${what} added as required; calls without it no longer compile` }
    case 'property-removed':
      return {
        class: 'breaking',
        kind: `${scope.noun}-removed`,
        message: input ? `${what} removed; calls passing it no longer compile` : `${what} removed; code reading it no longer compiles`,
      }
    case 'made-required':
      return input
        ? { class: 'breaking', kind: `${scope.noun}-made-required`, message: `${what} made required; calls without it no longer compile` }
        : { class: 'feature', kind: `${scope.noun}-made-required`, message: `${what} is now always present` }
    case 'made-optional':
      return input
        ? { class: 'feature', kind: `${scope.noun}-made-optional`, message: `${what} made optional` }
        : { class: 'breaking', kind: `${scope.noun}-made-optional`, message: `${what} made optional; code reading it must handle undefined` }
    case 'type-changed': {
      const types = `${describeType(d.before)} → ${describeType(d.after)}${d.note ? ` (${d.note})` : ''}`
      if (input && d.widened) return { class: 'feature', kind: `${scope.prefix}-type-widened`, message: `${what} accepts more: ${types}` }
      if (input) {
        return {
          class: 'breaking',
          kind: `${scope.prefix}-type-changed`,
          message: `${what} type narrowed or changed: ${types}; not provably a widening, so a value valid before may be refused`,
        }
      }
      return { class: 'breaking', kind: `${scope.prefix}-type-changed`, message: `${what} type changed: ${types}` }
    }
    case 'enum-values-added': {
      const values = d.values.map((value) => JSON.stringify(value)).join(', ')
      return input
        ? { class: 'feature', kind: `${scope.prefix}-enum-value-added`, message: `${what} accepts new values ${values}` }
        : {
            class: 'breaking',
            kind: `${scope.prefix}-enum-value-added`,
            message: `${what} has new values ${values}; an exhaustive switch over it no longer compiles`,
          }
    }
    case 'enum-values-removed': {
      const values = d.values.map((value) => JSON.stringify(value)).join(', ')
      return input
        ? { class: 'breaking', kind: `${scope.prefix}-enum-value-removed`, message: `${what} no longer accepts ${values}` }
        : {
            class: 'breaking',
            kind: `${scope.prefix}-enum-value-removed`,
            message: `${what} no longer has values ${values}; code comparing with them no longer compiles`,
          }
    }
    case 'docs-changed': {
      const owner = slot && found.steps.length > 0 ? `${what}: ` : ''
      if (d.what === 'deprecated')
        return { class: 'fix', kind: 'deprecated', message: `${owner || `${noun} `}deprecated (still usable; reported, not breaking)` }
      if (d.what === 'undeprecated') return { class: 'fix', kind: 'undeprecated', message: `${owner || `${noun} `}no longer deprecated` }
      return { class: 'fix', kind: `${d.what}-changed`, message: `${owner}${d.what} changed${docsDetail(d.before, d.after)}` }
    }
  }
}

/** `: 'old' → 'new'` for short texts, the links added and removed for lists; nothing for long texts. */
function docsDetail(before: unknown, after: unknown): string {
  if (Array.isArray(before) || Array.isArray(after)) {
    const [b, a] = [(before as unknown[] | undefined) ?? [], (after as unknown[] | undefined) ?? []].map((list) => list.map((entry) => JSON.stringify(entry)))
    const added = a!.filter((entry) => !b!.includes(entry))
    const removed = b!.filter((entry) => !a!.includes(entry))
    const parts = [...(added.length ? [`added ${added.join(', ')}`] : []), ...(removed.length ? [`removed ${removed.join(', ')}`] : [])]
    return parts.length ? `: ${parts.join('; ')}` : ''
  }
  const short = (value: unknown) => typeof value === 'string' && value.length <= 60 && !value.includes('\n')
  if ((before === undefined || short(before)) && (after === undefined || short(after))) return `: ${quote(before)} → ${quote(after)}`
  return ''
}

function quote(value: unknown): string {
  return value === undefined || value === '' ? '(none)' : `'${String(value)}'`
}

/** `request field 'amount.total'`, `query parameter 'limit'`, `the response body`. */
function subject(slot: SlotName, steps: readonly Step[]): string {
  const parameter = slot === 'path' || slot === 'query' || slot === 'header'
  const words: Record<SlotName, string> = {
    request: 'request',
    response: 'response',
    notification: 'notification',
    path: 'path',
    query: 'query',
    header: 'header',
  }
  if (steps.length === 0) return parameter ? `the ${words[slot]} parameters` : `the ${words[slot]} body`
  const name = fieldName(steps)
  if (parameter) return steps.length === 1 ? `${words[slot]} parameter '${name}'` : `${words[slot]} parameter field '${name}'`
  return `${words[slot]} field '${name}'`
}

/** `amount.total`, `items[].id`, `attrs[key]`. */
export function fieldName(steps: readonly Step[]): string {
  let name = ''
  for (const step of steps) {
    if (step.kind === 'property') name += name === '' ? step.name : `.${step.name}`
    else if (step.kind === 'items') name += '[]'
    else if (step.kind === 'additional') name += '[key]'
  }
  return name === '' ? '(the whole value)' : name
}

/** The kind's prefix: `request-field`/`request` for bodies, `query-parameter`(`-field`) for parameters. */
function scopeOf(slot: SlotName, steps: readonly Step[]): { noun: string; prefix: string } {
  if (slot === 'path' || slot === 'query' || slot === 'header') {
    return steps.length <= 1 ? { noun: `${slot}-parameter`, prefix: `${slot}-parameter` } : { noun: `${slot}-parameter-field`, prefix: `${slot}-parameter` }
  }
  return { noun: `${slot}-field`, prefix: slot }
}
