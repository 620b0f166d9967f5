import type { SpecError } from '../load/spec-error.ts'
import type { YamlFile } from '../load/yaml-file.ts'
import type { SpecWarning } from './findings.ts'

/** What validating one Path Item found, and the files it read to find it. */
export interface ItemValidation {
  /** The Path Item's entry and what it was checked against (the declared tags): reused only if the same. */
  readonly key: string
  /** Each file it read, as parsed then (a file that could not be read: undefined, never good again). */
  readonly files: ReadonlyMap<string, YamlFile | undefined>
  readonly errors: readonly SpecError[]
  readonly warnings: readonly SpecWarning[]
}

/**
 * The validation of each Path Item from the previous run in the same process (`--watch`): one whose entry, declared
 * tags and files are all unchanged found what it found before, and is not walked again.
 */
export class ValidationCache {
  private readonly items = new Map<string, ItemValidation>()

  /**
   * The previous result for `name`, if its key matches and every file it read is still the very parse it read
   * (`unchanged`: the session's files whose text did not change). Comparing parses, not names, keeps a result
   * made from a text the session never kept (a failed run's) from being reused once the text is back.
   */
  reuse(name: string, key: string, unchanged: ReadonlyMap<string, YamlFile>): ItemValidation | undefined {
    const item = this.items.get(name)
    if (!item || item.key !== key) return undefined
    for (const [file, parsed] of item.files) if (parsed === undefined || unchanged.get(file) !== parsed) return undefined
    return item
  }

  keep(name: string, item: ItemValidation): void {
    this.items.set(name, item)
  }
}
