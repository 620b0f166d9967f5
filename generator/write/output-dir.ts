import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { MARKER_FILE } from '../emit/marker.ts'


export interface WriteResult {
  /** Files whose bytes are new or changed. */
  readonly written: readonly string[]
  readonly unchanged: number
  /** Files of the old output that the new one no longer has. */
  readonly removed: readonly string[]
}

export class OutputDirError extends Error {}

/**
 * Replaces `dir` with exactly `files`, all or nothing: the new tree is built beside it and swapped in
 * with renames, so a failure leaves the old output intact. Files whose bytes did not change are
 * hard-linked from the old tree, so they are not rewritten.
 */
export function writeOutput(dir: string, files: ReadonlyMap<string, string>): WriteResult {
  const target = path.resolve(dir)
  const previous = existsSync(target) ? listFiles(target) : []
  if (previous.length > 0 && !previous.includes(MARKER_FILE)) {
    throw new OutputDirError(`refusing to replace ${dir}: it is not empty and has no ${MARKER_FILE} file, so it was not made by this generator`)
  }
  const staging = `${target}.staging-${process.pid}`
  rmSync(staging, { recursive: true, force: true })
  const written: string[] = []
  let unchanged = 0
  try {
    for (const [file, text] of files) {
      const destination = path.join(staging, file)
      mkdirSync(path.dirname(destination), { recursive: true })
      const old = path.join(target, file)
      if (previous.length > 0 && sameBytes(old, text)) {
        linkSync(old, destination)
        unchanged++
      } else {
        writeFileSync(destination, text)
        written.push(file)
      }
    }
    swap(target, staging)
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  const removed = previous.filter((file) => !files.has(file))
  return { written, unchanged, removed }
}

/** Files whose bytes differ from `files`: changed, missing, or present but not generated. Writes nothing. */
export function staleFiles(dir: string, files: ReadonlyMap<string, string>): string[] {
  const target = path.resolve(dir)
  const present = existsSync(target) ? listFiles(target) : []
  const stale = [...files.keys()].filter((file) => !sameBytes(path.join(target, file), files.get(file)!))
  const extra = present.filter((file) => !files.has(file))
  return [...stale, ...extra].sort()
}

/** Every file below `dir`, as forward-slash paths relative to it. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

function sameBytes(file: string, text: string): boolean {
  try {
    const stat = statSync(file)
    // Compare sizes first: most changed files differ in length.
    return stat.size === Buffer.byteLength(text) && readFileSync(file, 'utf8') === text
  } catch {
    return false
  }
}

function swap(target: string, staging: string): void {
  if (!existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true })
    renameSync(staging, target)
    return
  }
  const retired = `${target}.retired-${process.pid}`
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
