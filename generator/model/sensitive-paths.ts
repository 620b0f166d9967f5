import type { TypeNode } from './types.ts'

/**
 * The paths of a request body's sensitive fields, as the runtime's encryptSensitiveFields reads them: property
 * names joined with `.`, `[]` after an array (`receivers[].name`). Unions and intersections contribute every
 * member's paths; each path once, in the order the properties come.
 */
export function sensitivePaths(type: TypeNode): string[] {
  const paths = new Set<string>()
  collect(type, '', paths)
  return [...paths]
}

function collect(type: TypeNode, prefix: string, paths: Set<string>): void {
  switch (type.kind) {
    case 'object':
      for (const property of type.properties) {
        const path = prefix === '' ? property.name : `${prefix}.${property.name}`
        if (property.sensitive) paths.add(path)
        else collect(property.type, path, paths)
      }
      return
    case 'array':
      // An array of encrypted strings is marked on the array's property; its elements are objects here.
      if (type.items && prefix !== '') collect(type.items, `${prefix}[]`, paths)
      return
    case 'union':
    case 'intersection':
      for (const member of type.members) collect(member, prefix, paths)
      return
    default:
      return
  }
}
