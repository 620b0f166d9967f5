import { build } from 'vitepress'
import { CACHE_DIR_ENV, HIGHLIGHT_CACHE_ENV, PACKAGE_TYPINGS_ENV, TWOSLASH_CACHE_ENV, TWOSLASH_ENV } from '../../emit/site/config.ts'
import { linkDependencies } from './deps-link.ts'
import { cacheDirOf } from './paths.ts'
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

/** Builds the static site of `docsDir` into `outDir`. A type error in a page's code block rejects, naming the page. */
export async function buildSite(docsDir: string, outDir: string): Promise<void> {
  const unlink = linkDependencies(docsDir)
  Object.assign(process.env, siteEnvironment(docsDir))
  try {
    await build(docsDir, { outDir })
  } finally {
    unlink()
  }
}
