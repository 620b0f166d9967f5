import { parseCache } from 'vue/compiler-sfc'
import type { Plugin } from 'vite'

/**
 * A page's template AST is needed only while @vitejs/plugin-vue compiles that page, but the SFC parse cache of
 * @vue/compiler-sfc (and plugin-vue's descriptor cache, which shares its objects) keeps every page's descriptor to
 * the end of the build, the compiled template AST included: with twoslash's popups that is megabytes per page,
 * and it made the memory of a build grow with the number of pages. Once plugin-vue has compiled a page, this drops
 * the page's AST and its parse-cache entry; a later compile of the same page (the server bundle) parses it again.
 */
export function releasePageTemplates(): Plugin {
  return {
    name: 'wechatpay:release-page-templates',
    enforce: 'post',
    transform(_code, id) {
      if (!id.endsWith('.md')) return
      for (const key of [...parseCache.keys()]) {
        const descriptor = parseCache.get(key)?.descriptor
        if (!descriptor?.filename.endsWith('.md')) continue
        if (descriptor.template) descriptor.template.ast = undefined
        parseCache.delete(key)
      }
    },
  }
}
