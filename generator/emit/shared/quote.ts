import { isIdentifier } from '../../model/naming.ts'

/** A JavaScript string literal in `mark` quotes: JSON's escapes, with the other quote left bare. */
export function quote(text: string, mark: "'" | '"' = "'"): string {
  const escaped = JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"')
  return `${mark}${escaped.replace(new RegExp(mark, 'g'), `\\${mark}`)}${mark}`
}

/** A property name as written in an object type or literal: bare where it is an identifier, else quoted. */
export function propertyName(name: string, mark: "'" | '"' = "'"): string {
  return isIdentifier(name) ? name : quote(name, mark)
}
