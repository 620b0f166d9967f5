import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository: its node_modules hold VitePress, the twoslash transformer, `axios` and `@types/node`. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** `DIR` or `DIR/docs` (as `check:pages` takes it) → the docs folder, absolute. */
export function docsDirOf(dir: string): string {
  const absolute = path.resolve(dir)
  return path.basename(absolute) !== 'docs' && existsSync(path.join(absolute, 'docs')) ? path.join(absolute, 'docs') : absolute
}

/** Where the static site of `docs/` goes by default: git-ignored, never inside the (generated) docs folder. */
export function defaultOutDir(docsDir: string): string {
  return path.join(REPO_ROOT, '.tmp/site-dist', siteKey(docsDir))
}

/** VitePress's cache for `docs/`, out of the docs folder so that the generated output stays exactly generated. */
export function cacheDirOf(docsDir: string): string {
  return path.join(REPO_ROOT, '.tmp/site-cache', siteKey(docsDir))
}

/** `generated/docs` → `generated`; any other folder → its name and a short hash of its path, so two never share. */
function siteKey(docsDir: string): string {
  const relative = path.relative(REPO_ROOT, docsDir)
  if (relative === path.join('generated', 'docs')) return 'generated'
  const hash = createHash('sha256').update(docsDir).digest('hex').slice(0, 8)
  return `${path.basename(path.dirname(docsDir))}-${hash}`
}
