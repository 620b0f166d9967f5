import { format } from 'prettier'
import { describe, expect, it } from 'vitest'
import { TYPINGS_FILE } from '../../generator/emit/shared/output-files.ts'
import { printTyped, type PrintOptions } from '../../generator/emit/shared/type-printer.ts'
import { PRINT_WIDTH } from '../../generator/emit/typings/declarations.ts'
import type { TypeNode } from '../../generator/model/types.ts'
import { FIXTURES, generateFixture } from '../helpers.ts'

/** prettier is the judge of the layout, not part of the generator: the printer writes its layout itself. */
const PRETTIER_OPTIONS = { parser: 'typescript', printWidth: PRINT_WIDTH } as const

describe("the declaration file is in prettier's layout", () => {
  it.each(Object.keys(FIXTURES))('%s: prettier leaves index.d.ts unchanged', async (fixture) => {
    const text = (await generateFixture(fixture)).files.get(TYPINGS_FILE)!
    expect(await format(text, PRETTIER_OPTIONS)).toBe(text)
  })
})

const literals = (...values: string[]): TypeNode => ({ kind: 'union', members: values.map((value) => ({ kind: 'literal', value })) })
const WIDTH = 40
const NARROW: PrintOptions = { indent: 2, docs: true, compactDocs: true, untypedArray: 'unknown[]', separator: ';', quote: '"', width: WIDTH }

describe('long members break as prettier breaks them (print width 40)', () => {
  const cases: [name: string, head: string, type: TypeNode, want: string][] = [
    ['a short line stays', '  state:', literals('A', 'B'), '  state: "A" | "B";'],
    ['a long union moves to its own line', '  state?:', literals('PROCESSING', 'SUCCESS', 'X'), '  state?:\n    "PROCESSING" | "SUCCESS" | "X";'],
    [
      'a longer union takes a line per member',
      '  state:',
      literals('PROCESSING', 'SUCCESS', 'FAILED', 'CLOSED'),
      '  state:\n    | "PROCESSING"\n    | "SUCCESS"\n    | "FAILED"\n    | "CLOSED";',
    ],
    [
      'a date splits into its two words',
      '  when_it_happened:',
      { kind: 'union', members: [{ kind: 'date' }, { kind: 'keyword', name: 'null' }] },
      '  when_it_happened:\n    string | Date | null;',
    ],
    [
      "an array's union goes between ( and )[]",
      '  states?:',
      { kind: 'array', items: literals('PROCESSING', 'SUCCESS', 'X') },
      '  states?: (\n    "PROCESSING" | "SUCCESS" | "X"\n  )[];',
    ],
    [
      'a member a line there too',
      '  states?:',
      { kind: 'array', items: { kind: 'array', items: literals('PROCESSING', 'SUCCESS', 'FAILED', 'CLOSED') } },
      '  states?: (\n    | "PROCESSING"\n    | "SUCCESS"\n    | "FAILED"\n    | "CLOSED"\n  )[][];',
    ],
    ['a type alias moves its union too', '  export type Status =', literals('PROCESSING', 'SUCCESS'), '  export type Status =\n    "PROCESSING" | "SUCCESS";'],
    [
      'an object inside is left as it is',
      '  amount:',
      { kind: 'object', properties: [{ name: 'total_amount_in_cents_of_the_order', type: { kind: 'keyword', name: 'number' }, optional: false }] },
      '  amount: {\n    total_amount_in_cents_of_the_order: number;\n  };',
    ],
    [
      "an inline object's member keeps a block JSDoc",
      '  amount:',
      { kind: 'object', properties: [{ name: 'total', type: { kind: 'keyword', name: 'number' }, optional: true, description: '总金额' }] },
      '  amount: {\n    /**\n     * 总金额\n     */\n    total?: number;\n  };',
    ],
  ]
  it.each(cases)('%s', (_, head, type, want) => expect(printTyped(head, type, NARROW).join('\n')).toBe(want))

  it('agrees with prettier on every case', async () => {
    for (const [, head, , want] of cases) {
      const source = head.includes('export type') ? `declare namespace N {\n${want}\n}\n` : `interface I {\n${want}\n}\n`
      expect(await format(source, { ...PRETTIER_OPTIONS, printWidth: WIDTH })).toBe(source)
    }
  })
})
