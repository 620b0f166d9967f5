import { oneLine } from '../shared/text.ts'

/** Text shown through `v-html` (VitePress renders sidebar texts as HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * Spec text as one line of Markdown inline text (a table cell, a heading): Markdown punctuation is escaped, `|` too
 * (it would end a table cell), HTML is shown as text, and braces become entities: `{{` would start a Vue interpolation
 * and a trailing `{…}` would be read as attributes by markdown-it-attrs.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
}

/** A code span for a URL path; `|` is escaped as GFM tables need even inside code. */
export function codeSpan(text: string): string {
  const fence = text.includes('`') ? '`` ' : '`'
  return `${fence}${oneLine(text).replace(/\|/g, '\\|')}${fence.split('').reverse().join('')}`
}
