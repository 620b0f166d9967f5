import type { Parameter, Property, TypeNode } from '../../model/types.ts'
import { docLines, jsDoc } from './jsdoc.ts'
import { propertyName, quote } from './quote.ts'

export interface PrintOptions {
  /** Spaces before the members of the object being printed. */
  readonly indent: number
  /** Write each property's description, examples and deprecation as JSDoc (typings), or nothing (pages). */
  readonly docs: boolean
  /** How an array without an item type is written: `[]` on pages, `unknown[]` in the typings. */
  readonly untypedArray: string
  /** After each member of an object: nothing on pages, `;` in the typings (as prettier writes them). */
  readonly separator: '' | ';'
  /** String literal quotes: `'` on pages, `"` in the typings (as prettier writes them). */
  readonly quote: "'" | '"'
  /** Break a member longer than this as prettier does (typings); pages leave every line as it is. */
  readonly width?: number
  /** A one-line JSDoc as `/** text *\/` (the typings, for the members of an interface; an inline object's keep the block). */
  readonly compactDocs?: boolean
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
  const lines: string[] = []
  for (const property of properties) {
    if (options.docs) lines.push(...jsDoc(docLines(property), pad, { compact: options.compactDocs ?? false }))
    lines.push(...printTyped(`${pad}${propertyName(property.name, options.quote)}${property.optional ? '?' : ''}:`, property.type, options))
  }
  if (additional) lines.push(...printTyped(`${pad}[key: string]:`, additional, options))
  return lines
}

/**
 * `head type;` — a member (`  name?:`) or a type alias (`  export type X =`) — for the members of an object at
 * `options.indent`. A line longer than `options.width` is broken as prettier breaks it, where the type is a union of
 * one-word members (`"A" | "B"`, `string | null`) or an array of one: the union moves to the next line, or takes a
 * line per member; an array's union goes between `(` and `)[]`. Any other line is left as it is.
 */
export function printTyped(head: string, type: TypeNode, options: PrintOptions): string[] {
  const end = options.separator
  const line = `${head} ${printType(type, innerOptions(options))}${end}`
  // Only a union of words is broken, and such a line has no newline: a multi-line line (an object) stays as it is
  // without searching it for one, which would flatten its text again at every level of nesting.
  if (options.width === undefined || line.length <= options.width) return [line]
  const pad = /^ */.exec(head)![0]
  const inner = `${pad}  `
  let arrays = 0
  let union = type
  while (union.kind === 'array' && union.items) {
    union = union.items
    arrays++
  }
  const words = union.kind === 'union' ? unionWords(union.members, options) : undefined
  if (!words) return [line]
  const together = `${inner}${words.join(' | ')}`
  if (arrays > 0) {
    const close = `${pad})${'[]'.repeat(arrays)}${end}`
    const body = together.length <= options.width ? [together] : words.map((word) => `${inner}| ${word}`)
    return [`${head} (`, ...body, close]
  }
  if (together.length + end.length <= options.width) return [head, `${together}${end}`]
  return [head, ...words.map((word, index) => `${inner}| ${word}${index === words.length - 1 ? end : ''}`)]
}

/** The members of a union as prettier lists them, one word each; undefined when one is more than a word. */
function unionWords(members: readonly TypeNode[], options: PrintOptions): string[] | undefined {
  const words: string[] = []
  for (const member of members) {
    if (member.kind === 'literal' || member.kind === 'keyword' || member.kind === 'reference' || member.kind === 'stream')
      words.push(printType(member, options))
    else if (member.kind === 'date') words.push('string', 'Date')
    else return undefined
  }
  return words
}

const INNER = new WeakMap<PrintOptions, PrintOptions>()

/** The options for what a member's type contains: two more spaces, JSDoc blocks. Made once per options object. */
function innerOptions(options: PrintOptions): PrintOptions {
  let inner = INNER.get(options)
  if (inner === undefined) {
    inner = { ...options, indent: options.indent + 2, compactDocs: false }
    INNER.set(options, inner)
  }
  return inner
}

/** Parenthesised where `[]` or `&` would otherwise bind to part of the type. */
function wrap(type: TypeNode, options: PrintOptions): string {
  const printed = printType(type, options)
  return type.kind === 'union' || type.kind === 'intersection' || type.kind === 'date' ? `(${printed})` : printed
}

/** `config?: Return.PostHttpMethod.RequestConfig` */
export function printParameter(parameter: Parameter): string {
  return `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}`
}
