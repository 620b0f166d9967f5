/** `/v3/a/b-c/{x}` → `docs/openapi/v3/a/b-c/{x}.md`; a path ending in `/` → `…/index.md`. */
export function pagePath(urlPath: string): string {
  const trimmed = urlPath.replace(/^\//, '')
  return `docs/openapi/${trimmed.endsWith('/') || trimmed === '' ? `${trimmed}index` : trimmed}.md`
}
