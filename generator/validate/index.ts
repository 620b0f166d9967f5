import type { SpecError } from '../load/spec-error.ts'
import type { Located, Resolver } from '../resolve/resolver.ts'
import { Findings, type SpecWarning } from './findings.ts'
import { at, checkObject, listItems, mapEntries, type Walk } from './objects.ts'
import { checkPathItem } from './path-item.ts'

export { SpecWarning } from './findings.ts'

export interface Validation {
  readonly errors: readonly SpecError[]
  readonly warnings: readonly SpecWarning[]
}

/**
 * Checks every object the generator reads against OpenAPI 3.1, before any of it is turned into a model: the root,
 * its Info, tags, every Path Item of `paths` and `webhooks` with its operations, parameters, bodies, responses,
 * headers, media types and schemas, wherever their `$ref`s lead. Every problem of every file is collected.
 */
export function validateSpec(resolver: Resolver): Validation {
  const findings = new Findings(resolver)
  const walk: Walk = { resolver, findings, visited: new Set() }
  const root = checkObject(walk, 'root', resolver.root)
  if (!root) return findings
  const { openapi } = root.value
  if (typeof openapi !== 'string' || !/^3\.1\.\d+/.test(openapi)) {
    findings.error('openapi' in root.value ? at(root.loc, 'openapi') : root.loc, "expected 'openapi: 3.1.x' at the root")
  }
  checkInfo(walk, resolver.child(root, 'info'), root)
  const declaredTags = checkTags(walk, resolver.child(root, 'tags'))

  const paths = resolver.child(root, 'paths')
  if (!paths) findings.error(root.loc, "the root document needs a 'paths' mapping")
  else {
    for (const [urlPath, item] of mapEntries(walk, paths, "'paths'")) {
      if (urlPath.startsWith('x-')) continue
      if (!urlPath.startsWith('/')) findings.error(at(paths.loc, urlPath), `path '${urlPath}' must start with '/'`)
      checkPathItem(walk, item, urlPath, declaredTags)
    }
  }
  const webhooks = resolver.child(root, 'webhooks')
  if (webhooks) for (const [, item] of mapEntries(walk, webhooks, "'webhooks'")) checkPathItem(walk, item, undefined, declaredTags)
  return findings
}

function checkInfo(walk: Walk, node: Located | undefined, root: Located): void {
  if (!node) {
    walk.findings.error(root.loc, "the root document needs an 'info' mapping with a 'title' and a 'version'")
    return
  }
  const info = checkObject(walk, 'info', node)
  if (!info) return
  // The package's version is `info.version`; the site's title and the package's description use `info.title`.
  for (const key of ['title', 'version']) if (!(key in info.value)) walk.findings.error(info.loc, `'info' needs a '${key}'`, { key: true })
}

/** The root `tags` list: each a Tag object with a name; returns the declared names. */
function checkTags(walk: Walk, node: Located | undefined): Set<string> {
  const names = new Set<string>()
  if (!node) return names
  for (const entry of listItems(walk, node, "'tags'")) {
    const tag = checkObject(walk, 'tag', entry)
    if (!tag) continue
    if (typeof tag.value.name === 'string') names.add(tag.value.name)
    else if (!('name' in tag.value)) walk.findings.error(tag.loc, "a tag needs a 'name'")
  }
  return names
}
