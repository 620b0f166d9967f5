import type { Located } from '../resolve/resolver.ts'
import { suggestion } from './did-you-mean.ts'
import { SCHEMA_TYPES, describeValue } from './object-kinds.ts'
import { at, checkObject, deref, firstVisit, listItems, mapEntries, type Walk } from './objects.ts'
import { warnRequiredWithoutProperty } from './warnings.ts'

/** The keywords whose values are schemas themselves: one, a list of them, or a mapping of names to them. */
const SUBSCHEMAS: Record<string, 'one' | 'list' | 'map'> = {
  items: 'one',
  additionalProperties: 'one',
  not: 'one',
  if: 'one',
  then: 'one',
  else: 'one',
  contains: 'one',
  propertyNames: 'one',
  unevaluatedItems: 'one',
  unevaluatedProperties: 'one',
  contentSchema: 'one',
  allOf: 'list',
  anyOf: 'list',
  oneOf: 'list',
  prefixItems: 'list',
  properties: 'map',
  patternProperties: 'map',
  $defs: 'map',
  dependentSchemas: 'map',
}

/** A Schema Object (JSON Schema 2020-12 as OpenAPI 3.1 uses it), its subschemas, and what its `$ref` leads to. */
export function checkSchema(walk: Walk, node: Located): void {
  if (typeof node.value === 'boolean') return
  const schema = checkObject(walk, 'schema', node)
  if (!schema) return
  const value = schema.value
  // One pass over the keys: a large spec has tens of thousands of schemas.
  for (const key in value) {
    const nested = SUBSCHEMAS[key]
    if (nested === undefined) {
      if (key === 'type') checkType(walk, walk.resolver.child(schema, key)!)
      else if (key === 'required') checkRequired(walk, walk.resolver.child(schema, key)!)
      else if (key === 'enum' && !Array.isArray(value.enum)) {
        walk.findings.error(
          at(schema.loc, 'enum'),
          `'enum' must be a list of values (it is ${describeValue(value.enum)}); write it as [${JSON.stringify(value.enum)}] or use 'const'`,
        )
      }
      continue
    }
    const child = walk.resolver.child(schema, key)!
    if (nested === 'one') checkSchema(walk, child)
    else if (nested === 'list') for (const item of listItems(walk, child, `'${key}'`)) checkSchema(walk, item)
    else for (const [, item] of mapEntries(walk, child, `'${key}'`)) checkSchema(walk, item)
  }
  if ('required' in value) warnRequiredWithoutProperty(walk, schema)

  if (typeof value.$ref === 'string') {
    const target = deref(walk, { value: { $ref: value.$ref }, loc: schema.loc })
    if (target && firstVisit(walk, target)) checkSchema(walk, target)
  }
}

function checkType(walk: Walk, node: Located): void {
  const types = Array.isArray(node.value) ? node.value : [node.value]
  types.forEach((type, index) => {
    if (typeof type === 'string' && SCHEMA_TYPES.includes(type)) return
    const loc = Array.isArray(node.value) ? at(node.loc, index) : node.loc
    const hint = typeof type === 'string' ? suggestion(type, SCHEMA_TYPES) : ''
    walk.findings.error(loc, `unsupported schema type ${typeof type === 'string' ? `'${type}'` : describeValue(type)} (use ${SCHEMA_TYPES.join(', ')})${hint}`)
  })
}

function checkRequired(walk: Walk, node: Located): void {
  if (!Array.isArray(node.value)) {
    const hint =
      typeof node.value === 'boolean'
        ? "; a boolean 'required' belongs to a Parameter, a Request Body or a Header, a property is required by listing its name in the object's 'required'"
        : ''
    walk.findings.error(node.loc, `'required' in a Schema must be a list of property names (it is ${describeValue(node.value)})${hint}`)
    return
  }
  node.value.forEach((name, index) => {
    if (typeof name !== 'string') walk.findings.error(at(node.loc, index), `'required' must list property names (strings), not ${describeValue(name)}`)
  })
}
