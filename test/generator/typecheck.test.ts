import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { createTwoslasher, type TwoslashInstance } from 'twoslash'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkBlock, checkPages } from '../../generator/check/pages.ts'
import { twoslashBlocks } from '../../generator/check/code-blocks.ts'
import { FIXTURES, generateFixture, ROOT, scratchDir } from '../helpers.ts'

/** Compiles one declaration file with the real TypeScript compiler in strict mode; returns its diagnostics. */
function compile(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: ['node'],
  })
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
}

// Each fixture's pages, known only once it is generated: listed before the tests are collected.
const PAGES: Record<string, string[]> = Object.fromEntries(
  await Promise.all(
    Object.keys(FIXTURES).map(async (fixture) => {
      const { files } = await generateFixture(fixture)
      return [fixture, [...files.keys()].filter((file) => file.startsWith('docs/openapi/') && file.endsWith('.md'))] as const
    }),
  ),
)

describe.each(Object.keys(FIXTURES))('%s', (fixture) => {
  it('declaration file compiles with tsc --strict', async () => {
    const dir = scratchDir(`tsc-${fixture}`)
    const { files } = await generateFixture(fixture)
    writeFiles(dir, files)
    expect(compile(path.join(dir, 'index.d.ts'))).toEqual([])
  })

  describe('every page code block passes twoslash', () => {
    let twoslasher: TwoslashInstance
    beforeAll(() => {
      twoslasher = createTwoslasher({ vfsRoot: ROOT })
    })

    it('one block per operation', async () => {
      const { files, model } = await generateFixture(fixture)
      const blocks = PAGES[fixture]!.flatMap((page) => twoslashBlocks(page, files.get(page)!))
      expect(blocks).toHaveLength(model.operations.length)
    })

    // One test per page, so that no single test's time grows with the spec.
    it.each(PAGES[fixture]!)('%s', async (page) => {
      const { files } = await generateFixture(fixture)
      const blocks = twoslashBlocks(page, files.get(page)!)
      expect(blocks.length).toBeGreaterThan(0)
      for (const block of blocks) expect(checkBlock(twoslasher, block), `${page}:${block.line}`).toBeUndefined()
    })
  })
})

describe('the checks can fail', () => {
  it('tsc reports a type error in a declaration file', () => {
    const dir = scratchDir('tsc-bad')
    writeFileSync(path.join(dir, 'index.d.ts'), "import type { AxiosPromise } from 'axios'\nexport interface X { a: strin; b: AxiosPromise<number> }\n")
    expect(compile(path.join(dir, 'index.d.ts')).join('\n')).toMatch(/Cannot find name 'strin'/)
  })

  it('twoslash fails a page with a type error in virtual.ts', async () => {
    const { files } = await generateFixture('spec')
    const page = files.get('docs/openapi/v3/profitsharing/return-orders.md')!
    const broken = page.replace('    amount: number\n', '    amount: numbr\n')
    expect(broken).not.toBe(page)
    const [block] = twoslashBlocks('return-orders.md', broken)
    const message = checkBlock(createTwoslasher({ vfsRoot: ROOT }), block!)
    expect(message).toMatch(/Cannot find name 'numbr'/)
  })

  it('twoslash fails a call that does not match the typings', async () => {
    const { files } = await generateFixture('spec')
    const page = files.get('docs/openapi/v3/profitsharing/return-orders.md')!
    // A business.ts part is type-checked: a misspelled chain segment must be reported.
    const broken = page.replace('// @filename: business.js', '// @filename: business.ts').replace('wxpay.v3.profitsharing.returnOrders.post', 'wxpay.v3.profitsharing.returnOrder.post')
    const [block] = twoslashBlocks('return-orders.md', broken)
    expect(checkBlock(createTwoslasher({ vfsRoot: ROOT }), block!)).toMatch(/returnOrder/)
  })

  it('check:pages counts a broken page as failing', async () => {
    const dir = scratchDir('pages-bad')
    const { files } = await generateFixture('spec')
    const page = 'docs/openapi/v3/ecommerce/subsidies/return.md'
    writeFiles(dir, new Map([[page, files.get(page)!.replace('sub_mchid: string', 'sub_mchid: Strng')]]))
    const report = checkPages(path.join(dir, 'docs'), ROOT)
    expect(report.total).toBe(1)
    expect(report.failures).toHaveLength(1)
    expect(report.failures[0]!.block.file).toBe('openapi/v3/ecommerce/subsidies/return.md')
  })
})
