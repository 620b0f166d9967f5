import { readFileSync, statSync, type Stats } from 'node:fs'
import { createCache, type GenerationCache } from './cache.ts'
import type { YamlFile } from './load/yaml-file.ts'
import type { Resolver } from './resolve/resolver.ts'

/** A file as this session last read it: its parsed text and what `stat` said of it then. */
interface SeenFile {
  readonly parsed: YamlFile
  readonly stamp: string | undefined
  /** Whether a later `stat` alone may say the file is unchanged: it was last changed long before it was read (seenNow). */
  readonly stampTrusted: boolean
}

/**
 * A file whose modification was less than this long before we read it may be written again within the same tick
 * of the file system's clock, leaving its size and times as they were: such a file is compared by its text, as git
 * does with a "racily clean" file.
 */
const RACY_MS = 2000

/**
 * What one generation leaves for the next in the same process (`--watch`): every spec file it read, and the
 * cache (cache.ts) of the model and the emitters. The next generation finds the files that changed, parses only
 * those, and rebuilds only the Path Items that depend on them; the emitters reuse, from the cache, what they made
 * from the Path Items that were kept.
 */
export class GenerationSession {
  private readonly files = new Map<string, SeenFile>()
  readonly cache: GenerationCache = createCache()
  private readonly racyMs: number

  /** `racyMs`: how recent a change makes a file compared by its text (RACY_MS; a test sets a negative one to trust every stamp at once). */
  constructor({ racyMs = RACY_MS }: { racyMs?: number } = {}) {
    this.racyMs = racyMs
  }

  get isEmpty(): boolean {
    return this.files.size === 0
  }

  /**
   * The files whose text is no longer what was parsed (or that are gone), and the parsed files still good. A file
   * whose size, times and inode are what they were when it was read long after its last change is not read again:
   * on a large spec, re-reading every file is most of what an edit of one costs.
   */
  compare(): { changed: Set<string>; unchanged: Map<string, YamlFile> } {
    const changed = new Set<string>()
    const unchanged = new Map<string, YamlFile>()
    for (const [file, seen] of this.files) {
      if (seen.stampTrusted && stampOf(file) === seen.stamp) {
        unchanged.set(file, seen.parsed)
        continue
      }
      let text: string | undefined
      try {
        text = readFileSync(file, 'utf8')
      } catch {
        text = undefined
      }
      if (text === seen.parsed.text) {
        unchanged.set(file, seen.parsed)
        // Touched but the same (a save without changes, a checkout): its new stamp, so that it is not read every run.
        this.files.set(file, seenNow(file, seen.parsed, this.racyMs))
      } else changed.add(file)
    }
    return { changed, unchanged }
  }

  /** Keeps every file the resolver read, for the next comparison. */
  remember(resolver: Resolver): void {
    for (const file of resolver.loadedFiles()) {
      const parsed = resolver.source(file)!
      const previous = this.files.get(file)
      // A file kept from the last run keeps its stamp: it was not read again, or was read and found the same.
      if (previous?.parsed === parsed && previous.stampTrusted) continue
      this.files.set(file, seenNow(file, parsed, this.racyMs))
    }
  }
}

/** `parsed` with the file's stamp now, trusted if the file was last changed long enough ago. */
function seenNow(file: string, parsed: YamlFile, racyMs: number): SeenFile {
  const now = Date.now()
  const stats = statOf(file)
  return { parsed, stamp: stats && stampFrom(stats), stampTrusted: stats !== undefined && Math.max(stats.mtimeMs, stats.ctimeMs) < now - racyMs }
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch {
    return undefined
  }
}

function stampFrom(stats: Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`
}

function stampOf(file: string): string | undefined {
  const stats = statOf(file)
  return stats && stampFrom(stats)
}
