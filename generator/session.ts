import { readFileSync } from 'node:fs'
import { createCache, type GenerationCache } from './cache.ts'
import type { YamlFile } from './load/yaml-file.ts'
import type { Resolver } from './resolve/resolver.ts'

/**
 * What one generation leaves for the next in the same process (`--watch`): every spec file it read, and the
 * cache (cache.ts) of the model and the emitters. The next generation re-reads the files, parses only those whose
 * text changed, and rebuilds only the Path Items that depend on them; the emitters reuse, from the cache, what
 * they made from the Path Items that were kept.
 */
export class GenerationSession {
  private readonly files = new Map<string, YamlFile>()
  readonly cache: GenerationCache = createCache()

  get isEmpty(): boolean {
    return this.files.size === 0
  }

  /** The files whose text is no longer what was parsed (or that are gone), and the parsed files still good. */
  compare(): { changed: Set<string>; unchanged: Map<string, YamlFile> } {
    const changed = new Set<string>()
    const unchanged = new Map<string, YamlFile>()
    for (const [file, parsed] of this.files) {
      let text: string | undefined
      try {
        text = readFileSync(file, 'utf8')
      } catch {
        text = undefined
      }
      if (text === parsed.text) unchanged.set(file, parsed)
      else changed.add(file)
    }
    return { changed, unchanged }
  }

  /** Keeps every file the resolver read, for the next comparison. */
  remember(resolver: Resolver): void {
    for (const file of resolver.loadedFiles()) {
      this.files.set(file, resolver.source(file)!)
    }
  }
}
