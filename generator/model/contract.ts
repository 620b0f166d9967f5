import { isObject, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
import { templateVariables } from './naming.ts'
import { parameterSchema } from './parameter-schema.ts'
import type { OperationContract, WireSchema } from './types.ts'
import type { WireSchemaConverter } from './wire-schema.ts'

const STRING: WireSchema = { type: 'string' }

/**
 * What one operation's requests and answers must be on the wire, read from the same Path Item and operation nodes
 * as the rest of its model (which has already reported any problem with their shape).
 */
export function buildContract(
  urlPath: string,
  pathItem: Located<JsonObject>,
  op: Located<JsonObject>,
  resolver: Resolver,
  wire: WireSchemaConverter,
): OperationContract {
  const parameters = new Map<string, { required: boolean; schema: WireSchema }>()
  for (const owner of [pathItem, op]) {
    const list = resolver.child(owner, 'parameters')
    if (!list || !Array.isArray(list.value)) continue
    list.value.forEach((_, index) => {
      const parameter = resolver.deref(resolver.child(list, index)!)
      if (!isObject(parameter.value)) return
      const { name, in: where, required } = parameter.value
      const schemaNode = parameterSchema(parameter as Located<JsonObject>, resolver)
      parameters.set(`${String(where)}:${String(name)}`, { required: required === true, schema: schemaNode ? wire.convert(schemaNode) : STRING })
    })
  }
  const pathParameters = Object.fromEntries(templateVariables(urlPath).map((name) => [name, parameters.get(`path:${name}`)?.schema ?? STRING]))
  const query = [...parameters].filter(([key]) => key.startsWith('query:')).map(([key, parameter]) => [key.slice('query:'.length), parameter] as const)
  return {
    pathParameters,
    queryParameters: Object.fromEntries(query.map(([name, parameter]) => [name, parameter.schema])),
    requiredQuery: query.filter(([, parameter]) => parameter.required).map(([name]) => name),
    ...requestBody(op, resolver, wire),
    answer: answer(op, resolver, wire),
  }
}

function requestBody(op: Located<JsonObject>, resolver: Resolver, wire: WireSchemaConverter): Pick<OperationContract, 'body' | 'bodyRequired'> {
  const node = resolver.child(op, 'requestBody')
  if (!node) return { bodyRequired: false }
  const body = resolver.deref(node)
  const bodyRequired = isObject(body.value) && body.value.required === true
  const content = resolver.child(body, 'content')
  const media = content ? resolver.entries(content) : []
  const json = media.find(([type]) => isJsonMediaType(type))
  if (json) {
    const schema = resolver.child(resolver.deref(json[1]), 'schema')
    return { body: schema ? wire.convert(schema) : {}, bodyRequired }
  }
  // multipart/form-data: the `meta` part is the JSON that is signed and checked.
  const multipart = media.find(([type]) => type === 'multipart/form-data')
  const schema = multipart ? resolver.child(resolver.deref(multipart[1]), 'schema') : undefined
  const properties = schema ? resolver.child(resolver.deref(schema), 'properties') : undefined
  const meta = properties ? resolver.child(resolver.deref(properties), 'meta') : undefined
  return meta ? { body: wire.convert(meta), bodyRequired } : { bodyRequired }
}

/** The first success answer with a body (the one the model types), else the first success, else 200. */
function answer(op: Located<JsonObject>, resolver: Resolver, wire: WireSchemaConverter): OperationContract['answer'] {
  const responses = resolver.child(op, 'responses')
  const successes = responses ? resolver.entries(responses).filter(([status]) => /^2(\d\d|XX)$/i.test(status)) : []
  successes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const statusOf = (status: string): number => (/^\d+$/.test(status) ? Number(status) : 200)
  for (const [status, node] of successes) {
    const content = resolver.child(resolver.deref(node), 'content')
    const media = content ? resolver.entries(content) : []
    if (media.length === 0) continue
    const json = media.find(([type]) => isJsonMediaType(type))
    if (!json) return { status: statusOf(status) }
    const mediaType = resolver.deref(json[1])
    const schema = resolver.child(mediaType, 'schema')
    const example = mediaExample(mediaType, resolver)
    return { status: statusOf(status), schema: schema ? wire.convert(schema) : {}, ...(example === undefined ? {} : { example: example.value }) }
  }
  return { status: successes[0] ? statusOf(successes[0][0]) : 200 }
}

/** A Media Type's `example`, or the value of its first `examples` entry. */
function mediaExample(mediaType: Located, resolver: Resolver): { value: unknown } | undefined {
  if (!isObject(mediaType.value)) return undefined
  if ('example' in mediaType.value) return { value: mediaType.value.example }
  const examples = resolver.child(mediaType, 'examples')
  const first = examples ? resolver.entries(examples)[0]?.[1] : undefined
  const entry = first ? resolver.deref(first).value : undefined
  return isObject(entry) && 'value' in entry ? { value: entry.value } : undefined
}

function isJsonMediaType(type: string): boolean {
  return /^application\/([\w.-]+\+)?json\b/i.test(type)
}
