import { isObject, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
import { splitTrailingLinks } from './links.ts'
import { operationNames } from './chain-names.ts'
import { pathToChain, templateVariables } from './naming.ts'
import { operationTypes } from './operation-types.ts'
import type { SchemaConverter } from './schema.ts'
import { sensitivePaths } from './sensitive-paths.ts'
import { buildContract } from './contract.ts'
import { parameterSchema } from './parameter-schema.ts'
import { WireSchemaConverter } from './wire-schema.ts'
import type { HttpMethod, Link, Operation, Property, RequestBody, ResponseBody, TypeNode } from './types.ts'

const DEFAULT_LINK_TEXT = '官方文档'

/** Builds the model of one operation from its Path Item (already dereferenced) and method. */
export function buildOperation(urlPath: string, pathItem: Located<JsonObject>, method: HttpMethod, resolver: Resolver, schemas: SchemaConverter): Operation {
  const operation = resolver.deref(resolver.child(pathItem, method)!)
  if (!isObject(operation.value)) throw resolver.error(operation.loc, `the ${method} operation must be an object`)
  const op = operation as Located<JsonObject>
  const value = op.value

  const summary = optionalString(resolver, op, 'summary')
  const explicitTitle = optionalString(resolver, op, 'x-title')
  const title = explicitTitle ?? (summary ? summary.replace(/\s*API$/, '') || summary : `${method.toUpperCase()} ${urlPath}`)
  const { text: description, links: inlineLinks } = splitTrailingLinks(optionalString(resolver, op, 'description') ?? '')
  const seeAlso = readLinks(resolver, op, 'x-see-also')
  const externalDocs = resolver.child(op, 'externalDocs')
  const externalUrl = externalDocs && isObject(externalDocs.value) ? optionalString(resolver, externalDocs as Located<JsonObject>, 'url') : undefined
  const docLink = externalUrl ?? inlineLinks.at(-1)?.url ?? seeAlso[0]?.url
  const parameters = readParameters(urlPath, pathItem, op, resolver, schemas)
  const chain = pathToChain(urlPath)

  const built = {
    method,
    path: urlPath,
    chain,
    title,
    apiName: summary ?? `${title}API`,
    description,
    ...(docLink ? { docLink } : {}),
    inlineLinks,
    seeAlso,
    deprecated: value.deprecated === true,
    tags: Array.isArray(value.tags) ? value.tags.map(String) : [],
    ...parameters,
    request: readRequestBody(op, resolver, schemas),
    response: readResponse(op, resolver, schemas),
    source: op.loc,
    names: operationNames(chain, method),
  }
  return { ...built, types: operationTypes(built), contract: buildContract(urlPath, pathItem, op, resolver, new WireSchemaConverter(resolver)) }
}

function optionalString(resolver: Resolver, node: Located<JsonObject>, key: string): string | undefined {
  const value = node.value[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw resolver.error({ ...node.loc, path: [...node.loc.path, key] }, `'${key}' must be a string`)
  return value.trim() === '' ? undefined : value.trim()
}

/** `x-see-also`: a list of URLs, or of `{ url, text }` (text defaults to 官方文档). */
function readLinks(resolver: Resolver, op: Located<JsonObject>, key: string): Link[] {
  const node = resolver.child(op, key)
  if (!node) return []
  if (!Array.isArray(node.value)) throw resolver.error(node.loc, `'${key}' must be a list of URLs or of { url, text }`)
  return node.value.map((entry, index) => {
    if (typeof entry === 'string') return { text: DEFAULT_LINK_TEXT, url: entry }
    if (isObject(entry) && typeof entry.url === 'string') {
      return { text: typeof entry.text === 'string' ? entry.text : DEFAULT_LINK_TEXT, url: entry.url }
    }
    throw resolver.error({ ...node.loc, path: [...node.loc.path, index] }, `'${key}' entries must be a URL or { url, text }`)
  })
}

function readParameters(
  urlPath: string,
  pathItem: Located<JsonObject>,
  op: Located<JsonObject>,
  resolver: Resolver,
  schemas: SchemaConverter,
): Pick<Operation, 'pathParameters' | 'queryParameters' | 'headerParameters'> {
  // Operation parameters override Path Item parameters with the same name and location.
  const byKey = new Map<string, { parameter: Located<JsonObject>; schema?: Located }>()
  for (const owner of [pathItem, op]) {
    const list = resolver.child(owner, 'parameters')
    if (!list) continue
    if (!Array.isArray(list.value)) throw resolver.error(list.loc, "'parameters' must be a list")
    list.value.forEach((_, index) => {
      const parameter = resolver.deref(resolver.child(list, index)!)
      const value = parameter.value
      if (!isObject(value) || typeof value.name !== 'string' || typeof value.in !== 'string') {
        throw resolver.error(parameter.loc, "a parameter needs a 'name' and an 'in'")
      }
      if (!['path', 'query', 'header'].includes(value.in)) {
        throw resolver.error(
          { ...parameter.loc, path: [...parameter.loc.path, 'in'] },
          `unsupported parameter location '${value.in}' (use path, query or header)`,
        )
      }
      byKey.set(`${value.in}:${value.name}`, {
        parameter: parameter as Located<JsonObject>,
        schema: parameterSchema(parameter as Located<JsonObject>, resolver),
      })
    })
  }

  const variables = templateVariables(urlPath)
  const toProperty = ({ parameter, schema }: { parameter: Located<JsonObject>; schema?: Located }): Property => ({
    name: parameter.value.name as string,
    type: schema ? schemas.convert(schema) : { kind: 'keyword', name: 'string' },
    optional: parameter.value.in !== 'path' && parameter.value.required !== true,
    ...(schema ? schemas.docs(schema) : {}),
    ...(typeof parameter.value.description === 'string' ? { description: parameter.value.description } : {}),
    ...(parameter.value.deprecated === true ? { deprecated: true } : {}),
  })

  const declared = [...byKey.values()]
  for (const { parameter } of declared) {
    if (parameter.value.in === 'path' && !variables.includes(parameter.value.name as string)) {
      throw resolver.error(
        { ...parameter.loc, path: [...parameter.loc.path, 'name'] },
        `path parameter '${parameter.value.name}' is not in the path template '${urlPath}'`,
      )
    }
  }
  // Path parameters follow the URL order; a template variable nobody declared is still a required string.
  const pathParameters = variables.map((name) => {
    const found = byKey.get(`path:${name}`)
    return found ? toProperty(found) : { name, type: { kind: 'keyword', name: 'string' } as const, optional: false }
  })
  if (urlPath.endsWith('/') && urlPath !== '/') {
    // The client fills the empty last segment from `config.empty`, as the public SDK does.
    pathParameters.push({ name: 'empty', type: { kind: 'literal', value: '' }, optional: false })
  }
  return {
    pathParameters,
    queryParameters: declared.filter(({ parameter }) => parameter.value.in === 'query').map(toProperty),
    headerParameters: declared.filter(({ parameter }) => parameter.value.in === 'header').map(toProperty),
  }
}

function readRequestBody(op: Located<JsonObject>, resolver: Resolver, schemas: SchemaConverter): RequestBody {
  const bodyNode = resolver.child(op, 'requestBody')
  if (!bodyNode) return { kind: 'none' }
  const body = resolver.deref(bodyNode)
  const content = resolver.child(body, 'content')
  const media = content ? resolver.entries(content) : []
  const json = media.find(([type]) => isJsonMediaType(type))
  if (json) {
    const schema = resolver.child(resolver.deref(json[1]), 'schema')
    const type: TypeNode = schema ? schemas.convert(schema) : { kind: 'keyword', name: 'any' }
    const sensitive = sensitivePaths(type)
    return { kind: 'json', type, ...(sensitive.length > 0 ? { sensitive } : {}) }
  }
  const multipart = media.find(([type]) => type === 'multipart/form-data')
  if (multipart) {
    const schema = resolver.child(resolver.deref(multipart[1]), 'schema')
    const metaNode = schema ? resolver.child(resolver.deref(schema), 'properties') : undefined
    const meta = metaNode ? resolver.child(resolver.deref(metaNode), 'meta') : undefined
    return meta ? { kind: 'multipart', meta: schemas.convert(meta) } : { kind: 'multipart' }
  }
  const where = content ?? body
  throw resolver.error(where.loc, `unsupported request body media type${media.length ? ` '${media[0]![0]}'` : ''}: use application/json or multipart/form-data`)
}

function readResponse(op: Located<JsonObject>, resolver: Resolver, schemas: SchemaConverter): ResponseBody {
  const responses = resolver.child(op, 'responses')
  // The first success response with a body describes the data; without one the response is empty.
  const successes = responses ? resolver.entries(responses).filter(([status]) => /^2(\d\d|XX)$/i.test(status)) : []
  successes.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  for (const [, node] of successes) {
    const response = resolver.deref(node)
    const content = resolver.child(response, 'content')
    const media = content ? resolver.entries(content) : []
    if (media.length === 0) continue
    const json = media.find(([type]) => isJsonMediaType(type))
    if (!json) return { kind: 'binary' }
    const schema = resolver.child(resolver.deref(json[1]), 'schema')
    return { kind: 'json', type: schema ? schemas.convert(schema) : { kind: 'keyword', name: 'any' } }
  }
  return { kind: 'empty' }
}

function isJsonMediaType(type: string): boolean {
  return /^application\/([\w.-]+\+)?json\b/i.test(type)
}
