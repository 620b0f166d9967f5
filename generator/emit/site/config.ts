import type { ApiModel } from '../../model/types.ts'
import { generatedHeader } from '../shared/header.ts'

export const CONFIG_FILE = 'docs/.vitepress/config.mts'
export const SITE_FILE = 'docs/.vitepress/site.json'

/** The environment variable `npm run docs:build` / `docs:dev` set to keep VitePress's cache out of the docs folder. */
export const CACHE_DIR_ENV = 'WECHATPAY_SITE_CACHE_DIR'

/** The config's style, as prettier writes it: the repository's own TypeScript style (a test checks it). */
export const CONFIG_STYLE = { parser: 'typescript', printWidth: 120, singleQuote: true, semi: false } as const

/** What the config reads from the spec, kept as data so that the config itself is the same for every spec. */
export function renderSiteData(model: ApiModel): string {
  const site = { title: model.info.title || 'API', description: model.info.description.replace(/\s+/g, ' ').trim() }
  return `${JSON.stringify(site, null, 2)}\n`
}

/**
 * The VitePress config: the twoslash transformer type-checks every ```` ```js twoslash ```` block at build time and
 * throws on the first error, so a broken page fails the build; `vfsRoot` is the config's folder, from which the
 * blocks' `axios` and `@types/node` resolve (upwards, as Node does). Formatted as prettier formats it.
 */
export function renderConfig(): string {
  return `${[
    generatedHeader(),
    "import { dirname } from 'node:path'",
    "import { fileURLToPath } from 'node:url'",
    "import { transformerTwoslash } from '@shikijs/vitepress-twoslash'",
    "import { defineConfig } from 'vitepress'",
    "import sidebar from './sidebar.json'",
    "import site from './site.json'",
    '',
    '// The folder the code blocks resolve `axios` and `@types/node` from, upwards (`npm run docs:build` links the',
    "// generator's node_modules into a docs folder that has none above it). No trailing slash: with one, twoslash",
    '// reports no errors at all.',
    'const vfsRoot = dirname(fileURLToPath(import.meta.url))',
    '',
    'export default defineConfig({',
    "  lang: 'zh-CN',",
    '  title: site.title,',
    '  description: site.description,',
    '  // `npm run docs:build` and `docs:dev` keep the cache out of the docs folder.',
    `  cacheDir: process.env.${CACHE_DIR_ENV},`,
    '  markdown: {',
    '    // Type-checks every `twoslash` block; an error fails the build, naming the page.',
    '    codeTransformers: [transformerTwoslash({ throws: true, twoslashOptions: { vfsRoot } })],',
    '  },',
    '  themeConfig: {',
    "    nav: [{ text: '接口索引', link: '/' }],",
    '    sidebar,',
    "    outline: { level: [1, 2], label: '目录' },",
    '  },',
    '})',
  ].join('\n')}\n`
}
