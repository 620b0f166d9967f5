import { isObject, locKey, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
import type { Docs, Property, TypeNode } from './types.ts'

const ANY: TypeNode = { kind: 'keyword', name: 'any' }

type Writable<T> = { -readonly [K in keyof T]: T[K] }
const COMBINATORS = ['allOf', 'oneOf', 'anyOf'] as const

/**
 * JSON Schema (OpenAPI 3.1) → TypeNode. Driven only by `type`, `format`, `enum`, `const`,
 * `properties`/`required`, `items`, `additionalProperties` and the combinators; never by names.
 */
export class SchemaConverter {
  /** `$ref` targets being expanded right now: a schema that contains itself is typed `any` at the repeat. */
  private readonly expanding = new Set<string>()

  constructor(private readonly resolver: Resolver) {}

  convert(node: Located): TypeNode {
    const schema = this.resolver.deref(node)
    const key = schema === node ? undefined : locKey(schema.loc)
    if (key && this.expanding.has(key)) return ANY
    if (key) this.expanding.add(key)
    try {
      if (schema.value === true || schema.value === undefined) return ANY
      if (schema.value === false) return { kind: 'keyword', name: 'never' }
      if (!isObject(schema.value)) throw this.resolver.error(schema.loc, 'a schema must be an object')
      return this.convertObjectSchema(schema as Located<JsonObject>)
    } finally {
      if (key) this.expanding.delete(key)
    }
  }

  /** What a property's documentation says: description, examples, deprecation. */
  docs(node: Located): Docs {
    return this.docsInto(node, {})
  }

  /** docs(node), written into `into` (its keys in the same order), which is returned. */
  private docsInto<T extends Writable<Docs>>(node: Located, into: T): T {
    const schema = this.resolver.deref(node).value
    if (!isObject(schema)) return into
    // Beside a $ref (OpenAPI 3.1) or in the schema it names.
    const sensitive = (isObject(node.value) && node.value['x-sensitive'] === true) || schema['x-sensitive'] === true
    const examples = Array.isArray(schema.examples) ? schema.examples : 'example' in schema ? [schema.example] : undefined
    // Assigned, not spread: this runs for every property of the spec, and spreads of varying shapes are slow.
    if (typeof schema.description === 'string' && schema.description !== '') into.description = schema.description
    if (examples && examples.length > 0) into.examples = examples
    if (schema.deprecated === true) into.deprecated = true
    if (sensitive) into.sensitive = true
    return into
  }

  private convertObjectSchema(schema: Located<JsonObject>): TypeNode {
    const value = schema.value
    const combined = COMBINATORS.filter((name) => Array.isArray(value[name]))
    if (combined.length > 0) return this.convertCombined(schema, combined)

    const types = this.types(schema)
    const nullable = types.includes('null')
    if (Array.isArray(value.enum)) return withNull(literalUnion(value.enum, schema, this.resolver), nullable)
    if ('const' in value) return withNull(literalUnion([value.const], schema, this.resolver), nullable)

    const members = types.filter((type) => type !== 'null').map((type) => this.convertType(type, schema))
    if (members.length === 0) {
      if (isObject(value.properties) || isObject(value.additionalProperties)) members.push(this.convertType('object', schema))
      else if ('items' in value) members.push(this.convertType('array', schema))
      else if (!nullable) return ANY
    }
    return union(nullable ? [...members, { kind: 'keyword', name: 'null' }] : members)
  }

  private types(schema: Located<JsonObject>): string[] {
    const type = schema.value.type
    if (type === undefined) return []
    const list = Array.isArray(type) ? type : [type]
    for (const entry of list) {
      if (!['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'].includes(entry as string)) {
        throw this.resolver.error({ ...schema.loc, path: [...schema.loc.path, 'type'] }, `unsupported schema type '${String(entry)}'`)
      }
    }
    return list as string[]
  }

  private convertType(type: string, schema: Located<JsonObject>): TypeNode {
    const value = schema.value
    switch (type) {
      case 'string':
        if (value.format === 'date-time') return { kind: 'date' }
        if (value.format === 'binary') return { kind: 'stream' }
        return { kind: 'keyword', name: 'string' }
      case 'number':
      case 'integer':
        return { kind: 'keyword', name: 'number' }
      case 'boolean':
        return { kind: 'keyword', name: 'boolean' }
      case 'array': {
        const items = this.resolver.child(schema, 'items')
        // `type: array` without `items` says nothing about the elements.
        return items && items.value !== undefined ? { kind: 'array', items: this.convert(items) } : { kind: 'array' }
      }
      default:
        return this.convertProperties(schema)
    }
  }

  private convertProperties(schema: Located<JsonObject>): TypeNode {
    const required = new Set(Array.isArray(schema.value.required) ? (schema.value.required as unknown[]).map(String) : [])
    // The public corpus lists an object's encrypted properties by name instead of marking each one.
    const listed = schema.value['x-is-sensitive']
    const sensitive = new Set(Array.isArray(listed) ? listed.map(String) : [])
    const propertiesNode = this.resolver.child(schema, 'properties')
    const properties: Property[] = propertiesNode
      ? this.resolver.entries(propertiesNode).map(([name, node]) => {
          const property = this.docsInto(node, { name, type: this.convert(node), optional: !required.has(name) } as Writable<Property>)
          if (sensitive.has(name)) property.sensitive = true
          return property
        })
      : []
    const additionalNode = this.resolver.child(schema, 'additionalProperties')
    const additional =
      additionalNode && additionalNode.value !== false && (isObject(additionalNode.value) || additionalNode.value === true)
        ? this.convert(additionalNode)
        : properties.length === 0
          ? ANY // a free-form object
          : undefined
    return { kind: 'object', properties, ...(additional ? { additional } : {}) }
  }

  private convertCombined(schema: Located<JsonObject>, combinators: readonly (typeof COMBINATORS)[number][]): TypeNode {
    const { allOf: _a, oneOf: _o, anyOf: _n, ...base } = schema.value
    const parts: TypeNode[] = []
    // The keys beside the combinator constrain the value too (a `type: [string, 'null']`, shared properties).
    const baseHasType = 'type' in base || 'properties' in base || 'enum' in base || 'items' in base
    const baseType = baseHasType ? this.convertObjectSchema({ value: base, loc: schema.loc }) : undefined
    for (const combinator of combinators) {
      const list = this.resolver.child(schema, combinator)!
      const members = (list.value as unknown[]).map((_, index) => this.convert(this.resolver.child(list, index)!))
      parts.push(combinator === 'allOf' ? intersect(members) : union(members))
    }
    if (baseType) return refine(baseType, intersect(parts))
    return intersect(parts)
  }
}

function literalUnion(values: readonly unknown[], schema: Located, resolver: Resolver): TypeNode {
  const members: TypeNode[] = []
  for (const value of values) {
    if (value === null) members.push({ kind: 'keyword', name: 'null' })
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') members.push({ kind: 'literal', value })
    else throw resolver.error(schema.loc, 'enum and const values must be strings, numbers, booleans or null')
  }
  return union(members)
}

function withNull(type: TypeNode, nullable: boolean): TypeNode {
  return nullable ? union([type, { kind: 'keyword', name: 'null' }]) : type
}

/** A union with nested unions flattened and exact repeats dropped. */
export function union(members: readonly TypeNode[]): TypeNode {
  const flat: TypeNode[] = []
  const seen = new Set<string>()
  const all = members.some((m) => m.kind === 'union') ? members.flatMap((m) => (m.kind === 'union' ? m.members : [m])) : members
  // A structured member's key is its JSON, which costs as much as the type is large; one alone can equal no other.
  let structured = 0
  for (const member of all) if (member.kind !== 'keyword' && member.kind !== 'literal') structured++
  for (const member of all) {
    const key = structured === 1 && member.kind !== 'keyword' && member.kind !== 'literal' ? '{}' : typeKey(member)
    if (!seen.has(key)) {
      seen.add(key)
      flat.push(member)
    }
  }
  if (flat.length === 0) return { kind: 'keyword', name: 'never' }
  return flat.length === 1 ? flat[0]! : { kind: 'union', members: flat }
}

/** Equal keys for equal types; cheap for the common keywords and literals. */
function typeKey(type: TypeNode): string {
  if (type.kind === 'keyword') return type.name
  if (type.kind === 'literal') return `${typeof type.value}:${String(type.value)}`
  return JSON.stringify(type)
}

/**
 * `allOf`: objects merge into one object (later members win, a property is required if any member requires it);
 * literal sets that share no value are read as their union, the way the corpus extends a shared enum.
 */
function intersect(members: readonly TypeNode[]): TypeNode {
  const useful = members.filter((m) => !(m.kind === 'keyword' && m.name === 'any'))
  if (useful.length === 0) return ANY
  if (useful.length === 1) return useful[0]!
  if (useful.every((m) => m.kind === 'object')) return mergeObjects(useful as Extract<TypeNode, { kind: 'object' }>[])
  if (useful.every(isLiteralSet)) {
    const sets = useful.map(literalKeys)
    const common = sets[0]!.filter((key) => sets.every((set) => set.includes(key)))
    const all = union(useful)
    if (common.length === 0) return all
    return union((all.kind === 'union' ? all.members : [all]).filter((m) => common.includes(typeKey(m))))
  }
  return { kind: 'intersection', members: useful }
}

/**
 * A base type narrowed by its combinators: a literal set narrows a keyword, and the base's `null` stays. The corpus
 * writes a nullable enum as `type: [string, 'null']` + `allOf: [$ref an enum]`; strict JSON Schema would drop the null
 * (openapi-typescript does), we keep the author's intent (schema.test.ts: 'nullable allOf enum').
 */
function refine(base: TypeNode, narrowed: TypeNode): TypeNode {
  if (narrowed.kind === 'keyword' && narrowed.name === 'any') return base
  const baseMembers = base.kind === 'union' ? base.members : [base]
  const allowsNull = baseMembers.some((m) => m.kind === 'keyword' && m.name === 'null')
  const nonNullBase = baseMembers.filter((m) => !(m.kind === 'keyword' && m.name === 'null'))
  if (nonNullBase.length === 1 && nonNullBase[0]!.kind === 'keyword' && nonNullBase[0]!.name !== 'any') {
    return allowsNull ? union([narrowed, { kind: 'keyword', name: 'null' }]) : narrowed
  }
  return intersect([base, narrowed])
}

function isLiteralSet(type: TypeNode): boolean {
  return type.kind === 'literal' || (type.kind === 'union' && type.members.every((m) => m.kind === 'literal' || (m.kind === 'keyword' && m.name === 'null')))
}

function literalKeys(type: TypeNode): string[] {
  return (type.kind === 'union' ? type.members : [type]).map(typeKey)
}

function mergeObjects(objects: readonly Extract<TypeNode, { kind: 'object' }>[]): TypeNode {
  const byName = new Map<string, Property>()
  for (const object of objects) {
    for (const property of object.properties) {
      const previous = byName.get(property.name)
      // Two object schemas of one property constrain it together: their properties merge too (an allOf that narrows a nested const).
      const type = previous?.type.kind === 'object' && property.type.kind === 'object' ? mergeObjects([previous.type, property.type]) : property.type
      byName.set(property.name, { ...previous, ...property, type, optional: property.optional && (previous?.optional ?? true) })
    }
  }
  const properties = [...byName.values()]
  // Only a merge that names no property at all stays free-form.
  const additional = properties.length === 0 ? objects.find((object) => object.additional)?.additional : undefined
  return { kind: 'object', properties, ...(additional ? { additional } : {}) }
}
