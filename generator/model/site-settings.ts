import type { SpecError } from '../load/spec-error.ts'
import { isObject, type Located, type Resolver } from '../resolve/resolver.ts'
import type { SiteSettings } from './types.ts'

/** The key on `info` that configures the documentation site. */
export const SITE_KEY = 'x-site'

const KNOWN = ['url', 'editLink', 'lastUpdated', 'title', 'description'] as const

/**
 * `info.x-site`: what a maintainer sets for the published docs site, all optional —
 * `url` (where the site is served, `https://host/base/`: its path is the site's base, and it turns the sitemap on),
 * `editLink` (a URL pattern with `:path`, the page's file under docs/), `lastUpdated` (false by default: the git
 * dates make the output depend on the checkout), `title` and `description` (default: `info`'s).
 */
export function readSiteSettings(resolver: Resolver, info: Located | undefined, errors: SpecError[]): SiteSettings {
  const node = info && resolver.child(info, SITE_KEY)
  if (!node) return { lastUpdated: false }
  if (!isObject(node.value)) {
    errors.push(resolver.error(node.loc, `info.${SITE_KEY} must be a mapping (url, editLink, lastUpdated, title, description)`))
    return { lastUpdated: false }
  }
  for (const [key, child] of resolver.entries(node)) {
    if (!(KNOWN as readonly string[]).includes(key))
      errors.push(resolver.error(child.loc, `unknown key '${key}' in info.${SITE_KEY}; known: ${KNOWN.join(', ')}`, { key: true }))
  }
  const string = (key: string): string | undefined => {
    const child = resolver.child(node, key)
    if (!child) return undefined
    if (typeof child.value === 'string' && child.value.trim() !== '') return child.value.trim()
    errors.push(resolver.error(child.loc, `info.${SITE_KEY}.${key} must be a non-empty string`))
    return undefined
  }
  const url = string('url')
  if (url !== undefined) {
    const where = resolver.child(node, 'url')!.loc
    if (!/^https?:\/\/[^/]+(\/.*)?$/.test(url))
      errors.push(resolver.error(where, `info.${SITE_KEY}.url must be an absolute http(s) URL, like https://example.com/docs/`))
    else if (/[?#]/.test(url)) errors.push(resolver.error(where, `info.${SITE_KEY}.url must not have a query or a fragment`))
  }
  const editLink = string('editLink')
  if (editLink !== undefined && !editLink.includes(':path')) {
    errors.push(resolver.error(resolver.child(node, 'editLink')!.loc, `info.${SITE_KEY}.editLink must contain :path (the page's file under docs/)`))
  }
  const lastUpdatedNode = resolver.child(node, 'lastUpdated')
  if (lastUpdatedNode && typeof lastUpdatedNode.value !== 'boolean') {
    errors.push(resolver.error(lastUpdatedNode.loc, `info.${SITE_KEY}.lastUpdated must be true or false`))
  }
  const title = string('title')
  const description = string('description')
  return {
    ...(url !== undefined && { url }),
    ...(editLink !== undefined && { editLink }),
    lastUpdated: lastUpdatedNode?.value === true,
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
  }
}
