import { isObject, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
import type { WireSchema } from './types.ts'

/** The JSON Schema keywords a wire schema keeps: what a validator of requests and answers needs, nothing for the pages. */
const KEPT = [
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'required',
] as const
/** Keywords that hold schemas: converted recursively. */
const NESTED_LISTS = ['allOf', 'anyOf', 'oneOf'] as const
/** Keywords that say nothing about validity (documentation, generators' hints): dropped without a word. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'deprecated',
  'default',
  'example',
  'examples',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'discriminator',
  '$comment',
  '$ref',
  '$schema',
  '$id',
  'contentMediaType',
  'contentEncoding',
])

/**
 * JSON Schema (OpenAPI 3.1) → a self-contained wire schema: `$ref`s inlined, only validation keywords kept, the
 * first example as `example`, `x-sensitive` as `sensitive`. A keyword that constrains values but is not kept (`if`,
 * `patternProperties`, `dependentRequired`, …) is listed in `unchecked`, so that what the simulator does not check is written in
 * its data rather than passed over in silence (runtime/simulator/schema.ts reads every kept keyword). A schema that contains itself is `{}` (anything) at the repeat.
 */
export class WireSchemaConverter {
  private readonly expanding = new Set<string>()

  constructor(private readonly resolver: Resolver) {}

  convert(node: Located): WireSchema {
    const schema = this.resolver.deref(node)
    const key = schema === node ? undefined : `${schema.loc.file}#/${schema.loc.path.join('/')}`
    if (key && this.expanding.has(key)) return {}
    if (key) this.expanding.add(key)
    try {
      if (schema.value === true || schema.value === undefined) return {}
      if (schema.value === false) return { not: {} }
      if (!isObject(schema.value)) throw this.resolver.error(schema.loc, 'a schema must be an object')
      const converted = this.convertObject(schema as Located<JsonObject>)
      // Beside a $ref (OpenAPI 3.1) or in the schema it names.
      return isObject(node.value) && node.value['x-sensitive'] === true ? { ...converted, sensitive: true } : converted
    } finally {
      if (key) this.expanding.delete(key)
    }
  }

  private convertObject(schema: Located<JsonObject>): WireSchema {
    const value = schema.value
    const out: Record<string, unknown> = {}
    const unchecked: string[] = []
    for (const keyword of KEPT) if (keyword in value) out[keyword] = value[keyword]
    const properties = this.resolver.child(schema, 'properties')
    if (properties) {
      const listed = value['x-is-sensitive']
      const sensitive = new Set(Array.isArray(listed) ? listed.map(String) : [])
      out.properties = Object.fromEntries(
        this.resolver.entries(properties).map(([name, child]) => {
          const converted = this.convert(child)
          return [name, sensitive.has(name) ? { ...converted, sensitive: true } : converted]
        }),
      )
    }
    const items = this.resolver.child(schema, 'items')
    if (items && items.value !== undefined) out.items = this.convert(items)
    const not = this.resolver.child(schema, 'not')
    if (not) out.not = this.convert(not)
    const additional = this.resolver.child(schema, 'additionalProperties')
    if (additional) out.additionalProperties = typeof additional.value === 'boolean' ? additional.value : this.convert(additional)
    for (const keyword of NESTED_LISTS) {
      const list = this.resolver.child(schema, keyword)
      if (list && Array.isArray(list.value)) out[keyword] = list.value.map((_, index) => this.convert(this.resolver.child(list, index)!))
    }
    if (value['x-sensitive'] === true) out.sensitive = true
    const examples = Array.isArray(value.examples) ? value.examples : 'example' in value ? [value.example] : []
    if (examples.length > 0) out.example = examples[0]
    for (const keyword of Object.keys(value)) {
      if (keyword.startsWith('x-') || ANNOTATIONS.has(keyword) || keyword in out) continue
      if (keyword === 'properties' || keyword === 'items' || keyword === 'additionalProperties') continue
      unchecked.push(keyword)
    }
    if (unchecked.length > 0) out.unchecked = unchecked.sort()
    return out as WireSchema
  }
}
