import { spawn } from 'node:child_process'
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { GenerationSession } from '../../generator/session.ts'
import { FIXTURES, ROOT, runCli, scratchDir } from '../helpers.ts'

/** A scratch copy of a fixture spec, so that it can be edited. */
function copyOf(fixture: string): string {
  const dir = scratchDir(`watch-${fixture}`)
  cpSync(path.dirname(FIXTURES[fixture]!), dir, { recursive: true })
  return dir
}

describe('a generation session redoes only what changed, with the same result', () => {
  it('after an edit, gives what a fresh generation gives', async () => {
    const dir = copyOf('shared-parents')
    const root = path.join(dir, 'openapi.yaml')
    const session = new GenerationSession()
    const first = await generate(root, { session })
    const item = path.join(dir, 'paths/v3/ecommerce/refunds/apply.yaml')
    writeFileSync(item, readFileSync(item, 'utf8').replace('summary: 申请退款API', 'summary: 申请退款（改）API'))
    const again = await generate(root, { session })
    const fresh = await generate(root)
    expect([...again.files]).toEqual([...fresh.files])
    const changed = [...again.files.keys()].filter((file) => again.files.get(file) !== first.files.get(file))
    // The page, the typings (JSDoc), their ESM copy, the sidebar and the index (titles).
    expect(changed).toEqual(
      expect.arrayContaining(['docs/openapi/v3/ecommerce/refunds/apply.md', 'index.d.ts', 'index.d.mts', 'docs/.vitepress/sidebar.json', 'docs/index.md']),
    )
    expect(changed).not.toContain('docs/openapi/v3/ecommerce/refunds/{refund_id}.md')
    // The kept Path Items keep their objects: the emitters reuse what they made from them.
    const keptPage = (model: typeof first.model) => model.pages.find((page) => page.path === '/v3/ecommerce/refunds/{refund_id}')
    expect(keptPage(again.model)).toBe(keptPage(first.model))
  })

  it('picks up an edit of a shared definition file in every Path Item that uses it', async () => {
    const dir = copyOf('nested-types')
    const root = path.join(dir, 'openapi.yaml')
    const session = new GenerationSession()
    await generate(root, { session })
    const definitions = path.join(dir, 'definitions/Amount.yaml')
    writeFileSync(definitions, readFileSync(definitions, 'utf8').replace('- CNY', '- CNY\n        - USD'))
    const again = await generate(root, { session })
    expect(again.files.get('index.d.ts')).toContain('"CNY" | "USD"')
    expect([...again.files]).toEqual([...(await generate(root)).files])
  })
})

/** `--watch` on a spec, and a way to await each line it prints, in order: none is dropped. */
function startWatch(spec: string, out: string) {
  const watcher = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'generator/cli.ts'), '--watch', '--spec', spec, '--out', out], { cwd: ROOT })
  const printed: string[] = []
  let waiting: ((line: string) => void) | undefined
  createInterface({ input: watcher.stdout }).on('line', (line) => {
    if (waiting) waiting(line)
    else printed.push(line)
  })
  const nextLine = () =>
    printed.length > 0
      ? Promise.resolve(printed.shift()!)
      : new Promise<string>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no output from --watch within 30 s')), 30_000)
          waiting = (line) => {
            clearTimeout(timer)
            waiting = undefined
            resolve(line)
          }
        })
  return { nextLine, stop: () => watcher.kill() }
}

const EDITED_PAGE = /^regenerated in [\d.]+ s: 1 files written, \d+ unchanged, 0 removed \(docs\/openapi\/v3\/profitsharing\/return-orders\.md\)$/

/** Edits the description of one operation of the two-endpoint spec in `dir`. */
function editReturnOrders(dir: string): void {
  const item = path.join(dir, 'paths/v3/profitsharing/return-orders.yaml')
  writeFileSync(item, readFileSync(item, 'utf8').replace('description: 如果订单已经分账', 'description: 如果订单已经分账了'))
}

describe('npm run generate -- --watch', () => {
  it('regenerates on a change, writing only the files that change', async () => {
    const dir = copyOf('spec')
    const out = path.join(scratchDir('watch-out'), 'out')
    const watch = startWatch(path.join(dir, 'openapi.yaml'), out)
    try {
      expect(await watch.nextLine()).toMatch(/files written, 0 unchanged, 0 removed in [\d.]+ s; watching /)
      const untouched = path.join(out, 'docs/openapi/v3/ecommerce/subsidies/return.md')
      const inode = statSync(untouched).ino
      editReturnOrders(dir)
      expect(await watch.nextLine()).toMatch(EDITED_PAGE)
      expect(readFileSync(path.join(out, 'docs/openapi/v3/profitsharing/return-orders.md'), 'utf8')).toContain('如果订单已经分账了')
      expect(statSync(untouched).ino).toBe(inode)
      // The written output is what a fresh run writes.
      expect(runCli(['--check', '--spec', path.join(dir, 'openapi.yaml'), '--out', out]).status).toBe(0)
    } finally {
      watch.stop()
    }
  })

  it('ignores its own writes when the output lies inside the spec folder', async () => {
    const dir = copyOf('spec')
    const watch = startWatch(path.join(dir, 'openapi.yaml'), path.join(dir, 'out'))
    try {
      expect(await watch.nextLine()).toMatch(/; watching /)
      // Had the first run's writes counted as changes, the next line would be a regeneration with nothing written.
      await new Promise((resolve) => setTimeout(resolve, 300))
      editReturnOrders(dir)
      expect(await watch.nextLine()).toMatch(EDITED_PAGE)
    } finally {
      watch.stop()
    }
  })
})

describe('node generator/bin/generate.mjs (what npm run generate runs)', () => {
  it('runs the CLI from its bundle', () => {
    const result = spawn(process.execPath, [path.join(ROOT, 'generator/bin/generate.mjs'), '--help'], { cwd: ROOT })
    return new Promise<void>((resolve, reject) => {
      let stdout = ''
      result.stdout.on('data', (chunk) => (stdout += chunk))
      result.on('close', (code) => {
        try {
          expect(code).toBe(0)
          expect(stdout).toContain('--watch')
          resolve()
        } catch (error) {
          reject(error)
        }
      })
    })
  })
})
