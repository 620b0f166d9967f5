import type { Link } from './types.ts'

const TRAILING_LINKS = /(?:\s*\[[^\]\n]+\]\([^)\s]+\))+\s*$/
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g

/**
 * Splits the Markdown links at the end of a description from its text:
 * `退款 [官方文档](https://…)` → text `退款`, links `[{ text: '官方文档', url: 'https://…' }]`.
 * That is how a spec gives the links a page shows after its description.
 */
export function splitTrailingLinks(description: string): { text: string; links: Link[] } {
  const match = TRAILING_LINKS.exec(description)
  if (!match) return { text: description.trim(), links: [] }
  const links = [...match[0].matchAll(LINK)].map(([, text, url]) => ({ text: text!, url: url! }))
  return { text: description.slice(0, match.index).trim(), links }
}
