import type { ApiModel } from '../../model/types.ts'
import { GUIDE_LINK, webhookIndexLink } from '../shared/page-paths.ts'
import { generatedHeader } from '../shared/header.ts'
import { WEBHOOKS_TITLE } from './webhook-index.ts'

export const CONFIG_FILE = 'docs/.vitepress/config.mts'
export const SITE_FILE = 'docs/.vitepress/site.json'

/** The environment variable `npm run docs:build` / `docs:dev` set to keep VitePress's cache out of the docs folder. */
export const CACHE_DIR_ENV = 'WECHATPAY_SITE_CACHE_DIR'
/** The folder of twoslash's results on disk (`docs:build` names it by the versions of what they depend on); unset: no cache. */
export const TWOSLASH_CACHE_ENV = 'WECHATPAY_SITE_TWOSLASH_CACHE'
/** The hash of the generated package's declarations, which the guide's blocks import (`docs:build` sets it). */
export const PACKAGE_TYPINGS_ENV = 'WECHATPAY_SITE_PACKAGE_TYPINGS'
/** `off`: the code blocks are highlighted but not type-checked (the benchmark's floor). */
export const TWOSLASH_ENV = 'WECHATPAY_SITE_TWOSLASH'
/** The folder of the code blocks' highlighted HTML (`docs:build` names it by what that HTML depends on); unset: no cache. */
export const HIGHLIGHT_CACHE_ENV = 'WECHATPAY_SITE_HIGHLIGHT_CACHE'

/** The config's style, as prettier writes it: the repository's own TypeScript style (a test checks it). */
export const CONFIG_STYLE = { parser: 'typescript', printWidth: 120, singleQuote: true, semi: false } as const

/** What `site.json` holds: everything the config takes from the spec, so that the config is the same for every spec. */
export interface SiteData {
  readonly title: string
  readonly description: string
  /** The path the site is served under (`/`, `/docs/`): the path of `info.x-site.url`. */
  readonly base: string
  /** `info.x-site.url`, with a trailing slash: the sitemap's base; absent, no sitemap. */
  readonly hostname?: string
  readonly editLink?: string
  readonly lastUpdated: boolean
  readonly nav: readonly { readonly text: string; readonly link: string }[]
}

export function siteData(model: ApiModel): SiteData {
  const { info } = model
  const url = info.site.url === undefined ? undefined : info.site.url.replace(/\/*$/, '/')
  return {
    title: info.site.title ?? (info.title || 'API'),
    description: (info.site.description ?? info.description).replace(/\s+/g, ' ').trim(),
    base: url === undefined ? '/' : new URL(url).pathname,
    ...(url !== undefined && { hostname: url }),
    ...(info.site.editLink !== undefined && { editLink: info.site.editLink }),
    lastUpdated: info.site.lastUpdated,
    nav: [
      { text: '快速开始', link: GUIDE_LINK },
      { text: '接口索引', link: '/' },
      ...(model.webhooks.length > 0 ? [{ text: WEBHOOKS_TITLE, link: webhookIndexLink() }] : []),
    ],
  }
}

export function renderSiteData(model: ApiModel): string {
  return `${JSON.stringify(siteData(model), null, 2)}\n`
}

/**
 * The VitePress config. The twoslash transformer type-checks every ```` ```js twoslash ```` block at build time and
 * throws on the first error, so a broken page fails the build; `vfsRoot` is the config's folder, from which the
 * blocks' `axios` and `@types/node` resolve (upwards, as Node does). Its results are kept on disk when
 * `docs:build` names a folder. Formatted as prettier formats it.
 */
export function renderConfig(): string {
  return `${[
    generatedHeader(),
    "import { dirname, join } from 'node:path'",
    "import { fileURLToPath } from 'node:url'",
    "import { rendererRich } from '@shikijs/twoslash'",
    "import { transformerTwoslash } from '@shikijs/vitepress-twoslash'",
    "import { defineConfig } from 'vitepress'",
    "import { cacheHighlightedBlocks } from './build/highlight-cache'",
    "import { releasePageTemplates } from './build/release-page-templates'",
    "import { twoslashCache } from './build/twoslash-cache'",
    "import sidebar from './sidebar.json'",
    "import site from './site.json'",
    '',
    '// The folder the code blocks resolve `axios` and `@types/node` from, upwards (`npm run docs:build` links the',
    "// generator's node_modules into a docs folder that has none above it). No trailing slash: with one, twoslash",
    '// reports no errors at all.',
    'const vfsRoot = dirname(fileURLToPath(import.meta.url))',
    "// The guide's blocks import the generated package itself, which the docs folder's parent is.",
    "const compilerOptions = { paths: { 'wechatpay-apiv3': [join(vfsRoot, '../../client.d.mts')] } }",
    '',
    '// `npm run docs:build` names the folder of the twoslash results by the versions of TypeScript, twoslash and the',
    '// typings the blocks import; within it a result is found by the hash of its code block. The rich renderer writes',
    "// each hover's popup into the block's HTML: a page compiles to static HTML, where floating-vue's renderer made",
    '// a component per token, and those compiled pages made the build need gigabytes for a large spec.',
    `const cacheDir = process.env.${TWOSLASH_CACHE_ENV}`,
    'const typesCache = cacheDir ? twoslashCache(cacheDir, process.env.' + PACKAGE_TYPINGS_ENV + ') : undefined',
    'const twoslash =',
    `  process.env.${TWOSLASH_ENV} === 'off'`,
    '    ? []',
    '    : [',
    '        transformerTwoslash({',
    '          throws: true,',
    '          twoslashOptions: { vfsRoot, compilerOptions },',
    '          typesCache,',
    '          renderer: rendererRich(),',
    '        }),',
    '      ]',
    '',
    'export default defineConfig({',
    "  lang: 'zh-CN',",
    '  title: site.title,',
    '  description: site.description,',
    '  base: site.base,',
    '  // `npm run docs:build` and `docs:dev` keep the cache out of the docs folder.',
    `  cacheDir: process.env.${CACHE_DIR_ENV},`,
    "  // Off unless info.x-site.lastUpdated: git's dates would make the site depend on the checkout.",
    '  lastUpdated: site.lastUpdated,',
    '  sitemap: site.hostname ? { hostname: site.hostname } : undefined,',
    '  // The site data (the whole sidebar) in one file, not inlined into every page.',
    '  metaChunk: true,',
    '  vite: { plugins: [releasePageTemplates()] },',
    '  markdown: {',
    '    // Type-checks every `twoslash` block; an error fails the build, naming the page.',
    '    codeTransformers: twoslash,',
    "    // Each block's HTML kept on disk when `npm run docs:build` names a folder: a rebuild highlights only the blocks",
    '    // that changed.',
    '    config: (md) =>',
    '      cacheHighlightedBlocks(',
    '        md,',
    `        process.env.${HIGHLIGHT_CACHE_ENV},`,
    `        process.env.${PACKAGE_TYPINGS_ENV},`,
    '      ),',
    '  },',
    '  themeConfig: {',
    '    nav: site.nav,',
    '    sidebar,',
    "    outline: { level: [1, 2], label: '目录' },",
    '    search: {',
    "      provider: 'local',",
    '      options: {',
    '        miniSearch: {',
    '          // Chinese has no spaces between words: split text and queries into words with the Unicode segmenter',
    '          // (MiniSearch splits at spaces and punctuation only, which leaves a whole title one term). Sent to the',
    '          // browser as source text, so it refers to nothing outside itself.',
    '          options: {',
    '            tokenize: (text: string) =>',
    "              [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)]",
    '                .filter((part) => part.isWordLike)',
    '                .map((part) => part.segment),',
    '          },',
    '        },',
    "        // The index takes each block's code after `---cut---` as plain text (twoslash's declarations are not what",
    '        // readers search for, and the pages are not type-checked a second time), and the page title and',
    '        // description where the page shows them through `$frontmatter` (VitePress indexes the Markdown as written).',
    '        _render: (',
    '          src: string,',
    '          env: { frontmatter?: Record<string, unknown> },',
    '          md: { render: (src: string, env: object) => string },',
    '        ) => {',
    '          const html = md.render(',
    '            src.replace(/^```(\\w+) twoslash\\n[^]*?\\/\\/ ---cut---\\n/gm, (_, lang) => `\\`\\`\\`${lang}\\n`),',
    '            env,',
    '          )',
    '          const text = (key: string) =>',
    "            String(env.frontmatter?.[key] ?? '')",
    "              .replace(/&/g, '&amp;')",
    "              .replace(/</g, '&lt;')",
    '          return html.replace(/\\{\\{ \\$frontmatter\\.(title|description) \\}\\}/g, (_, key) => text(key))',
    '        },',
    '        translations: {',
    "          button: { buttonText: '搜索', buttonAriaLabel: '搜索' },",
    '          modal: {',
    "            noResultsText: '没有找到',",
    "            resetButtonTitle: '清除',",
    "            footer: { selectText: '选择', navigateText: '切换', closeText: '关闭' },",
    '          },',
    '        },',
    '      },',
    '    },',
    "    editLink: site.editLink ? { pattern: site.editLink, text: '编辑此页' } : undefined,",
    "    lastUpdated: { text: '最后更新' },",
    "    docFooter: { prev: '上一页', next: '下一页' },",
    '    notFound: {',
    "      title: '页面不存在',",
    "      quote: '这个地址没有页面：接口可能已改名或移除。',",
    "      linkText: '回到接口索引',",
    '    },',
    '  },',
    '})',
  ].join('\n')}\n`
}
