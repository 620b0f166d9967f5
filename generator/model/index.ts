import { SpecError, SpecErrors } from '../load/spec-error.ts'
import { isObject, type JsonObject, type Located, type Resolver } from '../resolve/resolver.ts'
import { compareStrings } from './naming.ts'
import { buildOperation } from './operations.ts'
import { SchemaConverter } from './schema.ts'
import { HTTP_METHODS, type ApiModel, type HttpMethod, type Operation, type Page } from './types.ts'

const UNSUPPORTED_METHODS = ['head', 'options', 'trace']

/**
 * The spec → the model every emitter reads. Problems are collected across operations
 * and reported together, each as `file:line:col: message`.
 */
export function buildModel(resolver: Resolver): ApiModel {
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
    try {
      if (!urlPath.startsWith('/')) throw resolver.error(node.loc, `path '${urlPath}' must start with '/'`)
      const pathItem = resolver.deref(node)
      if (!isObject(pathItem.value)) throw resolver.error(pathItem.loc, 'a Path Item must be a mapping')
      const item = pathItem as Located<JsonObject>
      for (const key of Object.keys(item.value)) {
        if (UNSUPPORTED_METHODS.includes(key)) throw resolver.error({ ...item.loc, path: [...item.loc.path, key] }, `unsupported HTTP method '${key}'`)
      }
      const methods = HTTP_METHODS.filter((method) => method in item.value)
      const pageOperations: Operation[] = []
      for (const method of methods) {
        try {
          pageOperations.push(buildOperation(urlPath, item, method as HttpMethod, resolver, schemas))
        } catch (error) {
          if (!(error instanceof SpecError)) throw error
          errors.push(error)
        }
      }
      if (pageOperations.length === 0) continue
      const chainKey = pageOperations[0]!.chain.join('.')
      const owner = chainOwners.get(chainKey)
      if (owner !== undefined) {
        throw resolver.error(node.loc, `path '${urlPath}' maps to the same client chain '${chainKey}' as '${owner}'`)
      }
      chainOwners.set(chainKey, urlPath)
      operations.push(...pageOperations)
      pages.push(buildPage(urlPath, item, pageOperations))
    } catch (error) {
      if (!(error instanceof SpecError)) throw error
      errors.push(error)
    }
  }
  if (errors.length === 1) throw errors[0]
  if (errors.length > 1) throw new SpecErrors(errors)

  const info = isObject(rootValue.info) ? rootValue.info : {}
  const tags = new Set<string>()
  if (Array.isArray(rootValue.tags)) for (const tag of rootValue.tags) if (isObject(tag) && typeof tag.name === 'string') tags.add(tag.name)
  for (const operation of operations) for (const tag of operation.tags) tags.add(tag)
  return {
    operations,
    pages,
    tags: [...tags],
    info: {
      title: typeof info.title === 'string' ? info.title : '',
      version: typeof info.version === 'string' ? info.version : '0.0.0',
      description: typeof info.description === 'string' ? info.description : '',
    },
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
