import { existsSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { build, type SiteConfig } from 'vitepress'
import type { VitePressPlugin as Plugin } from './vite-plugin.ts'
import { CACHE_DIR_ENV, HIGHLIGHT_CACHE_ENV, PACKAGE_TYPINGS_ENV, TWOSLASH_CACHE_ENV, TWOSLASH_ENV } from '../../emit/site/config.ts'
import { linkDependencies } from './deps-link.ts'
import { mergePartialBuild } from './incremental/merge.ts'
import { bundleOnlyPages } from './incremental/partial-plugin.ts'
import { buildKey, hashTree, readSources, readState, removeState, siteIsIntact, stagingDirOf, writeState, type SiteBuildState } from './incremental/state.ts'
import { cacheDirOf } from './paths.ts'
import { canonicalSearchIndexPlugin } from './search-index.ts'
import { highlightCacheDir, packageTypingsHash, twoslashCacheDir } from './twoslash-key.ts'

/**
 * The environment the generated config reads: VitePress's cache out of the docs folder, twoslash's results and the
 * blocks' highlighted HTML on disk, each in a folder named by what it depends on.
 */
export function siteEnvironment(docsDir: string): Record<string, string> {
  const cacheDir = cacheDirOf(docsDir)
  return {
    [CACHE_DIR_ENV]: cacheDir,
    [TWOSLASH_CACHE_ENV]: twoslashCacheDir(cacheDir),
    [HIGHLIGHT_CACHE_ENV]: highlightCacheDir(cacheDir, docsDir, process.env[TWOSLASH_ENV] ?? 'on'),
    [PACKAGE_TYPINGS_ENV]: packageTypingsHash(docsDir),
  }
}

/** What a build did: every page (and why), only the changed ones, or nothing (the site was up to date). */
export type SiteBuildReport =
  | { readonly kind: 'full'; readonly pages: number; readonly reason: string }
  | { readonly kind: 'pages'; readonly pages: number; readonly rebuilt: readonly string[] }
  | { readonly kind: 'up-to-date'; readonly pages: number }

export interface SiteBuildOptions {
  /** Build every page, whatever the last build left. */
  readonly full?: boolean
}

/**
 * Builds the static site of `docsDir` into `outDir`. When the last build went to the same `outDir` from the same
 * config, theme, page list and packages, and the site was not changed since, only the pages whose Markdown
 * changed are bundled and rendered, and folded into the site (see incremental/merge.ts); anything else builds
 * every page. A type error in a page's code block rejects, naming the page.
 */
export async function buildSite(docsDir: string, outDir: string, options: SiteBuildOptions = {}): Promise<SiteBuildReport> {
  const unlink = linkDependencies(docsDir)
  const environment = siteEnvironment(docsDir)
  Object.assign(process.env, environment)
  const cacheDir = cacheDirOf(docsDir)
  try {
    const sources = readSources(docsDir)
    const key = buildKey(sources, [
      `twoslash ${process.env[TWOSLASH_ENV] ?? 'on'}`,
      `highlight ${environment[HIGHLIGHT_CACHE_ENV]}`,
      `typings ${environment[PACKAGE_TYPINGS_ENV]}`,
    ])
    const pageCount = Object.keys(sources.pages).length
    const plan = planBuild(readState(cacheDir, outDir), { key, outDir, pages: sources.pages, docsDir, full: options.full === true })
    const record = (files: Record<string, string>): void => writeState(cacheDir, { key, outDir, pages: sources.pages, files })
    if ('changed' in plan && plan.changed.length === 0) return { kind: 'up-to-date', pages: pageCount }
    // From here on the site may change: until the build has finished, there is no state to trust.
    removeState(cacheDir, outDir)
    let reason = 'reason' in plan ? plan.reason : ''
    if ('changed' in plan) {
      const stagingDir = stagingDirOf(cacheDir, outDir)
      rmSync(stagingDir, { recursive: true, force: true })
      let base = '/'
      let sitemap = false
      await build(docsDir, {
        outDir: stagingDir,
        onAfterConfigResolve: (siteConfig) => {
          base = siteConfig.site.base
          sitemap = siteConfig.sitemap !== undefined
          addPlugins(siteConfig, [canonicalSearchIndexPlugin(), bundleOnlyPages(siteConfig, plan.changed)])
        },
      })
      if (sitemap) await sitemapWritten(stagingDir)
      let merged: ReturnType<typeof mergePartialBuild>
      try {
        merged = mergePartialBuild({ outDir, stagingDir, files: plan.previous.files, changedPages: plan.changed, base })
      } catch (error) {
        // The fold found the site it made inconsistent: the full build below replaces it, and says why.
        merged = { refused: error instanceof Error ? error.message : String(error) }
      }
      rmSync(stagingDir, { recursive: true, force: true })
      if ('files' in merged) {
        record(merged.files)
        return { kind: 'pages', pages: pageCount, rebuilt: plan.changed }
      }
      reason = `the changed pages could not be folded in (${merged.refused})`
    }
    let sitemap = false
    await build(docsDir, {
      outDir,
      onAfterConfigResolve: (siteConfig) => {
        sitemap = siteConfig.sitemap !== undefined
        addPlugins(siteConfig, [canonicalSearchIndexPlugin()])
      },
    })
    if (sitemap) await sitemapWritten(outDir)
    record(hashTree(outDir))
    return { kind: 'full', pages: pageCount, reason }
  } finally {
    unlink()
  }
}

type BuildPlan = { readonly reason: string } | { readonly changed: readonly string[]; readonly previous: SiteBuildState }

function planBuild(
  previous: SiteBuildState | undefined,
  next: { key: string; outDir: string; pages: Record<string, string>; docsDir: string; full: boolean },
): BuildPlan {
  if (next.full) return { reason: 'asked for (--full)' }
  if (previous === undefined) return { reason: 'no earlier build into this folder' }
  if (previous.key !== next.key) return { reason: 'the config, theme, page list or installed packages changed' }
  if (lastUpdatedIsOn(next.docsDir)) return { reason: "pages show git's last-updated dates (x-site.lastUpdated)" }
  if (!siteIsIntact(next.outDir, previous)) return { reason: 'the built site was changed since it was built' }
  const pages = Object.keys(next.pages)
  const changed = pages.filter((page) => previous.pages[page] !== next.pages[page])
  // Past half of the pages, a partial build costs what a full one does.
  if (changed.length * 2 > pages.length) return { reason: 'most pages changed' }
  return { changed, previous }
}

/** Git's dates change without any file changing, so such a site is always built in full. */
function lastUpdatedIsOn(docsDir: string): boolean {
  const file = path.join(docsDir, '.vitepress', 'site.json')
  return existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { lastUpdated?: unknown }).lastUpdated === true
}

/**
 * VitePress's build resolves before its sitemap is written (it pipes a stream into the file and does not wait for
 * it): waits until the file is whole, so that the record of the site holds its final bytes.
 */
async function sitemapWritten(outDir: string): Promise<void> {
  const file = path.join(outDir, 'sitemap.xml')
  // Far more than the stream of a large site needs; only a stream that never ends gets here.
  for (let tries = 0; tries < 3000; tries += 1) {
    if (existsSync(file) && readFileSync(file, 'utf8').trimEnd().endsWith('</urlset>')) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${file} was not finished`)
}

function addPlugins(siteConfig: SiteConfig, plugins: readonly Plugin[]): void {
  siteConfig.vite = { ...siteConfig.vite, plugins: [...(siteConfig.vite?.plugins ?? []), ...plugins] }
}
