import type { TypeNode } from './types.ts'

/** Whether `type` has a node of `kind` anywhere in it: in properties, items and members (references are not followed). */
export function containsKind(type: TypeNode, kind: TypeNode['kind']): boolean {
  if (type.kind === kind) return true
  switch (type.kind) {
    case 'object':
      return type.properties.some((property) => containsKind(property.type, kind)) || (type.additional ? containsKind(type.additional, kind) : false)
    case 'array':
      return type.items ? containsKind(type.items, kind) : false
    case 'union':
    case 'intersection':
      return type.members.some((member) => containsKind(member, kind))
    default:
      return false
  }
}
