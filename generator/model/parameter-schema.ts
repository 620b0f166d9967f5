import type { JsonObject, Located, Resolver } from '../resolve/resolver.ts'

/** A parameter's schema: its `schema`, or that of its `content`'s first media type. */
export function parameterSchema(parameter: Located<JsonObject>, resolver: Resolver): Located | undefined {
  const schema = resolver.child(parameter, 'schema')
  if (schema) return schema
  const content = resolver.child(parameter, 'content')
  const first = content ? resolver.entries(content)[0]?.[1] : undefined
  return first ? resolver.child(resolver.deref(first), 'schema') : undefined
}
