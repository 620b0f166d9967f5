import { isObject, locKey, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
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
const KEPT_ORDER = new Map<string, number>(KEPT.map((keyword, index) => [keyword, index]))
/** Keywords that hold schemas: converted recursively. */
const NESTED_LISTS = ['allOf', 'anyOf', 'oneOf'] as const
const SCHEMA_HOLDERS = new Set<string>(['properties', 'items', 'not', 'additionalProperties', ...NESTED_LISTS])
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
    const key = schema === node ? undefined : locKey(schema.loc)
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

  // One pass over the schema's own keys (most schemas have a few of the keywords listed above): the corpus has tens
  // of thousands of schemas, and probing each for every keyword was the model's largest single cost.
  private convertObject(schema: Located<JsonObject>): WireSchema {
    const value = schema.value
    const kept: string[] = []
    const unchecked: string[] = []
    const sensitive = value['x-sensitive'] === true
    let nested = false
    for (const keyword of Object.keys(value)) {
      if (KEPT_ORDER.has(keyword)) kept.push(keyword)
      else if (SCHEMA_HOLDERS.has(keyword)) nested = true
      // `sensitive` is no JSON Schema keyword: a schema's own is unchecked, unless `x-sensitive` writes one anyway.
      else if (keyword === 'sensitive' && sensitive) continue
      else if (!keyword.startsWith('x-') && !ANNOTATIONS.has(keyword)) unchecked.push(keyword)
    }
    const out: Record<string, unknown> = {}
    // In the order of KEPT, whatever the document's order.
    if (kept.length > 1) kept.sort((a, b) => KEPT_ORDER.get(a)! - KEPT_ORDER.get(b)!)
    for (const keyword of kept) out[keyword] = value[keyword]
    if (nested) this.convertNested(schema, out, unchecked)
    if (sensitive) out.sensitive = true
    const examples = Array.isArray(value.examples) ? value.examples : 'example' in value ? [value.example] : []
    if (examples.length > 0) out.example = examples[0]
    if (unchecked.length > 0) out.unchecked = unchecked.sort()
    return out as WireSchema
  }

  /** The keywords that hold schemas, converted in a fixed order; a list keyword that is no list is unchecked. */
  private convertNested(schema: Located<JsonObject>, out: Record<string, unknown>, unchecked: string[]): void {
    const value = schema.value
    const properties = this.resolver.child(schema, 'properties')
    if (properties) {
      const listed = value['x-is-sensitive']
      const sensitive = new Set(Array.isArray(listed) ? listed.map(String) : [])
      const converted: Record<string, WireSchema> = {}
      for (const [name, child] of this.resolver.entries(properties)) {
        const property = this.convert(child)
        converted[name] = sensitive.has(name) ? { ...property, sensitive: true } : property
      }
      out.properties = converted
    }
    const items = this.resolver.child(schema, 'items')
    if (items && items.value !== undefined) out.items = this.convert(items)
    const not = this.resolver.child(schema, 'not')
    if (not) out.not = this.convert(not)
    const additional = this.resolver.child(schema, 'additionalProperties')
    if (additional) out.additionalProperties = typeof additional.value === 'boolean' ? additional.value : this.convert(additional)
    for (const keyword of NESTED_LISTS) {
      const list = this.resolver.child(schema, keyword)
      if (!list) continue
      if (Array.isArray(list.value)) out[keyword] = list.value.map((_, index) => this.convert(this.resolver.child(list, index)!))
      else unchecked.push(keyword)
    }
  }
}
