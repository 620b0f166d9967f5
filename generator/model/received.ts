import { union } from './schema.ts'
import { containsKind } from './type-contains.ts'
import type { TypeNode } from './types.ts'

/**
 * A type as received: a `date-time` is the string JSON carries (a `Date` is accepted only in what is sent). An
 * answer's and a notification's types go through this; a request's keep `string | Date`.
 */
export function received(type: TypeNode): TypeNode {
  switch (type.kind) {
    case 'date':
      return { kind: 'keyword', name: 'string' }
    case 'object':
      return {
        kind: 'object',
        properties: type.properties.map((property) => ({ ...property, type: received(property.type) })),
        ...(type.additional ? { additional: received(type.additional) } : {}),
      }
    case 'array':
      return type.items ? { kind: 'array', items: received(type.items) } : type
    case 'union':
      // `date-time` beside `string` (or a Date beside null) becomes one `string`.
      return union(type.members.map(received))
    case 'intersection':
      return { kind: 'intersection', members: type.members.map(received) }
    default:
      return type
  }
}

/** Whether a type has a `date-time` anywhere: only then does its received form differ. */
export function hasDate(type: TypeNode): boolean {
  return containsKind(type, 'date')
}
