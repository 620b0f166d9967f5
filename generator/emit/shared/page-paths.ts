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
  const route = `/${pagePath(urlPath)
    .replace(/^docs\//, '')
    .replace(/\.md$/, '')}`
  return route.endsWith('/index') ? route.slice(0, -'index'.length) : route
}

/** A webhook's page: `TRANSACTION.SUCCESS` → `docs/webhook/v3/TRANSACTION.SUCCESS.md`. */
export function webhookPagePath(eventType: string): string {
  return `docs/webhook/v3/${eventType}.md`
}

/** The site link of a webhook's page: `/webhook/v3/TRANSACTION.SUCCESS`. */
export function webhookPageLink(eventType: string): string {
  return `/${webhookPagePath(eventType)
    .replace(/^docs\//, '')
    .replace(/\.md$/, '')}`
}

/** The overview page of every webhook (the site emitter). */
export const WEBHOOK_INDEX_FILE = 'docs/webhook/index.md'

/** The overview's site link: `/webhook/`. */
export function webhookIndexLink(): string {
  return `/${WEBHOOK_INDEX_FILE.replace(/^docs\//, '').replace(/index\.md$/, '')}`
}

/** The getting-started guide, copied from the site assets (`assets/pages/guide/getting-started.md`). */
export const GUIDE_FILE = 'docs/guide/getting-started.md'
export const GUIDE_LINK = '/guide/getting-started'
