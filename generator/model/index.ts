import { SpecError, SpecErrors } from '../load/spec-error.ts'
import { readSiteSettings } from './site-settings.ts'
import { isObject, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
import { buildChainTree } from './chain-tree.ts'
import { compareStrings, NOTIFICATION_UNION } from './naming.ts'
import { buildOperation } from './operations.ts'
import { SchemaConverter } from './schema.ts'
import { HTTP_METHODS, type ApiModel, type HttpMethod, type Operation, type Page, type Webhook } from './types.ts'
import { buildWebhook, checkWebhookNames } from './webhooks.ts'

const UNSUPPORTED_METHODS = ['head', 'options', 'trace']

/**
 * The spec → the model every emitter reads. Problems are collected across operations
 * and reported together, each as `file:line:col: message`.
 */
export function buildModel(resolver: Resolver, cache?: ModelCache): ApiModel {
  const root = resolver.root
  if (!isObject(root.value)) throw resolver.error(root.loc, 'the root document must be a YAML mapping')
  const rootValue = root.value
  if (typeof rootValue.openapi !== 'string' || !rootValue.openapi.startsWith('3.')) {
    throw resolver.error({ ...root.loc, path: ['openapi'] }, "expected 'openapi: 3.1.x' at the root")
  }
  const paths = resolver.child(root, 'paths')
  if (!paths || !isObject(paths.value)) throw resolver.error(root.loc, "the root document needs a 'paths' mapping")

  const schemas = new SchemaConverter(resolver)
  const errors: SpecError[] = []
  const operations: Operation[] = []
  const pages: Page[] = []
  const chainOwners = new Map<string, string>()

  for (const [urlPath, node] of sortedEntries(resolver, paths)) {
    const built = cachedPath(urlPath, node, cache) ?? buildPath(urlPath, node, resolver, schemas, cache)
    errors.push(...built.errors)
    if (built.operations.length === 0) continue
    const chainKey = built.operations[0]!.names.chainKey
    const owner = chainOwners.get(chainKey)
    if (owner !== undefined) {
      errors.push(resolver.error(node.loc, `path '${urlPath}' maps to the same client chain '${chainKey}' as '${owner}'`))
      continue
    }
    chainOwners.set(chainKey, urlPath)
    operations.push(...built.operations)
    pages.push(built.page!)
  }
  const webhooks = readWebhooks(resolver, schemas, cache, errors)
  errors.push(...checkWebhookNames(webhooks, resolver))
  const info = readInfo(resolver, errors)
  if (errors.length === 1) throw errors[0]
  if (errors.length > 1) throw new SpecErrors(errors)

  const tags = new Set<string>()
  if (Array.isArray(rootValue.tags)) for (const tag of rootValue.tags) if (isObject(tag) && typeof tag.name === 'string') tags.add(tag.name)
  for (const operation of operations) for (const tag of operation.tags) tags.add(tag)
  for (const webhook of webhooks) for (const tag of webhook.tags) tags.add(tag)
  return { operations, webhooks, notificationUnion: NOTIFICATION_UNION, ...buildChainTree(operations), pages, tags: [...tags], info }
}

/** The root `webhooks` map (optional), by event type in code-unit order; each entry reused from the cache as Path Items are. */
function readWebhooks(resolver: Resolver, schemas: SchemaConverter, cache: ModelCache | undefined, errors: SpecError[]): Webhook[] {
  const node = resolver.child(resolver.root, 'webhooks')
  if (!node) return []
  if (!isObject(node.value)) {
    errors.push(resolver.error(node.loc, "'webhooks' must be a mapping of event type → Path Item"))
    return []
  }
  const webhooks: Webhook[] = []
  for (const [eventType, item] of sortedEntries(resolver, node)) {
    const built = cachedEntry(cache?.webhooks, eventType, item, cache) ?? buildWebhookEntry(eventType, item, resolver, schemas, cache)
    if (built instanceof SpecError) errors.push(built)
    else webhooks.push(built)
  }
  return webhooks
}

function buildWebhookEntry(eventType: string, node: Located, resolver: Resolver, schemas: SchemaConverter, cache: ModelCache | undefined): Webhook | SpecError {
  const { result, files } = resolver.recordFiles(() => {
    try {
      return buildWebhook(eventType, node, resolver, schemas)
    } catch (error) {
      if (!(error instanceof SpecError)) throw error
      return error
    }
  })
  cache?.webhooks.set(eventType, { ref: JSON.stringify(node.value), files, built: result })
  return result
}

/** A cached entry whose `$ref` and files did not change. */
function cachedEntry<T>(entries: Map<string, CacheEntry<T>> | undefined, key: string, node: Located, cache: ModelCache | undefined): T | undefined {
  const entry = entries?.get(key)
  if (!entry || entry.ref !== JSON.stringify(node.value) || [...entry.files].some((file) => cache!.changed.has(file))) return undefined
  return entry.built
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

/** `info`: the package's title and description, and its version, which package.json needs as a semantic version. */
function readInfo(resolver: Resolver, errors: SpecError[]): ApiModel['info'] {
  const node = resolver.child(resolver.root, 'info')
  const info = node && isObject(node.value) ? node.value : {}
  const version = info.version ?? '0.0.0'
  if (typeof version !== 'string' || !SEMVER.test(version)) {
    const where = node && 'version' in info ? { ...node.loc, path: [...node.loc.path, 'version'] } : resolver.root.loc
    // YAML reads `version: 1.0` as a number: say so, since the spec shows no quotes to miss.
    const shown = typeof version === 'string' ? JSON.stringify(version) : `${JSON.stringify(version)} (a ${typeof version})`
    errors.push(resolver.error(where, `info.version ${shown} is not a semantic version (like 1.0.0); the package's package.json needs one`))
  }
  return {
    title: typeof info.title === 'string' ? info.title : '',
    version: typeof version === 'string' ? version : '0.0.0',
    description: typeof info.description === 'string' ? info.description : '',
    site: readSiteSettings(resolver, node, errors),
  }
}

/** What one Path Item gave: its operations and page, or the problems found in it. */
interface BuiltPath {
  readonly operations: readonly Operation[]
  readonly page?: Page
  readonly errors: readonly SpecError[]
}

/**
 * The model of each Path Item from the previous run in the same process, with the files it was made from.
 * A Path Item whose `$ref` and files did not change is reused as it was, objects and all, so that the
 * emitters can reuse what they made from it too (`npm run generate -- --watch`).
 */
interface CacheEntry<T> {
  readonly ref: string
  readonly files: ReadonlySet<string>
  readonly built: T
}

export interface ModelCache {
  readonly paths: Map<string, CacheEntry<BuiltPath>>
  /** The same for each webhook, by event type: its model, or the problem found in it. */
  readonly webhooks: Map<string, CacheEntry<Webhook | SpecError>>
  /** Files that changed since the previous run. */
  readonly changed: ReadonlySet<string>
}

function cachedPath(urlPath: string, node: Located, cache: ModelCache | undefined): BuiltPath | undefined {
  return cachedEntry(cache?.paths, urlPath, node, cache)
}

function buildPath(urlPath: string, node: Located, resolver: Resolver, schemas: SchemaConverter, cache: ModelCache | undefined): BuiltPath {
  const { result, files } = resolver.recordFiles(() => buildPathItem(urlPath, node, resolver, schemas))
  cache?.paths.set(urlPath, { ref: JSON.stringify(node.value), files, built: result })
  return result
}

function buildPathItem(urlPath: string, node: Located, resolver: Resolver, schemas: SchemaConverter): BuiltPath {
  const errors: SpecError[] = []
  try {
    if (!urlPath.startsWith('/')) throw resolver.error(node.loc, `path '${urlPath}' must start with '/'`)
    const pathItem = resolver.deref(node)
    if (!isObject(pathItem.value)) throw resolver.error(pathItem.loc, 'a Path Item must be a mapping')
    const item = pathItem as Located<JsonObject>
    for (const key of Object.keys(item.value)) {
      if (UNSUPPORTED_METHODS.includes(key)) throw resolver.error({ ...item.loc, path: [...item.loc.path, key] }, `unsupported HTTP method '${key}'`)
    }
    const operations: Operation[] = []
    for (const method of HTTP_METHODS.filter((name) => name in item.value)) {
      try {
        operations.push(buildOperation(urlPath, item, method as HttpMethod, resolver, schemas))
      } catch (error) {
        if (!(error instanceof SpecError)) throw error
        errors.push(error)
      }
    }
    return operations.length === 0 ? { operations, errors } : { operations, page: buildPage(urlPath, item, operations), errors }
  } catch (error) {
    if (!(error instanceof SpecError)) throw error
    return { operations: [], errors: [...errors, error] }
  }
}

/** The spec's paths in code-unit order, so that the output does not depend on the order of the file. */
function sortedEntries(resolver: Resolver, paths: Located): [string, Located][] {
  return resolver.entries(paths).sort(([a], [b]) => compareStrings(a, b))
}

/** A one-method page takes the operation's title; a page of several methods takes the Path Item's, or joins theirs. */
function buildPage(urlPath: string, item: Located<JsonObject>, operations: readonly Operation[]): Page {
  const only = operations.length === 1 ? operations[0] : undefined
  const itemTitle = typeof item.value['x-title'] === 'string' ? item.value['x-title'] : typeof item.value.summary === 'string' ? item.value.summary : undefined
  const itemDescription = typeof item.value.description === 'string' ? item.value.description.trim() : undefined
  return {
    path: urlPath,
    title: only ? only.title : (itemTitle ?? operations.map((operation) => operation.title).join('、')),
    description: only ? only.description : (itemDescription ?? operations[0]!.description),
    operations,
  }
}
