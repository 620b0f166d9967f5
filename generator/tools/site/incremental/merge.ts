import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pageChunkName } from './partial-plugin.ts'
import { listFiles } from '../../../write/output-dir.ts'
import { sha256 } from './state.ts'

/**
 * Folds a partial build (only the changed pages bundled and rendered, into `stagingDir`) into the full site of the
 * last build (`outDir`), so that `outDir` holds what a full build of the new sources would hold:
 *
 * - the changed pages' chunks and HTML come from the partial build, every other page's chunks from the last build;
 * - the shared files (app, theme, framework, search index, styles, fonts) are the partial build's, which bundled
 *   the same app and theme and indexed every page: a file whose hash changed replaces its old copy, and every
 *   page's HTML is pointed at the new names;
 * - the site's metadata (the page → chunk hash map VitePress loads in every page) is the last build's with the
 *   changed pages' hashes, in VitePress's own format and file naming.
 *
 * Returns the built site's files with their hashes, or a reason why the partial build cannot be folded in (then
 * `outDir` is unchanged and the caller builds in full). It cannot when a chunk the kept pages import (the
 * framework) came out different, or the shared files are not the same set.
 */
export function mergePartialBuild(input: {
  readonly outDir: string
  readonly stagingDir: string
  /** The built site's files with their hashes (checked against `outDir` by the caller). */
  readonly files: Readonly<Record<string, string>>
  readonly changedPages: readonly string[]
  /** The site's base path, `/` or `/docs/`: how HTML refers to its assets. */
  readonly base: string
}): { files: Record<string, string> } | { refused: string } {
  const { outDir, stagingDir, changedPages, base } = input
  const oldFiles = Object.keys(input.files)
  const newFiles = listFiles(stagingDir)
  const changedKeys = new Set(changedPages.map(pageChunkName))
  const changedHtml = new Set(changedPages.map(htmlOf))

  const oldHashMap = readJson(path.join(outDir, HASH_MAP_FILE))
  const partialHashMap = readJson(path.join(stagingDir, HASH_MAP_FILE))
  if (Object.keys(partialHashMap).sort().join('\n') !== [...changedKeys].sort().join('\n')) {
    return { refused: 'the partial build bundled other pages than the changed ones' }
  }
  const hashMap = Object.fromEntries(Object.entries({ ...oldHashMap, ...partialHashMap }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))

  // Shared files by their name without the hash: the two builds must have the same set.
  const oldShared = sharedByName(oldFiles)
  const newShared = sharedByName(newFiles)
  if (oldShared === undefined || newShared === undefined) return { refused: 'two shared files share a name' }
  if ([...oldShared.keys()].sort().join('\n') !== [...newShared.keys()].sort().join('\n')) {
    return { refused: 'the partial build made other shared files' }
  }
  // The kept pages' chunks import shared chunks by name (and by their export names): each must be there unchanged.
  const keptChunks = oldFiles.filter((file) => {
    const key = pageChunkKey(file)
    return key !== undefined && !changedKeys.has(key)
  })
  const stagingSet = new Set(newFiles)
  const foreign = newFiles.find((file) => {
    const key = pageChunkKey(file)
    return key !== undefined && !changedKeys.has(key)
  })
  if (foreign !== undefined) return { refused: `the partial build bundled ${foreign}` }
  for (const chunk of keptChunks) {
    for (const imported of chunkImports(readFileSync(path.join(outDir, chunk), 'utf8'), chunk)) {
      if (!stagingSet.has(imported)) return { refused: `${imported}, which ${chunk} imports, changed` }
    }
  }

  const partialMetadata = newFiles.find(isMetadata)
  const oldMetadata = oldFiles.find(isMetadata)
  if (partialMetadata === undefined || oldMetadata === undefined) return { refused: 'no metadata chunk' }
  const metadataText = readFileSync(path.join(stagingDir, partialMetadata), 'utf8')
  const partialPrefix = metadataPrefix(partialHashMap)
  if (!metadataText.startsWith(partialPrefix)) return { refused: "the metadata chunk is not in VitePress's format" }
  const metadata = metadataPrefix(hashMap) + metadataText.slice(partialPrefix.length)
  const metadataFile = `assets/chunks/metadata.${sha256(metadata).slice(0, 8)}.js`

  // Every old name that HTML may refer to → its new name.
  const renames: [string, string][] = [[oldMetadata, metadataFile]]
  for (const [name, oldFile] of oldShared) {
    const newFile = newShared.get(name)!
    if (newFile !== oldFile) renames.push([oldFile, newFile])
  }
  const renamesFromStaging: [string, string][] = [[partialMetadata, metadataFile]]

  // Nothing was written so far; from here on the site is changed.
  const files: Record<string, string> = {}
  const references = new Set<string>()
  const write = (file: string, bytes: string | Buffer): void => {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
    writeFileSync(path.join(outDir, file), bytes)
    files[file] = sha256(bytes)
  }
  for (const file of oldFiles) {
    const key = pageChunkKey(file)
    const keep =
      (key !== undefined && !changedKeys.has(key)) || (file.endsWith('.html') && !changedHtml.has(file) && file !== NOT_FOUND_HTML) || file === SITEMAP
    if (keep) files[file] = input.files[file]!
    else rmSync(path.join(outDir, file))
  }
  for (const file of newFiles) {
    if (file === HASH_MAP_FILE || file === SITEMAP || file === partialMetadata) continue
    if (file.endsWith('.html')) {
      if (changedHtml.has(file) || file === NOT_FOUND_HTML) {
        write(file, repoint(readFileSync(path.join(stagingDir, file)), renamesFromStaging, base, references))
      }
      continue
    }
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true })
    copyFileSync(path.join(stagingDir, file), path.join(outDir, file))
    files[file] = sha256(readFileSync(path.join(outDir, file)))
  }
  write(metadataFile, metadata)
  write(HASH_MAP_FILE, `${JSON.stringify(hashMap)}\n`)
  for (const file of Object.keys(files)) {
    if (!file.endsWith('.html') || changedHtml.has(file) || file === NOT_FOUND_HTML) continue
    write(file, repoint(readFileSync(path.join(outDir, file)), renames, base, references))
  }
  const missing = [...references].filter((asset) => !(asset in files)).sort()
  if (missing.length > 0) throw new Error(`the merged site refers to files it does not have: ${missing.join(', ')}`)
  return { files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) }
}

const HASH_MAP_FILE = 'hashmap.json'
const NOT_FOUND_HTML = '404.html'
const SITEMAP = 'sitemap.xml'
const PAGE_CHUNK = /^assets\/([^/]+\.md)\.[-\w]+(?:\.lean)?\.js$/
const HASHED = /^(.+)\.[-\w]{8}(\.\w+)$/

/** `openapi/v3/x.md` → `openapi/v3/x.html`, as VitePress names a page's HTML. */
function htmlOf(page: string): string {
  return page.replace(/\\/g, '/').replace(/\.md$/, '.html')
}

/** A page chunk's key in the hash map (its page's input key, lower case), or undefined for any other file. */
function pageChunkKey(file: string): string | undefined {
  return PAGE_CHUNK.exec(file)?.[1]?.toLowerCase()
}

function isMetadata(file: string): boolean {
  return /^assets\/chunks\/metadata\.[0-9a-f]{8}\.js$/.test(file)
}

/** The shared files (every file but pages' chunks and HTML, and the files merged apart) by their name without the hash. */
function sharedByName(files: readonly string[]): Map<string, string> | undefined {
  const byName = new Map<string, string>()
  for (const file of files) {
    if (pageChunkKey(file) !== undefined || file.endsWith('.html') || isMetadata(file)) continue
    if (file === HASH_MAP_FILE || file === SITEMAP) continue
    const name = file.replace(HASHED, '$1$2')
    if (byName.has(name)) return undefined
    byName.set(name, file)
  }
  return byName
}

/** The files a chunk imports, statically or dynamically, as paths under the site's root. */
function chunkImports(code: string, chunk: string): string[] {
  const imports: string[] = []
  for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    imports.push(path.posix.join(path.posix.dirname(chunk), match[1]!))
  }
  return imports
}

/** The text VitePress's metadata chunk starts with, for `hashMap`. */
function metadataPrefix(hashMap: Record<string, string>): string {
  return `window.__VP_HASH_MAP__=JSON.parse(${JSON.stringify(JSON.stringify(hashMap))});`
}

/**
 * A page's HTML with every reference to an old file name (`<base>assets/…`) turned into its new name; the files it
 * refers to are added to `references`. VitePress links its assets in the head: the body (most of the bytes, the
 * sidebar's HTML) is copied as it is unless it names an asset too.
 */
function repoint(html: Buffer, renames: readonly [string, string][], base: string, references: Set<string>): Buffer {
  const headEnd = html.indexOf('</head>')
  const split = headEnd >= 0 && html.indexOf(`${base}assets/`, headEnd) < 0 ? headEnd : html.length
  const head = rename(html.toString('utf8', 0, split), renames, base)
  for (const asset of referencedAssets(head, base)) references.add(asset)
  return split === html.length ? Buffer.from(head) : Buffer.concat([Buffer.from(head), html.subarray(split)])
}

/** `html` with every reference to an old file name (`<base>assets/…`) turned into its new name. */
function rename(html: string, renames: readonly [string, string][], base: string): string {
  let text = html
  for (const [from, to] of renames) text = text.split(`${base}${from}`).join(`${base}${to}`)
  return text
}

/** The site's own files a page's HTML links or loads (`href="<base>assets/…"`, `src="<base>assets/…"`). */
function referencedAssets(html: string, base: string): string[] {
  const assets: string[] = []
  const prefix = `${base}assets/`
  for (const match of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    if (match[1]!.startsWith(prefix)) assets.push(match[1]!.slice(base.length))
  }
  return assets
}

function readJson(file: string): Record<string, string> {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}
}
