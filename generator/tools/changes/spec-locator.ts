import { isObject, type Loc, type Located, type Resolver } from '../../resolve/resolver.ts'
import { escapePointer } from './surface.ts'
import type { Endpoint, SlotName, Step } from './types.ts'

/** Where a change sits in one side's spec: a location for `file:line:col` and a JSON pointer into the bundled document. */
export interface Place {
  readonly loc: Loc
  readonly pointer: string
}

const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const

/**
 * Finds, in the raw spec the model was built from, the node a model path (endpoint → slot → steps) came from,
 * following `$ref`s and `allOf`/`oneOf`/`anyOf` the way the model did. The model's TypeNodes carry no locations,
 * so this walks the spec again; where a step cannot be found, the nearest enclosing node found (at worst the
 * endpoint's own `source`) gives the location, and the pointer goes on with the steps' logical names.
 */
export class SpecLocator {
  constructor(private readonly resolver: Resolver) {}

  place(endpoint: Endpoint, slot: SlotName | undefined, steps: readonly Step[]): Place {
    const start = this.at(endpoint.source)
    const fallback: Place = { loc: endpoint.source, pointer: endpoint.pointer }
    if (!start || !slot) return fallback
    try {
      const root = this.slotRoot(start, endpoint.pointer, slot, steps)
      if (!root) return { loc: endpoint.source, pointer: endpoint.pointer + logical(steps) }
      return this.walk(root.node, root.pointer, root.rest)
    } catch {
      return fallback // a $ref the model followed cannot fail here; if it does, the endpoint is still the right place
    }
  }

  /** An endpoint's own key (`description`, `tags`, …) when the spec has it there, else the endpoint. */
  placeKey(endpoint: Endpoint, keys: readonly string[]): Place {
    const start = this.at(endpoint.source)
    for (const key of keys) {
      const found = start && this.resolver.child(start, key)
      if (found) return { loc: found.loc, pointer: `${endpoint.pointer}/${escapePointer(key)}` }
    }
    return { loc: endpoint.source, pointer: endpoint.pointer }
  }

  /** The schema a slot's type was made from, with the steps left to walk inside it. */
  private slotRoot(
    start: Located,
    base: string,
    slot: SlotName,
    steps: readonly Step[],
  ): { node: Located; pointer: string; rest: readonly Step[] } | undefined {
    const r = this.resolver
    if (slot === 'path' || slot === 'query' || slot === 'header') {
      const first = steps[0]
      if (first?.kind !== 'property') return undefined
      const found = this.parameter(start, base, slot, first.name)
      if (!found) return undefined
      if (steps.length === 1) return { node: found.node, pointer: found.pointer, rest: [] }
      const schema = r.child(found.node, 'schema')
      return schema ? { node: schema, pointer: `${found.pointer}/schema`, rest: steps.slice(1) } : undefined
    }
    let operation = start
    let pointer = base
    if (slot === 'notification' && isObject(start.value) && isObject(start.value.post)) {
      operation = r.deref(r.child(start, 'post')!)
      pointer += '/post'
    }
    if (slot === 'response') {
      const responses = r.child(operation, 'responses')
      const successes = responses ? r.entries(responses).filter(([status]) => /^2(\d\d|XX)$/i.test(status)) : []
      successes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      for (const [status, node] of successes) {
        const media = this.media(r.deref(node), `${pointer}/responses/${escapePointer(status)}`)
        if (media) return { node: media.node, pointer: media.pointer, rest: steps }
      }
      return undefined
    }
    const body = r.child(operation, 'requestBody')
    if (!body) return undefined
    const media = this.media(r.deref(body), `${pointer}/requestBody`)
    if (!media) return undefined
    if (!media.multipart) return { node: media.node, pointer: media.pointer, rest: steps }
    const properties = r.child(r.deref(media.node), 'properties')
    const meta = properties ? r.child(r.deref(properties), 'meta') : undefined
    return meta ? { node: meta, pointer: `${media.pointer}/properties/meta`, rest: steps } : { node: media.node, pointer: media.pointer, rest: [] }
  }

  /** The schema of the JSON (else multipart, else first) media type of a request body or response. */
  private media(owner: Located, pointer: string): { node: Located; pointer: string; multipart: boolean } | undefined {
    const content = this.resolver.child(owner, 'content')
    const entries = content ? this.resolver.entries(content) : []
    const chosen =
      entries.find(([type]) => /^application\/([\w.-]+\+)?json\b/i.test(type)) ?? entries.find(([type]) => type === 'multipart/form-data') ?? entries[0]
    if (!chosen) return undefined
    const at = `${pointer}/content/${escapePointer(chosen[0])}`
    const schema = this.resolver.child(this.resolver.deref(chosen[1]), 'schema')
    return { node: schema ?? chosen[1], pointer: schema ? `${at}/schema` : at, multipart: chosen[0] === 'multipart/form-data' }
  }

  /** A parameter by name and location: the operation's own first, then its Path Item's. */
  private parameter(operation: Located, base: string, location: string, name: string): { node: Located; pointer: string } | undefined {
    const pathItem = operation.loc.path.length > 0 ? this.at({ file: operation.loc.file, path: operation.loc.path.slice(0, -1) }) : undefined
    const owners: [Located | undefined, string][] = [
      [operation, base],
      [pathItem, base.slice(0, base.lastIndexOf('/'))],
    ]
    for (const [owner, pointer] of owners) {
      const list = owner && this.resolver.child(owner, 'parameters')
      if (!list || !Array.isArray(list.value)) continue
      for (let index = 0; index < list.value.length; index++) {
        const parameter = this.resolver.deref(this.resolver.child(list, index)!)
        if (isObject(parameter.value) && parameter.value.name === name && parameter.value.in === location)
          return { node: parameter, pointer: `${pointer}/parameters/${index}` }
      }
    }
    return undefined
  }

  private walk(node: Located, pointer: string, steps: readonly Step[]): Place {
    let current = node
    let at = pointer
    for (const [index, step] of steps.entries()) {
      const next = this.step(this.resolver.deref(current), step)
      if (!next) return { loc: current.loc, pointer: at + logical(steps.slice(index)) }
      current = next.node
      at += next.tokens.map((token) => `/${escapePointer(token)}`).join('')
    }
    return { loc: current.loc, pointer: at }
  }

  private step(schema: Located, step: Step): { node: Located; tokens: (string | number)[] } | undefined {
    const r = this.resolver
    if (step.kind === 'items') return child(r, schema, ['items'])
    if (step.kind === 'additional') return child(r, schema, ['additionalProperties'])
    if (step.kind === 'member') {
      // Union members of the model are flattened; only a plain oneOf/anyOf list lines up with them.
      for (const combinator of ['oneOf', 'anyOf']) {
        const found = child(r, schema, [combinator, step.index])
        if (found) return found
      }
      return { node: schema, tokens: [] }
    }
    return this.property(schema, step.name, 0)
  }

  /** A property declared on the schema itself or on one of its combined members (as `allOf` merges them). */
  private property(schema: Located, name: string, depth: number): { node: Located; tokens: (string | number)[] } | undefined {
    const r = this.resolver
    const properties = r.child(schema, 'properties')
    if (properties) {
      const found = child(r, r.deref(properties), [name])
      if (found) return { node: found.node, tokens: ['properties', name] }
    }
    if (depth > 16) return undefined
    for (const combinator of COMBINATORS) {
      const list = r.child(schema, combinator)
      if (!list || !Array.isArray(list.value)) continue
      for (let index = list.value.length - 1; index >= 0; index--) {
        const found = this.property(r.deref(r.child(list, index)!), name, depth + 1)
        if (found) return { node: found.node, tokens: [combinator, index, ...found.tokens] }
      }
    }
    return undefined
  }

  private at(loc: Loc): Located | undefined {
    const file = this.resolver.source(loc.file)
    if (!file) return undefined
    let value: unknown = file.data
    for (const key of loc.path) {
      if (value === null || typeof value !== 'object') return undefined
      value = (value as Record<string | number, unknown>)[key]
    }
    return { value, loc }
  }
}

function child(resolver: Resolver, node: Located, tokens: (string | number)[]): { node: Located; tokens: (string | number)[] } | undefined {
  let current: Located | undefined = node
  for (const token of tokens) {
    current = current && resolver.child(current, token)
    if (!current || current.value === undefined) return undefined
  }
  return current && { node: current, tokens }
}

/** The pointer of steps not found in the spec, spelled as JSON Schema would: properties/x, items, additionalProperties. */
function logical(steps: readonly Step[]): string {
  return steps
    .map((step) =>
      step.kind === 'property'
        ? `/properties/${escapePointer(step.name)}`
        : step.kind === 'items'
          ? '/items'
          : step.kind === 'additional'
            ? '/additionalProperties'
            : '',
    )
    .join('')
}
