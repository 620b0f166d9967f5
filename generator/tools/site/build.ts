import { build } from 'vitepress'
import { CACHE_DIR_ENV } from '../../emit/site/config.ts'
import { linkDependencies } from './deps-link.ts'
import { cacheDirOf } from './paths.ts'

/** Builds the static site of `docsDir` into `outDir`. A type error in a page's code block rejects, naming the page. */
export async function buildSite(docsDir: string, outDir: string): Promise<void> {
  const unlink = linkDependencies(docsDir)
  process.env[CACHE_DIR_ENV] = cacheDirOf(docsDir)
  try {
    await build(docsDir, { outDir })
  } finally {
    unlink()
  }
}
