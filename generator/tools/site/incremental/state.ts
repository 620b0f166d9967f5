import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles } from '../../../write/output-dir.ts'
import { REPO_ROOT } from '../paths.ts'

/**
 * What `docs:build` keeps about the site it built last, so that the next build can rebuild only the pages whose
 * Markdown changed: the hash of everything else the site is built from, each page's hash, and each file of the
 * built site with its hash (a site that was changed since is built again in full).
 */
export interface SiteBuildState {
  readonly version: typeof STATE_VERSION
  /** Everything but the pages' text: the docs folder's other files, the page list, installed packages, settings. */
  readonly key: string
  readonly outDir: string
  /** Page (its path under the docs folder, `/`-separated) → sha256 of its Markdown. */
  readonly pages: Readonly<Record<string, string>>
  /** Every file of the built site (its path under outDir, `/`-separated) → sha256 of its bytes. */
  readonly files: Readonly<Record<string, string>>
}

const STATE_VERSION = 1

/** One record per output folder: a site built into two folders is rebuilt in each from its own last build. */
function stateFile(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, 'incremental', `${sha256(outDir).slice(0, 12)}.json`)
}

/** Where a partial build into `outDir` is staged before it is folded in. */
export function stagingDirOf(cacheDir: string, outDir: string): string {
  return path.join(cacheDir, 'incremental', `${sha256(outDir).slice(0, 12)}-staging`)
}

// Never part of the site's sources: the link `docs:build` makes to the repository's packages, and the caches and
// outputs VitePress writes when it is run on the docs folder directly.
const IGNORED = ['node_modules/', '.vitepress/cache/', '.vitepress/dist/', '.vitepress/.temp/']

export function sha256(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The pages of `docsDir` (its Markdown files) with their hashes, and the hash of everything else it holds. */
export function readSources(docsDir: string): { pages: Record<string, string>; otherFiles: string } {
  const pages: Record<string, string> = {}
  const other = createHash('sha256')
  for (const file of listFiles(docsDir).filter((file) => !IGNORED.some((folder) => file.startsWith(folder)))) {
    const bytes = readFileSync(path.join(docsDir, file))
    if (file.endsWith('.md')) pages[file] = sha256(bytes)
    else other.update(`${file}\n${sha256(bytes)}\n`)
  }
  return { pages, otherFiles: other.digest('hex') }
}

/**
 * The key of a build: what every page's output depends on besides its own Markdown. The docs folder's other files
 * (config, sidebar, theme, build files), the list of pages (a new or removed page changes every sidebar and the
 * search index), the installed packages (the repository's lockfile), and the settings the build reads from the
 * environment (twoslash on or off, the package's typings that the guide's blocks import).
 */
export function buildKey(sources: { pages: Record<string, string>; otherFiles: string }, settings: readonly string[]): string {
  const hash = createHash('sha256').update(`${STATE_VERSION}\n${sources.otherFiles}\n`)
  for (const page of Object.keys(sources.pages).sort()) hash.update(`${page}\n`)
  const lockfile = path.join(REPO_ROOT, 'package-lock.json')
  hash.update(existsSync(lockfile) ? readFileSync(lockfile) : 'no lockfile')
  for (const setting of settings) hash.update(`\n${setting}`)
  return hash.digest('hex')
}

/** Every file of the built site with its hash. */
export function hashTree(outDir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const file of listFiles(outDir)) files[file] = sha256(readFileSync(path.join(outDir, file)))
  return files
}

export function readState(cacheDir: string, outDir: string): SiteBuildState | undefined {
  const file = stateFile(cacheDir, outDir)
  if (!existsSync(file)) return undefined
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as SiteBuildState
    return state.version === STATE_VERSION && state.outDir === outDir ? state : undefined
  } catch {
    // A state file that cannot be read only costs a full build.
    return undefined
  }
}

export function writeState(cacheDir: string, state: Omit<SiteBuildState, 'version'>): void {
  const file = stateFile(cacheDir, state.outDir)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify({ version: STATE_VERSION, ...state })}\n`)
}

/** Removed before a build touches the site: a build that stops half-way leaves no state, so the next one is full. */
export function removeState(cacheDir: string, outDir: string): void {
  rmSync(stateFile(cacheDir, outDir), { force: true })
}

/** Whether `outDir` holds exactly the files the state lists, with their bytes: nobody changed the site since. */
export function siteIsIntact(outDir: string, state: SiteBuildState): boolean {
  if (!existsSync(outDir)) return false
  const files = listFiles(outDir)
  const expected = Object.keys(state.files)
  if (files.length !== expected.length) return false
  return files.every((file) => state.files[file] === sha256(readFileSync(path.join(outDir, file))))
}
