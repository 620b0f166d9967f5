import type { SiteConfig } from 'vitepress'
import type { VitePressPlugin as Plugin } from '../vite-plugin.ts'

/** The key of a page in VitePress's Rollup input: its path with `/` as `_`. */
export function pageInputKey(page: string): string {
  return page.replace(/\\/g, '/').replace(/\//g, '_')
}

/**
 * A page's name in the site's hash map and chunk file names: its input key with the characters file names may not
 * hold as `_` and no leading `_`, as VitePress's `sanitizeFileName` makes it (`…/{receipt_id}.md` →
 * `…_receipt_id_.md`), in lower case as the hash map has it.
 */
export function pageChunkName(page: string): string {
  return pageInputKey(page)
    .replace(/[\u0000-\u001F"#$&*+,:;<=>?[\]^`{|}\u007F]/g, '_')
    .replace(/^_+/, '')
    .toLowerCase()
}

/**
 * Makes a VitePress build bundle and render only `pages` (besides the app, the theme and the 404 page), while the
 * site config keeps every page: links are checked against all of them and the search index is built from all of
 * them. Rollup's input is narrowed in its `options` hook; the page list VitePress renders from is narrowed once the
 * server bundle, the last bundle of a build, is written, which is after the search index was built.
 */
export function bundleOnlyPages(siteConfig: SiteConfig, pages: readonly string[]): Plugin {
  const keep = new Set(['app', ...pages.map(pageInputKey)])
  let ssr = false
  return {
    name: 'wechatpay:bundle-only-pages',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    options(options) {
      const { input } = options
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new Error('bundleOnlyPages: VitePress gave Rollup an input that is not a record of entries')
      }
      return { ...options, input: Object.fromEntries(Object.entries(input).filter(([key]) => keep.has(key))) }
    },
    closeBundle() {
      if (ssr) siteConfig.pages = [...pages]
    },
  }
}
