import { isIdentifier } from '../../model/naming.ts'

/** Text that needs no escape in either quote: no quote, backslash, control character or surrogate. */
const PLAIN = /^[^"'\\\u0000-\u001f\ud800-\udfff]*$/
const ESCAPED_DOUBLE = /\\"/g
const QUOTE_PATTERN = { "'": /'/g, '"': /"/g } as const

/** A JavaScript string literal in `mark` quotes: JSON's escapes, with the other quote left bare. */
export function quote(text: string, mark: "'" | '"' = "'"): string {
  // Most texts (names, enum values) escape nothing, and the printers quote every one of them.
  if (PLAIN.test(text)) return `${mark}${text}${mark}`
  const escaped = JSON.stringify(text).slice(1, -1).replace(ESCAPED_DOUBLE, '"')
  return `${mark}${escaped.replace(QUOTE_PATTERN[mark], `\\${mark}`)}${mark}`
}

/** A property name as written in an object type or literal: bare where it is an identifier, else quoted. */
export function propertyName(name: string, mark: "'" | '"' = "'"): string {
  return isIdentifier(name) ? name : quote(name, mark)
}
