import type { SpecError } from '../load/spec-error.ts'
import type { Located, Resolver } from '../resolve/resolver.ts'
import type { YamlFile } from '../load/yaml-file.ts'
import type { ValidationCache } from './cache.ts'
import { Findings, type SpecWarning } from './findings.ts'
import { at, checkObject, listItems, mapEntries, type Walk } from './objects.ts'
import { checkPathItem } from './path-item.ts'

export { SpecWarning } from './findings.ts'
export { ValidationCache } from './cache.ts'

export interface Validation {
  readonly errors: readonly SpecError[]
  readonly warnings: readonly SpecWarning[]
}

/**
 * Checks every object the generator reads against OpenAPI 3.1, before any of it is turned into a model: the root,
 * its Info, tags, every Path Item of `paths` and `webhooks` with its operations, parameters, bodies, responses,
 * headers, media types and schemas, wherever their `$ref`s lead. Every problem of every file is collected.
 */
export interface ValidateOptions {
  /** Kept from the previous run of a session (`--watch`), to skip the Path Items that did not change. */
  readonly cache?: ValidationCache
  /** The files whose text is what the previous run read: only those make a cached result still good. */
  readonly unchanged?: ReadonlyMap<string, YamlFile>
}

export function validateSpec(resolver: Resolver, { cache, unchanged = new Map() }: ValidateOptions = {}): Validation {
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

  // Each Path Item on its own (its own visited set), so that its findings can be kept for the next run of a session.
  const checkItem = (name: string, item: Located, urlPath: string | undefined) => {
    const key = `${JSON.stringify(item.value)}\0${[...declaredTags].join('\0')}`
    const kept = cache?.reuse(name, key, unchanged)
    if (kept) return findings.adopt(kept)
    const own = new Findings(resolver)
    const { files } = resolver.recordFiles(() => checkPathItem({ resolver, findings: own, visited: new Set() }, item, urlPath, declaredTags))
    cache?.keep(name, { key, files: new Map([...files].map((file) => [file, resolver.source(file)])), errors: own.errors, warnings: own.warnings })
    findings.adopt(own)
  }
  const paths = resolver.child(root, 'paths')
  if (!paths) findings.error(root.loc, "the root document needs a 'paths' mapping")
  else {
    for (const [urlPath, item] of mapEntries(walk, paths, "'paths'")) {
      if (urlPath.startsWith('x-')) continue
      if (!urlPath.startsWith('/')) findings.error(at(paths.loc, urlPath), `path '${urlPath}' must start with '/'`, { key: true })
      checkItem(`paths ${urlPath}`, item, urlPath)
    }
  }
  const webhooks = resolver.child(root, 'webhooks')
  if (webhooks) for (const [name, item] of mapEntries(walk, webhooks, "'webhooks'")) checkItem(`webhooks ${name}`, item, undefined)
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
