import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createTwoslasher } from 'twoslash'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkBlock, checkPages } from '../../generator/tools/check/pages.ts'
import { twoslashBlocks } from '../../generator/tools/check/code-blocks.ts'
import { TYPINGS_FILE } from '../../generator/emit/shared/output-files.ts'
import { FIXTURES, generateFixture, ROOT, scratchDir } from '../helpers.ts'
import { compileInMemory, formatDiagnostic, type ProgramReport } from '../in-memory-program.ts'

/** Where each fixture's declarations lie in the in-memory program: inside the repository, so that axios resolves. */
const declarationsOf = (name: string) => path.join(ROOT, '.typecheck', name, TYPINGS_FILE)

/** A copy of a fixture's declarations with one type misspelled: the program must report it, and only there. */
const BROKEN = 'broken-copy'
const misspell = (text: string) => text.replace(/: string;/, ': strin;')

// One program for every fixture's declarations (and the broken copy): lib and node_modules are checked once.
let report: ProgramReport
beforeAll(async () => {
  const files = new Map<string, string>()
  for (const fixture of Object.keys(FIXTURES)) files.set(declarationsOf(fixture), (await generateFixture(fixture)).files.get(TYPINGS_FILE)!)
  const original = files.get(declarationsOf('spec'))!
  expect(misspell(original)).not.toBe(original)
  files.set(declarationsOf(BROKEN), misspell(original))
  report = compileInMemory(files)
})

const errorsOf = (name: string) => report.byFile.get(declarationsOf(name))!.map((diagnostic) => formatDiagnostic(diagnostic, ROOT))

// One twoslash instance for every page: it keeps the compiler environment between blocks.
const twoslasher = createTwoslasher({ vfsRoot: ROOT })

describe('the declarations compile with tsc --strict', () => {
  it('nothing outside the declarations is reported (options, lib, axios, @types/node)', () => {
    expect(report.elsewhere.map((diagnostic) => formatDiagnostic(diagnostic, ROOT))).toEqual([])
  })

  it.each(Object.keys(FIXTURES))('%s', (fixture) => {
    expect(errorsOf(fixture)).toEqual([])
  })
})

// Each fixture's pages, known only once it is generated: listed before the tests are collected.
const PAGES: Record<string, string[]> = Object.fromEntries(
  await Promise.all(
    Object.keys(FIXTURES).map(async (fixture) => {
      const { files } = await generateFixture(fixture)
      return [
        fixture,
        [...files.keys()].filter((file) => (file.startsWith('docs/openapi/') || file.startsWith('docs/webhook/v3/')) && file.endsWith('.md')),
      ] as const
    }),
  ),
)

describe.each(Object.keys(FIXTURES))('%s', (fixture) => {
  describe('every page code block passes twoslash', () => {
    it('one block per operation and one per webhook', async () => {
      const { files, model } = await generateFixture(fixture)
      const blocks = PAGES[fixture]!.flatMap((page) => twoslashBlocks(page, files.get(page)!))
      expect(blocks).toHaveLength(model.operations.length + model.webhooks.length)
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
  it('the program reports a type error in a declaration file, in that file alone', () => {
    const errors = errorsOf(BROKEN)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(new RegExp(`^\\.typecheck/${BROKEN}/index\\.d\\.ts:\\d+:\\d+: Cannot find name 'strin'`))
    expect(errorsOf('spec')).toEqual([])
  })

  it('twoslash fails a page with a type error in virtual.ts', async () => {
    const { files } = await generateFixture('spec')
    const page = files.get('docs/openapi/v3/profitsharing/return-orders.md')!
    const broken = page.replace('    amount: number\n', '    amount: numbr\n')
    expect(broken).not.toBe(page)
    const [block] = twoslashBlocks('return-orders.md', broken)
    expect(checkBlock(twoslasher, block!)).toMatch(/Cannot find name 'numbr'/)
  })

  it('twoslash fails a call that does not match the typings', async () => {
    const { files } = await generateFixture('spec')
    const page = files.get('docs/openapi/v3/profitsharing/return-orders.md')!
    // A business.ts part is type-checked: a misspelled chain segment must be reported.
    const broken = page
      .replace('// @filename: business.js', '// @filename: business.ts')
      .replace('wxpay.v3.profitsharing.returnOrders.post', 'wxpay.v3.profitsharing.returnOrder.post')
    const [block] = twoslashBlocks('return-orders.md', broken)
    expect(checkBlock(twoslasher, block!)).toMatch(/returnOrder/)
  })

  it("a webhook page's handler type-checks against its notification, and a misspelt resource field fails", async () => {
    const { files, model } = await generateFixture('spec')
    expect(model.webhooks.length).toBeGreaterThan(0)
    const twoslasher = createTwoslasher({ vfsRoot: ROOT })
    for (const webhook of model.webhooks) {
      const page = files.get(`docs/webhook/v3/${webhook.eventType}.md`)!
      // As TypeScript, so that the handler itself is checked.
      const asTs = page.replace('// @filename: business.js', '// @filename: business.ts')
      const [block] = twoslashBlocks(`${webhook.eventType}.md`, asTs)
      expect(checkBlock(twoslasher, block!), webhook.eventType).toBeUndefined()
      const destructured = /const \{ (\w+)/.exec(asTs)![1]!
      const [broken] = twoslashBlocks(`${webhook.eventType}.md`, asTs.replace(`const { ${destructured}`, `const { ${destructured}x`))
      expect(checkBlock(twoslasher, broken!), webhook.eventType).toMatch(new RegExp(`${destructured}x`))
    }
  })

  it('check:pages counts a broken page as failing', async () => {
    const dir = scratchDir('pages-bad')
    const { files } = await generateFixture('spec')
    const page = 'docs/openapi/v3/ecommerce/subsidies/return.md'
    mkdirSync(path.dirname(path.join(dir, page)), { recursive: true })
    writeFileSync(path.join(dir, page), files.get(page)!.replace('sub_mchid: string', 'sub_mchid: Strng'))
    const report = checkPages(path.join(dir, 'docs'), ROOT)
    expect(report.total).toBe(1)
    expect(report.failures).toHaveLength(1)
    expect(report.failures[0]!.block.file).toBe('openapi/v3/ecommerce/subsidies/return.md')
  })
})
