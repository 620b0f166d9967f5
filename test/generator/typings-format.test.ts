import { format } from 'prettier'
import { describe, expect, it } from 'vitest'
import { breakWideLines } from '../../generator/emit/typings/line-breaking.ts'
import { PRETTIER_OPTIONS, printFormatted, TYPINGS_FILE } from '../../generator/emit/typings/index.ts'
import { StructureKind } from '../../generator/emit/ts-morph.ts'
import { FIXTURES, generateFixture } from '../helpers.ts'

describe('the declaration file is prettier-formatted', () => {
  it.each(Object.keys(FIXTURES))('%s: prettier leaves index.d.ts unchanged', async (fixture) => {
    const text = (await generateFixture(fixture)).files.get(TYPINGS_FILE)!
    expect(await format(text, PRETTIER_OPTIONS)).toBe(text)
  })

  it('sends a statement with another kind of long line through prettier', async () => {
    const members = Array.from({ length: 12 }, (_, index) => `{ kind: "member_number_${index}" }`)
    const printed = await printFormatted([{ kind: StructureKind.TypeAlias, name: 'Wide', isExported: true, type: members.join(' | ') }])
    expect(printed).toContain('export type Wide =\n  | { kind: "member_number_0" }\n')
    expect(await format(printed, PRETTIER_OPTIONS)).toBe(printed)
  })
})

describe('prettier line breaking, without prettier', () => {
  const width = 40
  const cases: [name: string, given: string, want: string][] = [
    ['a short line stays', '  get(config?: A): B;', '  get(config?: A): B;'],
    ['a long signature breaks its parameters', '  post(data: Data.Request, config?: Config): Promise<R>;', '  post(\n    data: Data.Request,\n    config?: Config,\n  ): Promise<R>;'],
    ['a call signature too', '  (data: Data.Request, config?: Config.X): Promise<R>;', '  (\n    data: Data.Request,\n    config?: Config.X,\n  ): Promise<R>;'],
    ['a long union moves to its own line', '  state?: "PROCESSING" | "SUCCESS" | "X";', '  state?:\n    "PROCESSING" | "SUCCESS" | "X";'],
    ['a longer union takes a line per member', '  state: "PROCESSING" | "SUCCESS" | "FAILED" | "CLOSED";', '  state:\n    | "PROCESSING"\n    | "SUCCESS"\n    | "FAILED"\n    | "CLOSED";'],
    ['anything else is left for prettier', '  data: Array<{ a: string; b: string; c: number }>;', '  data: Array<{ a: string; b: string; c: number }>;'],
  ]
  it.each(cases)('%s', (_, given, want) => expect(breakWideLines(given, width)).toBe(want))

  it('agrees with prettier on the cases it breaks', async () => {
    for (const [, given, want] of cases.slice(1, 5)) {
      const source = `interface I {\n${given}\n}\n`
      expect(await format(source, { ...PRETTIER_OPTIONS, printWidth: width })).toBe(`interface I {\n${want}\n}\n`)
    }
  })
})
