import { SpecError } from '../load/spec-error.ts'
import { isObject, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
import { eventTypeToInterface, NOTIFICATIONS_NAMESPACE } from './naming.ts'
import { received } from './received.ts'
import type { SchemaConverter } from './schema.ts'
import type { Property, TypeNode, Webhook, WebhookAnswer } from './types.ts'
import { WireSchemaConverter } from './wire-schema.ts'

type ObjectType = Extract<TypeNode, { kind: 'object' }>

/**
 * One entry of the root `webhooks` map → its model: a Path Item whose `post` has the notification as sent for its
 * JSON request body (its `event_type` the const of the map's key) and `x-decrypted-resource: { schema }`.
 */
export function buildWebhook(eventType: string, node: Located, resolver: Resolver, schemas: SchemaConverter): Webhook {
  const item = resolver.deref(node)
  if (!isObject(item.value)) throw resolver.error(item.loc, `webhook '${eventType}' must be a Path Item mapping`)
  const postNode = resolver.child(item, 'post')
  if (!postNode) throw resolver.error(item.loc, `webhook '${eventType}' needs a 'post' operation: the notification WeChat Pay sends`)
  const post = resolver.deref(postNode)
  if (!isObject(post.value)) throw resolver.error(post.loc, `the post operation of webhook '${eventType}' must be a mapping`)
  const op = post as Located<JsonObject>

  const bodySchema = jsonBodySchema(eventType, op, resolver)
  const envelope = schemas.convert(bodySchema)
  if (envelope.kind !== 'object') throw resolver.error(bodySchema.loc, `the request body of webhook '${eventType}' must be an object schema`)
  const sentType = envelope.properties.find((property) => property.name === 'event_type')?.type
  if (sentType?.kind !== 'literal' || sentType.value !== eventType) {
    const shown = sentType?.kind === 'literal' ? `is the const ${JSON.stringify(sentType.value)}` : 'has no const'
    throw resolver.error(
      eventTypeLoc(bodySchema, resolver),
      `webhook '${eventType}': the body's event_type ${shown}; it must be the const '${eventType}' (the webhook's key)`,
    )
  }

  const decrypted = resolver.child(op, 'x-decrypted-resource')
  if (!decrypted) throw resolver.error(op.loc, `webhook '${eventType}' needs 'x-decrypted-resource: { schema }', the resource once decrypted`)
  const decryptedValue = resolver.deref(decrypted)
  const resourceSchema = isObject(decryptedValue.value) ? resolver.child(decryptedValue, 'schema') : undefined
  if (!resourceSchema) throw resolver.error(decryptedValue.loc, `'x-decrypted-resource' of webhook '${eventType}' must be a mapping with a 'schema'`)
  const resource = received(schemas.convert(resourceSchema))

  const summary = text(resolver, op, 'summary')
  const interfaceName = eventTypeToInterface(eventType)
  if (interfaceName === '' || !/^[A-Za-z]/.test(interfaceName))
    throw resolver.error(node.loc, `webhook '${eventType}' has no usable name: an event type starts with a letter`)
  return {
    eventType,
    title: text(resolver, op, 'x-title') || summary || eventType,
    summary,
    description: text(resolver, op, 'description'),
    tags: Array.isArray(op.value.tags) ? op.value.tags.map(String) : [],
    headers: headerParameters(op, resolver, schemas),
    envelope,
    resource,
    resourceSchema: new WireSchemaConverter(resolver).convert(resourceSchema),
    notification: parsedNotification(envelope, resource),
    answers: readAnswers(op, resolver, schemas),
    source: op.loc,
    names: { interfaceName, declaredIn: NOTIFICATIONS_NAMESPACE, typeReference: `${NOTIFICATIONS_NAMESPACE}.${interfaceName}` },
  }
}

/** Two event types that would declare the same interface (`A.B` and `A_B`) are a spec error. */
export function checkWebhookNames(webhooks: readonly Webhook[], resolver: Resolver): SpecError[] {
  const owners = new Map<string, string>()
  const errors: SpecError[] = []
  for (const webhook of webhooks) {
    const owner = owners.get(webhook.names.interfaceName)
    if (owner === undefined) owners.set(webhook.names.interfaceName, webhook.eventType)
    else errors.push(resolver.error(webhook.source, `webhook '${webhook.eventType}' is named ${webhook.names.interfaceName} in the typings, as '${owner}' is`))
  }
  return errors
}

function text(resolver: Resolver, node: Located<JsonObject>, key: string): string {
  const value = node.value[key]
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') throw resolver.error({ ...node.loc, path: [...node.loc.path, key] }, `'${key}' must be a string`)
  return value.trim()
}

function jsonBodySchema(eventType: string, op: Located<JsonObject>, resolver: Resolver): Located {
  const bodyNode = resolver.child(op, 'requestBody')
  if (!bodyNode) throw resolver.error(op.loc, `webhook '${eventType}' needs a requestBody: the notification as sent`)
  const body = resolver.deref(bodyNode)
  const content = resolver.child(body, 'content')
  const json = content ? resolver.entries(content).find(([type]) => /^application\/json\b/i.test(type)) : undefined
  const schema = json ? resolver.child(resolver.deref(json[1]), 'schema') : undefined
  if (!schema) throw resolver.error((content ?? body).loc, `the request body of webhook '${eventType}' needs an application/json schema`)
  return schema
}

/** Where the body's `event_type` const is written (in the schema or one of its `allOf` members), else the schema. */
function eventTypeLoc(schema: Located, resolver: Resolver): Located['loc'] {
  const candidates = [resolver.deref(schema)]
  const allOf = resolver.child(candidates[0]!, 'allOf')
  if (allOf && Array.isArray(allOf.value)) allOf.value.forEach((_, index) => candidates.push(resolver.deref(resolver.child(allOf, index)!)))
  for (const candidate of candidates.reverse()) {
    const properties = resolver.child(candidate, 'properties')
    const eventType = properties && resolver.child(properties, 'event_type')
    if (eventType) {
      const target = resolver.deref(eventType)
      return (resolver.child(target, 'const') ?? target).loc
    }
  }
  return schema.loc
}

function headerParameters(op: Located<JsonObject>, resolver: Resolver, schemas: SchemaConverter): Property[] {
  const list = resolver.child(op, 'parameters')
  if (!list) return []
  if (!Array.isArray(list.value)) throw resolver.error(list.loc, "'parameters' must be a list")
  return list.value.flatMap((_, index) => {
    const parameter = resolver.deref(resolver.child(list, index)!)
    const value = parameter.value
    if (!isObject(value) || typeof value.name !== 'string' || value.in !== 'header') {
      throw resolver.error(parameter.loc, "a webhook's parameters are the headers WeChat Pay sends: each needs a 'name' and 'in: header'")
    }
    const schema = resolver.child(parameter, 'schema')
    const examples = value.example !== undefined ? [value.example] : schema ? schemas.docs(schema).examples : undefined
    return [
      {
        name: value.name,
        type: schema ? schemas.convert(schema) : ({ kind: 'keyword', name: 'string' } as const),
        optional: value.required !== true,
        ...(typeof value.description === 'string' ? { description: value.description } : {}),
        ...(examples ? { examples } : {}),
      },
    ]
  })
}

/** The notification `parse` returns: the envelope without the encrypted `resource`, then `original_type` and the decrypted `resource`. */
function parsedNotification(envelope: ObjectType, resource: TypeNode): ObjectType {
  const encrypted = envelope.properties.find((property) => property.name === 'resource')
  const originalType = encrypted?.type.kind === 'object' ? encrypted.type.properties.find((property) => property.name === 'original_type') : undefined
  return {
    kind: 'object',
    properties: [
      ...envelope.properties
        .filter((property) => property.name !== 'resource')
        // The literal names the event; the envelope's example names one event for all.
        .map(({ examples, ...property }) =>
          property.name === 'event_type' ? property : { ...property, ...(examples ? { examples } : {}), type: received(property.type) },
        ),
      // The runtime always sets it (from the encrypted resource; '' when absent), so a plain required string.
      {
        name: 'original_type',
        type: { kind: 'keyword', name: 'string' },
        optional: false,
        ...(originalType?.description ? { description: originalType.description } : {}),
      },
      { name: 'resource', type: resource, optional: false },
    ],
  }
}

function readAnswers(op: Located<JsonObject>, resolver: Resolver, schemas: SchemaConverter): WebhookAnswer[] {
  const responses = resolver.child(op, 'responses')
  return (responses ? resolver.entries(responses) : []).map(([status, node]) => {
    const response = resolver.deref(node)
    const description = isObject(response.value) && typeof response.value.description === 'string' ? response.value.description.trim() : ''
    const content = resolver.child(response, 'content')
    const json = content ? resolver.entries(content).find(([type]) => /^application\/json\b/i.test(type)) : undefined
    const schema = json ? resolver.child(resolver.deref(json[1]), 'schema') : undefined
    return { status, description, ...(schema ? { body: schemas.convert(schema) } : {}) }
  })
}
