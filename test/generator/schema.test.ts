import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { SchemaConverter } from '../../generator/model/schema.ts'
import { printType } from '../../generator/emit/shared/type-printer.ts'
import { Resolver } from '../../generator/resolve/resolver.ts'
import { scratchDir } from '../helpers.ts'

const PAGE = { indent: 2, docs: false, untypedArray: '[]', separator: '', quote: "'" } as const

/** Converts one schema (written to a real file, so `$ref`s resolve as in a spec) and prints it as a page would. */
function typeOf(schema: unknown, definitions: Record<string, unknown> = {}): string {
  const dir = scratchDir('schema')
  writeFileSync(path.join(dir, 'defs.yaml'), stringify(definitions))
  writeFileSync(path.join(dir, 'schema.yaml'), stringify({ schema }))
  const resolver = new Resolver(path.join(dir, 'schema.yaml'))
  return printType(new SchemaConverter(resolver).convert(resolver.child(resolver.root, 'schema')!), PAGE)
}

describe('schema → TypeScript type', () => {
  const cases: [name: string, given: unknown, want: string][] = [
    ['string', { type: 'string' }, 'string'],
    ['integer is number', { type: 'integer' }, 'number'],
    ['number with format integer', { type: 'number', format: 'integer' }, 'number'],
    ['boolean', { type: 'boolean' }, 'boolean'],
    ['date-time accepts a Date', { type: 'string', format: 'date-time' }, 'string | Date'],
    ['other formats stay strings', { type: 'string', format: 'rfc3339' }, 'string'],
    ['binary is a stream', { type: 'string', format: 'binary' }, 'ReadStream'],
    ['string enum', { type: 'string', enum: ['A', 'B'] }, "'A' | 'B'"],
    ['number enum', { type: 'integer', enum: [1, 2] }, '1 | 2'],
    ['const', { const: 'X' }, "'X'"],
    ['nullable', { type: ['string', 'null'] }, 'string | null'],
    ['array of strings', { type: 'array', items: { type: 'string' } }, 'string[]'],
    ['array without items', { type: 'array' }, '[]'],
    ['array of unions', { type: 'array', items: { type: ['string', 'integer'] } }, '(string | number)[]'],
    ['object', { type: 'object', required: ['a'], properties: { a: { type: 'string' }, b: { type: 'integer' } } }, '{\n  a: string\n  b?: number\n}'],
    ['free-form object', { type: 'object' }, '{\n  [key: string]: any\n}'],
    ['map', { type: 'object', additionalProperties: { type: 'string' } }, '{\n  [key: string]: string\n}'],
    ['quoted property', { type: 'object', properties: { 'Wechatpay-Serial': { type: 'string' } } }, "{\n  'Wechatpay-Serial'?: string\n}"],
    ['oneOf', { oneOf: [{ type: 'string' }, { type: 'integer' }] }, 'string | number'],
    ['anyOf', { anyOf: [{ type: 'boolean' }, { type: 'null' }] }, 'boolean | null'],
    [
      'allOf merges objects',
      {
        allOf: [
          { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
          { type: 'object', properties: { b: { type: 'string' } } },
        ],
      },
      '{\n  a: string\n  b?: string\n}',
    ],
    ['allOf of disjoint enums extends the enum', { type: 'string', allOf: [{ enum: ['A'] }, { enum: ['B'] }] }, "'A' | 'B'"],
    ['nullable allOf enum', { type: ['string', 'null'], allOf: [{ type: 'string', enum: ['A'] }] }, "'A' | null"],
    ['no type at all', {}, 'any'],
  ]
  it.each(cases)('%s', (_, given, want) => expect(typeOf(given)).toBe(want))

  it('follows $ref across files, with sibling keys', () => {
    expect(typeOf({ $ref: './defs.yaml#/Status', description: 'sibling' }, { Status: { type: 'string', enum: ['ON', 'OFF'] } })).toBe("'ON' | 'OFF'")
  })

  it('types a recursive schema as any at the repeat', () => {
    const definitions = { Node: { type: 'object', properties: { child: { $ref: '#/Node' } } } }
    expect(typeOf({ $ref: './defs.yaml#/Node' }, definitions)).toBe('{\n  child?: any\n}')
  })
})
