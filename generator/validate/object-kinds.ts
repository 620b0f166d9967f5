/**
 * The fields OpenAPI 3.1 allows in each object the generator reads, with the type of value each takes. Keys that
 * start with `x-` are extensions and always allowed. `walk` marks a field whose value is checked by the walker as
 * an object of its own (a Path Item, a Schema, …) rather than by its type alone.
 */
export type ValueType = 'string' | 'boolean' | 'number' | 'count' | 'object' | 'array' | 'strings' | 'any' | 'walk'

export type ObjectKind = keyof typeof OBJECT_KINDS

/** The fields a Parameter Object and a Header Object share. */
const PARAMETER_FIELDS = {
  description: 'string',
  required: 'boolean',
  deprecated: 'boolean',
  allowEmptyValue: 'boolean',
  style: 'string',
  explode: 'boolean',
  allowReserved: 'boolean',
  schema: 'walk',
  example: 'any',
  examples: 'object',
  content: 'walk',
} as const satisfies Record<string, ValueType>

export const OBJECT_KINDS = {
  root: {
    openapi: 'string',
    info: 'walk',
    jsonSchemaDialect: 'string',
    servers: 'array',
    paths: 'walk',
    webhooks: 'walk',
    components: 'object',
    security: 'array',
    tags: 'walk',
    externalDocs: 'object',
  },
  info: {
    title: 'string',
    summary: 'string',
    description: 'string',
    termsOfService: 'string',
    contact: 'object',
    license: 'object',
    version: 'string',
  },
  tag: { name: 'string', description: 'string', externalDocs: 'object' },
  pathItem: {
    $ref: 'string',
    summary: 'string',
    description: 'string',
    get: 'walk',
    put: 'walk',
    post: 'walk',
    delete: 'walk',
    options: 'walk',
    head: 'walk',
    patch: 'walk',
    trace: 'walk',
    servers: 'array',
    parameters: 'walk',
  },
  operation: {
    tags: 'strings',
    summary: 'string',
    description: 'string',
    externalDocs: 'object',
    operationId: 'string',
    parameters: 'walk',
    requestBody: 'walk',
    responses: 'walk',
    callbacks: 'object',
    deprecated: 'boolean',
    security: 'array',
    servers: 'array',
  },
  parameter: { name: 'string', in: 'string', ...PARAMETER_FIELDS },
  requestBody: { description: 'string', content: 'walk', required: 'boolean' },
  mediaType: { schema: 'walk', example: 'any', examples: 'object', encoding: 'object' },
  response: { description: 'string', headers: 'walk', content: 'walk', links: 'object' },
  /** A Header Object is a Parameter Object without `name` and `in`. */
  header: PARAMETER_FIELDS,
  /** A Reference Object outside schemas: `$ref`, and a `summary` and `description` that override the target's. */
  reference: { $ref: 'string', summary: 'string', description: 'string' },
  /** JSON Schema 2020-12 (core, applicator, unevaluated, validation, meta-data, format, content) and OpenAPI's additions. */
  schema: {
    $schema: 'string',
    $id: 'string',
    $ref: 'string',
    $anchor: 'string',
    $dynamicRef: 'string',
    $dynamicAnchor: 'string',
    $vocabulary: 'object',
    $comment: 'string',
    $defs: 'walk',
    allOf: 'walk',
    anyOf: 'walk',
    oneOf: 'walk',
    not: 'walk',
    if: 'walk',
    then: 'walk',
    else: 'walk',
    dependentSchemas: 'walk',
    prefixItems: 'walk',
    items: 'walk',
    contains: 'walk',
    properties: 'walk',
    patternProperties: 'walk',
    additionalProperties: 'walk',
    propertyNames: 'walk',
    unevaluatedItems: 'walk',
    unevaluatedProperties: 'walk',
    type: 'walk',
    const: 'any',
    enum: 'walk',
    multipleOf: 'number',
    maximum: 'number',
    exclusiveMaximum: 'number',
    minimum: 'number',
    exclusiveMinimum: 'number',
    maxLength: 'count',
    minLength: 'count',
    pattern: 'string',
    maxItems: 'count',
    minItems: 'count',
    uniqueItems: 'boolean',
    maxContains: 'count',
    minContains: 'count',
    maxProperties: 'count',
    minProperties: 'count',
    required: 'walk',
    dependentRequired: 'object',
    title: 'string',
    description: 'string',
    default: 'any',
    deprecated: 'boolean',
    readOnly: 'boolean',
    writeOnly: 'boolean',
    examples: 'array',
    format: 'string',
    contentEncoding: 'string',
    contentMediaType: 'string',
    contentSchema: 'walk',
    discriminator: 'object',
    xml: 'object',
    externalDocs: 'object',
    example: 'any',
  },
} as const satisfies Record<string, Record<string, ValueType>>

/** How each kind is called in messages. */
export const KIND_NAMES: Record<ObjectKind, string> = {
  root: 'the root document',
  info: 'the Info object',
  tag: 'a Tag object',
  pathItem: 'a Path Item',
  operation: 'an Operation',
  parameter: 'a Parameter',
  requestBody: 'a Request Body',
  mediaType: 'a Media Type object',
  response: 'a Response',
  header: 'a Header object',
  reference: 'a Reference object',
  schema: 'a Schema',
}

export const SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']

/** What a value of each type is called in messages. */
export const TYPE_NAMES: Record<Exclude<ValueType, 'any' | 'walk'>, string> = {
  string: 'a string',
  boolean: 'true or false',
  number: 'a number',
  count: 'a non-negative integer',
  object: 'a mapping',
  array: 'a list',
  strings: 'a list of strings',
}

export function hasType(value: unknown, type: ValueType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number'
    case 'count':
      return Number.isInteger(value) && (value as number) >= 0
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    case 'array':
      return Array.isArray(value)
    case 'strings':
      return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
    default:
      return true
  }
}

/** `a string`, `a list`, `null`: what a value is, for "must be X (it is Y)". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the string '${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`
}
