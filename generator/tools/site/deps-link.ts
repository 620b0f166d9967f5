import { existsSync, lstatSync, symlinkSync, unlinkSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './paths.ts'

/** What the site's config, theme and code blocks import. */
const SITE_PACKAGES = ['vitepress', '@shikijs/vitepress-twoslash', 'axios', '@types/node']

/**
 * VitePress loads the config, the theme and the compiled pages (which import `vue`) with Node's and Vite's
 * resolution, and twoslash resolves the code blocks' imports: all upwards from the docs folder. A docs folder with
 * none of our packages above it (`/tmp/x/docs`) gets, while the site builds or is served, a link
 * `docs/node_modules` → the repository's node_modules (VitePress never takes pages from a node_modules folder).
 * Returns the function that removes the link again (a no-op when none was needed); the process's exit removes it too.
 */
export function linkDependencies(docsDir: string): () => void {
  const missing = SITE_PACKAGES.filter((name) => !findPackage(docsDir, name))
  if (missing.length === 0) return () => {}
  const link = path.join(docsDir, 'node_modules')
  if (exists(link)) throw new Error(`${link} exists but does not provide ${missing.join(', ')}`)
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), link, 'dir')
  const unlink = (): void => {
    process.off('exit', unlink)
    if (exists(link)) unlinkSync(link)
  }
  // Also when the process ends early (an uncaught error, or process.exit on a signal).
  process.on('exit', unlink)
  return unlink
}

/** Whether `name` resolves from `dir` as Node resolves a bare import: `node_modules/<name>` in it or a folder above. */
function findPackage(dir: string, name: string): boolean {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, 'node_modules', name, 'package.json'))) return true
    if (path.dirname(current) === current) return false
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file)
    return true
  } catch {
    return false
  }
}
