import { isObject, type JsonObject, type Located } from '../resolve/resolver.ts'
import { suggestion } from './did-you-mean.ts'
import { at, type Walk } from './objects.ts'

// Legal OpenAPI that most likely is not what the author meant. Each is reported as a warning (an error with --strict).

/** Keywords through which an object schema can get properties from elsewhere: then a `required` name may be defined there. */
const PROPERTY_SOURCES = ['allOf', 'anyOf', 'oneOf', '$ref', 'additionalProperties', 'patternProperties', 'dependentSchemas', 'if', 'unevaluatedProperties']

/** A name in `required` that the schema's own `properties` do not define (a typo, or a property that was renamed). */
export function warnRequiredWithoutProperty(walk: Walk, schema: Located<JsonObject>): void {
  const { required, properties } = schema.value
  if (!Array.isArray(required) || !isObject(properties) || PROPERTY_SOURCES.some((key) => key in schema.value)) return
  required.forEach((name, index) => {
    if (typeof name === 'string' && !(name in properties)) {
      walk.findings.warn(at(schema.loc, 'required', index), `'${name}' is required but not among the properties${suggestion(name, Object.keys(properties))}`)
    }
  })
}

/** A tag an operation uses that the root `tags` list does not declare (its sidebar group then has no place in the order). */
export function warnUndeclaredTags(walk: Walk, operation: Located<JsonObject>, declared: ReadonlySet<string>): void {
  const { tags } = operation.value
  if (!Array.isArray(tags)) return
  tags.forEach((tag, index) => {
    if (typeof tag === 'string' && !declared.has(tag)) {
      walk.findings.warn(at(operation.loc, 'tags', index), `tag '${tag}' is not declared in the root 'tags' list${suggestion(tag, declared)}`)
    }
  })
}

const TYPE_SOURCES = ['type', 'allOf', 'anyOf', 'oneOf', 'enum', 'const', 'not']

/** A success response's JSON schema that says nothing of its type: the SDK then types the answer loosely. */
export function warnUntypedResponseSchema(walk: Walk, schema: Located): void {
  if (!isObject(schema.value) || TYPE_SOURCES.some((key) => key in (schema.value as JsonObject))) return
  walk.findings.warn(schema.loc, "the response schema has no 'type'", { key: true })
}
