import type { GenerationCache } from '../../cache.ts'

/**
 * What `build` makes, or, in a session, the very string it made last run when `parts` (what the text is made
 * from) equal last run's parts. The declaration file and the simulator's data are megabytes: building them again
 * after an edit that did not reach them, and comparing the new string with the one written, would cost more than
 * the rest of the regeneration. Comparing the parts is cheap: most are objects the cache kept, the others short.
 */
export function reusedText(cache: GenerationCache | undefined, key: string, parts: readonly string[], build: () => string): string {
  if (!cache) return build()
  const last = cache.texts.get(key)
  if (last && last.parts.length === parts.length && parts.every((part, index) => part === last.parts[index])) return last.text
  const text = build()
  cache.texts.set(key, { parts, text })
  return text
}
