import { pagePath } from '../pages/page-path.ts'

/**
 * The site link of the page documenting `urlPath`, from the page's file (emit/pages/page-path.ts):
 * `docs/openapi/v3/a/{x}.md` → `/openapi/v3/a/{x}`; `docs/openapi/v3/a/index.md` → `/openapi/v3/a/`.
 */
export function pageLink(urlPath: string): string {
  const route = `/${pagePath(urlPath).replace(/^docs\//, '').replace(/\.md$/, '')}`
  return route.endsWith('/index') ? route.slice(0, -'index'.length) : route
}
