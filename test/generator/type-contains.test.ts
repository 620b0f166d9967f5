import { describe, expect, it } from 'vitest'
import { containsKind } from '../../generator/model/type-contains.ts'
import type { TypeNode } from '../../generator/model/types.ts'

const date: TypeNode = { kind: 'date' }
const string: TypeNode = { kind: 'keyword', name: 'string' }

describe('containsKind', () => {
  const cases: [name: string, type: TypeNode, want: boolean][] = [
    ['the node itself', date, true],
    ['another kind', string, false],
    ['a property', { kind: 'object', properties: [{ name: 'at', optional: true, type: date }] }, true],
    ['additional properties', { kind: 'object', properties: [], additional: date }, true],
    ['array items', { kind: 'array', items: date }, true],
    ['an array of unknown', { kind: 'array' }, false],
    ['a union member', { kind: 'union', members: [string, { kind: 'keyword', name: 'null' }, date] }, true],
    ['an intersection member', { kind: 'intersection', members: [{ kind: 'object', properties: [] }, date] }, true],
    ['nothing under a reference', { kind: 'reference', name: 'Dated' }, false],
    [
      'deep down',
      { kind: 'array', items: { kind: 'object', properties: [{ name: 'a', optional: false, type: { kind: 'union', members: [string, date] } }] } },
      true,
    ],
  ]
  it.each(cases)('%s', (_name, type, want) => {
    expect(containsKind(type, 'date')).toBe(want)
    expect(containsKind(type, 'stream')).toBe(false)
  })
})
