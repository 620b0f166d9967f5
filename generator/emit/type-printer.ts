import { isIdentifier } from '../model/naming.ts'
import type { Docs, Property, TypeNode } from '../model/types.ts'

export interface PrintOptions {
  /** Spaces before the members of the object being printed. */
  readonly indent: number
  /** Write each property's description, examples and deprecation as JSDoc (typings), or nothing (pages). */
  readonly docs: boolean
  /** How an array without an item type is written: `[]` on pages, `unknown[]` in the typings. */
  readonly untypedArray: string
  /** After each member of an inline object: nothing on pages, `;` in the typings (as prettier writes them). */
  readonly separator: '' | ';'
  /** String literal quotes: `'` on pages, `"` in the typings (as prettier writes them). */
  readonly quote: "'" | '"'
}

/** A TypeNode as TypeScript source; objects are written inline, one member per line. */
export function printType(type: TypeNode, options: PrintOptions): string {
  switch (type.kind) {
    case 'keyword':
      return type.name
    case 'literal':
      return typeof type.value === 'string' ? quote(type.value, options.quote) : String(type.value)
    case 'date':
      return 'string | Date'
    case 'stream':
      return 'ReadStream'
    case 'object': {
      const lines = printMembers(type.properties, type.additional, options)
      return lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n${' '.repeat(options.indent - 2)}}`
    }
    case 'array':
      return type.items ? `${wrap(type.items, options)}[]` : options.untypedArray
    case 'union':
      return type.members.map((member) => printType(member, options)).join(' | ')
    case 'intersection':
      return type.members.map((member) => wrap(member, options)).join(' & ')
    case 'reference':
      return type.name
  }
}

/** The member lines of an object type: `name?: type`, with optional JSDoc above. */
export function printMembers(properties: readonly Property[], additional: TypeNode | undefined, options: PrintOptions): string[] {
  const pad = ' '.repeat(options.indent)
  const nested = { ...options, indent: options.indent + 2 }
  const lines: string[] = []
  for (const property of properties) {
    if (options.docs) lines.push(...printDocs(property, pad))
    lines.push(`${pad}${propertyName(property.name, options.quote)}${property.optional ? '?' : ''}: ${printType(property.type, nested)}${options.separator}`)
  }
  if (additional) lines.push(`${pad}[key: string]: ${printType(additional, nested)}${options.separator}`)
  return lines
}

/** A JSDoc block (`/** … *\/`) for a documented member; nothing when there is nothing to say. */
export function printDocs(docs: Docs, pad: string): string[] {
  const body: string[] = []
  if (docs.description) body.push(...docs.description.split(/\r?\n/))
  for (const example of docs.examples ?? []) body.push(`@example ${typeof example === 'string' ? example : JSON.stringify(example)}`)
  if (docs.deprecated) body.push('@deprecated')
  if (body.length === 0) return []
  // `*/` would end the comment early.
  return [`${pad}/**`, ...body.map((line) => `${pad} * ${line.replace(/\*\//g, '*\\/')}`.trimEnd()), `${pad} */`]
}

export function propertyName(name: string, quoteMark: "'" | '"' = "'"): string {
  return isIdentifier(name) ? name : quote(name, quoteMark)
}

function quote(text: string, mark: "'" | '"'): string {
  return JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(new RegExp(mark, 'g'), `\\${mark}`).replace(/^/, mark) + mark
}

/** Parenthesised where `[]` or `&` would otherwise bind to part of the type. */
function wrap(type: TypeNode, options: PrintOptions): string {
  const printed = printType(type, options)
  return type.kind === 'union' || type.kind === 'intersection' || type.kind === 'date' ? `(${printed})` : printed
}
