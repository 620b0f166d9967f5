import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Dirent } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { MARKER_FILE } from './marker.ts'

export interface WriteResult {
  /** Files whose bytes are new or changed. */
  readonly written: readonly string[]
  readonly unchanged: number
  /** Files of the old output that the new one no longer has. */
  readonly removed: readonly string[]
  /** Files that are not generated but kept where they were: the tarballs `npm pack` leaves at the top of the output. */
  readonly kept: readonly string[]
}

/**
 * `npm pack` run inside the output leaves `NAME-VERSION.tgz` there. It is git-ignored and not packed (package.json
 * lists its files), so a run keeps it, says so, and `--check` does not count it as stale.
 */
export function isPackTarball(file: string): boolean {
  return /^[^/]+\.tgz$/.test(file)
}

export class OutputDirError extends Error {}

// The trees beside the output while it is replaced: the new one being built, the old one being removed.
const STAGING_SUFFIX = '.staging-'
const RETIRED_SUFFIX = '.retired-'

/** Whether `file` lies in the output directory `dir` or in one of the trees made beside it while writing. */
export function isOutputPath(dir: string, file: string): boolean {
  const target = path.resolve(dir)
  const relative = path.relative(path.dirname(target), path.resolve(file))
  const top = relative.split(path.sep)[0]!
  const name = path.basename(target)
  return (
    !relative.startsWith('..') && !path.isAbsolute(relative) && (top === name || top.startsWith(name + STAGING_SUFFIX) || top.startsWith(name + RETIRED_SUFFIX))
  )
}

/** File operations in flight at once: enough to keep the disk busy, far below the open-file limit. */
const CONCURRENCY = 64

/**
 * Replaces `dir` with exactly `files`, all or nothing: the new tree is built beside it and swapped in
 * with renames, so a failure leaves the old output intact. Files whose bytes did not change are
 * hard-linked from the old tree, so they are not rewritten.
 */
export async function writeOutput(dir: string, files: ReadonlyMap<string, string>): Promise<WriteResult> {
  const target = path.resolve(dir)
  const previous = existsSync(target) ? listFiles(target) : []
  if (previous.length > 0 && !previous.includes(MARKER_FILE)) {
    throw new OutputDirError(`refusing to replace ${dir}: it is not empty and has no ${MARKER_FILE} file, so it was not made by this generator`)
  }
  const staging = `${target}${STAGING_SUFFIX}${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  const written: string[] = []
  try {
    for (const folder of new Set([...files.keys()].map((file) => path.dirname(path.join(staging, file))))) mkdirSync(folder, { recursive: true })
    const kept = new Set(previous)
    const tarballs = previous.filter((file) => isPackTarball(file) && !files.has(file))
    for (const file of tarballs) linkSync(path.join(target, file), path.join(staging, file))
    // Synchronous on purpose: for some 900 small files, one call each costs less CPU than three thread-pool round
    // trips (open, write, close) each plus their promises, and a full run has nothing else to do meanwhile.
    const encode = encoderOnce()
    for (const [file, text] of files) {
      const old = path.join(target, file)
      const destination = path.join(staging, file)
      if (kept.has(file) && sameBytesSync(old, text)) linkSync(old, destination)
      else {
        writeFileSync(destination, encode(text))
        written.push(file)
      }
    }
    swap(target, staging)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  return {
    written: written.sort(),
    unchanged: files.size - written.length,
    removed: previous.filter((file) => !files.has(file) && !isPackTarball(file)),
    kept: previous.filter((file) => !files.has(file) && isPackTarball(file)),
  }
}

/**
 * Brings `dir`, which holds `previous` (what the last run wrote), to `files` by writing the files that
 * changed and deleting the ones that went: for `--watch`, where a run changes a few files of many.
 */
export async function updateOutput(dir: string, previous: ReadonlyMap<string, string>, files: ReadonlyMap<string, string>): Promise<WriteResult> {
  const target = path.resolve(dir)
  const written = [...files].filter(([file, text]) => previous.get(file) !== text).map(([file]) => file)
  const removed = [...previous.keys()].filter((file) => !files.has(file))
  for (const folder of new Set(written.map((file) => path.dirname(path.join(target, file))))) mkdirSync(folder, { recursive: true })
  // Synchronous, like writeOutput: a run rewrites a few files, and the process has nothing else to do meanwhile.
  const encode = encoderOnce()
  for (const file of written) writeFileSync(path.join(target, file), encode(files.get(file)!))
  for (const file of removed) rmSync(path.join(target, file), { force: true })
  return { written, unchanged: files.size - written.length, removed, kept: [] }
}

/** Files whose bytes differ from `files`: changed, missing, or present but not generated (but for `npm pack`'s tarballs). Writes nothing. */
export async function staleFiles(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
  const target = path.resolve(dir)
  const present = existsSync(target) ? listFiles(target) : []
  const stale: string[] = []
  await forEach([...files], async ([file, text]) => {
    if (!(await sameBytes(path.join(target, file), text))) stale.push(file)
  })
  const extra = present.filter((file) => !files.has(file) && !isPackTarball(file))
  return [...stale, ...extra].sort()
}

/** Every file below `dir`, as forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

/** Large texts written under two names (index.d.ts and index.d.mts are one string) are encoded to UTF-8 once. */
const SHARED_TEXT_MIN = 64 * 1024

function encoderOnce(): (text: string) => string | Buffer {
  const encoded: [string, Buffer][] = []
  return (text) => {
    if (text.length < SHARED_TEXT_MIN) return text
    for (const [seen, bytes] of encoded) if (seen === text) return bytes
    const bytes = Buffer.from(text, 'utf8')
    encoded.push([text, bytes])
    return bytes
  }
}

function sameBytesSync(file: string, text: string): boolean {
  try {
    return statSync(file).size === Buffer.byteLength(text) && readFileSync(file, 'utf8') === text
  } catch {
    return false
  }
}

async function sameBytes(file: string, text: string): Promise<boolean> {
  try {
    // Compare sizes first: most changed files differ in length.
    return (await stat(file)).size === Buffer.byteLength(text) && (await readFile(file, 'utf8')) === text
  } catch {
    return false
  }
}

async function forEach<T>(items: readonly T[], action: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) await action(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane))
}

function swap(target: string, staging: string): void {
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true })
    renameSync(staging, target)
    return
  }
  const retired = `${target}${RETIRED_SUFFIX}${process.pid}`
  rmSync(retired, { recursive: true, force: true })
  renameSync(target, retired)
  try {
    renameSync(staging, target)
  } catch (error) {
    renameSync(retired, target)
    throw error
  }
  rmSync(retired, { recursive: true, force: true })
}
