import type { GenerationCache } from '../../cache.ts'

export interface JoinedParts {
  readonly pieces: readonly string[]
  readonly separator: string
  /** Text before the first piece and after the last. */
  readonly before?: string
  readonly after?: string
}

/**
 * `before + pieces.join(separator) + after`. In a session, when every part equals last run's, the very string
 * made then: the declaration file and the simulator's data are megabytes, and building and comparing them again
 * after an edit that did not reach them costs more than the rest of the regeneration. Comparing the parts is
 * cheap: most pieces are the objects the cache kept, the others short.
 */
export function joinedText(cache: GenerationCache | undefined, key: string, parts: JoinedParts): string {
  const { pieces, separator, before = '', after = '' } = parts
  const last = cache?.joinedTexts.get(key)
  if (
    last &&
    last.separator === separator &&
    last.before === before &&
    last.after === after &&
    last.pieces.length === pieces.length &&
    pieces.every((piece, index) => piece === last.pieces[index])
  ) {
    return last.text
  }
  const text = `${before}${pieces.join(separator)}${after}`
  cache?.joinedTexts.set(key, { pieces, separator, before, after, text })
  return text
}
