/** `/v3/a/b-c/{x}` → `docs/openapi/v3/a/b-c/{x}.md`; a path ending in `/` → `…/index.md`. */
export function pagePath(urlPath: string): string {
  const trimmed = urlPath.replace(/^\//, '')
  return `docs/openapi/${trimmed.endsWith('/') || trimmed === '' ? `${trimmed}index` : trimmed}.md`
}

/**
 * The site link of the page documenting `urlPath`, from the page's file:
 * `docs/openapi/v3/a/{x}.md` → `/openapi/v3/a/{x}`; `docs/openapi/v3/a/index.md` → `/openapi/v3/a/`.
 */
export function pageLink(urlPath: string): string {
  const route = `/${pagePath(urlPath).replace(/^docs\//, '').replace(/\.md$/, '')}`
  return route.endsWith('/index') ? route.slice(0, -'index'.length) : route
}
