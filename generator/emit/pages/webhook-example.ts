import type { Property, TypeNode } from '../../model/types.ts'

/**
 * A JSON value of `type` for a page's example: a const's value, else a property's first `example` where the spec
 * gives one, else the first literal of an enum, else a neutral value of the type (`""`, `0`, `false`, one array item).
 */
export function exampleValue(type: TypeNode, examples?: readonly unknown[]): unknown {
  // A const is the value: a shared schema's example (an envelope's `event_type`) may name another.
  if (type.kind === 'literal') return type.value
  if (examples && examples.length > 0) return examples[0]
  switch (type.kind) {
    case 'keyword':
      return type.name === 'number' ? 0 : type.name === 'boolean' ? false : type.name === 'null' ? null : ''
    case 'date':
      return ''
    case 'stream':
      return ''
    case 'object':
      return exampleObject(type.properties)
    case 'array':
      return type.items ? [exampleValue(type.items)] : []
    case 'union':
      return exampleValue(type.members.find((member) => !(member.kind === 'keyword' && member.name === 'null')) ?? type.members[0]!)
    case 'intersection':
      return Object.assign({}, ...type.members.map((member) => exampleValue(member)))
    case 'reference':
      return {}
  }
}

/** Every property, in the spec's order, with its example. */
export function exampleObject(properties: readonly Property[]): Record<string, unknown> {
  return Object.fromEntries(properties.map((property) => [property.name, exampleValue(property.type, property.examples)]))
}

/** A header's value for the example request: its example, its first literal, else a placeholder naming it. */
export function exampleHeader(header: Property): string {
  const value = exampleValue(header.type, header.examples)
  return value === '' ? `<${header.name}>` : String(value)
}
