import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { GenerationSession } from '../../generator/session.ts'
import { FIXTURES, GENERATE_COMMAND, ROOT, runCli, scratchDir } from '../helpers.ts'

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
    // Without a session nothing is reused: a fresh run builds its own.
    expect(keptPage(fresh.model)).not.toBe(keptPage(first.model))
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

  it('rebuilds the webhooks a shared definitions file feeds, and keeps the others', async () => {
    const dir = copyOf('spec')
    const root = path.join(dir, 'openapi.yaml')
    const session = new GenerationSession()
    const first = await generate(root, { session })
    // Every webhook's envelope comes from webhooks/definitions.yaml: an edit there reaches each of them.
    const definitions = path.join(dir, 'webhooks/definitions.yaml')
    writeFileSync(definitions, readFileSync(definitions, 'utf8').replace('description: 回调摘要', 'description: 回调摘要（改）'))
    const again = await generate(root, { session })
    expect([...again.files]).toEqual([...(await generate(root)).files])
    expect(again.files.get('index.d.ts')).toContain('回调摘要（改）')
    again.model.webhooks.forEach((webhook, index) => expect(webhook).not.toBe(first.model.webhooks[index]))
    // One webhook's own file: only that one is rebuilt.
    const [edited, ...kept] = again.model.webhooks
    const file = path.join(dir, `webhooks/${edited!.eventType}.yaml`)
    writeFileSync(file, readFileSync(file, 'utf8').replace(`summary: ${edited!.summary}`, `summary: ${edited!.summary}（改）`))
    const third = await generate(root, { session })
    expect(third.model.webhooks[0]!.title).toBe(`${edited!.summary}（改）`)
    kept.forEach((webhook, index) => expect(third.model.webhooks[index + 1]).toBe(webhook))
    expect([...third.files]).toEqual([...(await generate(root)).files])
  })
})

describe('a session finds every changed file, including those it does not read again', () => {
  /** Sets every file of `dir` (recursively) to have been modified an hour ago. */
  const backdate = (dir: string) => {
    const anHourAgo = new Date(Date.now() - 3_600_000)
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) utimesSync(path.join(entry.parentPath, entry.name), anHourAgo, anHourAgo)
    }
  }
  // A negative racy window (their ctimes are recent, as utimes sets them): every stamp is trusted at once, so a file
  // whose stamp did not change is not read again, and these tests exercise the stamps themselves.
  const stampTrustingSession = () => new GenerationSession({ racyMs: -1000 })

  it('sees an edit that keeps the size and the modification time of an old file', async () => {
    const dir = copyOf('spec')
    const root = path.join(dir, 'openapi.yaml')
    backdate(dir)
    const session = stampTrustingSession()
    await generate(root, { session })
    const item = path.join(dir, RETURN_ORDERS)
    const { atime, mtime } = statSync(item)
    const original = readFileSync(item, 'utf8')
    const summary = /summary: (.+)/.exec(original)![1]!
    // The same number of bytes (one CJK character for another), and the old times put back: only its ctime changed.
    const changed = summary.replace(/[\u4e00-\u9fff]/, (character) => (character === '改' ? '换' : '改'))
    const edited = original.replace(`summary: ${summary}`, `summary: ${changed}`)
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(original))
    writeFileSync(item, edited)
    utimesSync(item, atime, mtime)
    const again = await generate(root, { session })
    expect([...again.files]).toEqual([...(await generate(root)).files])
    expect([...again.files.values()].some((text) => text.includes(changed))).toBe(true)
  })

  it('a file saved again without a change is not taken for changed', async () => {
    const dir = copyOf('spec')
    const root = path.join(dir, 'openapi.yaml')
    backdate(dir)
    const session = stampTrustingSession()
    const first = await generate(root, { session })
    const item = path.join(dir, RETURN_ORDERS)
    writeFileSync(item, readFileSync(item, 'utf8'))
    const again = await generate(root, { session })
    // Its Path Item is the one the model kept: nothing was rebuilt from it.
    expect(again.model.pages).toEqual(first.model.pages)
    again.model.pages.forEach((page, index) => expect(page).toBe(first.model.pages[index]))
  })
})

describe('a session revalidates only what changed, with the same verdicts', () => {
  it('an error appears after an edit, goes when the edit is undone, and comes back when it is redone', async () => {
    const dir = copyOf('spec')
    const root = path.join(dir, 'openapi.yaml')
    const session = new GenerationSession()
    const run = () =>
      generate(root, { session }).then(
        () => 'ok',
        (error: Error) => error.message.replace(/^.*?:(\d+:\d+:)/, '$1'),
      )
    expect(await run()).toBe('ok')
    const item = path.join(dir, RETURN_ORDERS)
    const original = readFileSync(item, 'utf8')
    const typo = original.replace('responses:', 'responsess:')
    const typoLine = typo.split('\n').findIndex((line) => line.includes('responsess:')) + 1
    const expected = `${typoLine}:3: unknown key 'responsess' in an Operation; did you mean 'responses'?`
    writeFileSync(item, typo)
    expect(await run()).toBe(expected)
    writeFileSync(item, original)
    expect(await run()).toBe('ok')
    writeFileSync(item, typo)
    expect(await run()).toBe(expected)
    // And what a fresh run says.
    expect(
      await generate(root).then(
        () => 'ok',
        (error: Error) => error.message.replace(/^.*?:(\d+:\d+:)/, '$1'),
      ),
    ).toBe(expected)
  })
})

/** A line source that can be awaited line by line, in order: none is dropped. */
function lineQueue(stream: NodeJS.ReadableStream, what: string) {
  const printed: string[] = []
  const seen: string[] = []
  let waiting: (() => void) | undefined
  createInterface({ input: stream }).on('line', (line) => {
    printed.push(line)
    waiting?.()
  })
  /** The next line; a generous bound so that a lost event fails the test instead of hanging it (never a synchronisation). */
  const next = async (): Promise<string> => {
    if (printed.length === 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} line from --watch within 45 s; so far:\n${seen.join('\n')}`)), 45_000)
        waiting = () => {
          clearTimeout(timer)
          waiting = undefined
          resolve()
        }
      })
    }
    const line = printed.shift()!
    seen.push(line)
    return line
  }
  /** Skips lines until one matches; returns it. */
  const until = async (matches: (line: string) => boolean): Promise<string> => {
    for (;;) {
      const line = await next()
      if (matches(line)) return line
    }
  }
  return { next, until, seen }
}

/** Watchers still running: stopped after each test even when it timed out before its own `finally`. */
const running = new Set<ChildProcess>()
afterEach(() => {
  for (const watcher of running) watcher.kill()
})

/** `--watch` on a spec; its stdout and stderr as awaitable lines. GENERATOR_DEBUG=1 makes it print each file event it acts on. */
function startWatch(spec: string, out: string) {
  const watcher = spawn(process.execPath, [...GENERATE_COMMAND, '--watch', '--spec', spec, '--out', out], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: '', GENERATOR_DEBUG: '1' },
  })
  running.add(watcher)
  watcher.on('exit', () => running.delete(watcher))
  const stdout = lineQueue(watcher.stdout, 'output')
  const stderr = lineQueue(watcher.stderr, 'event')
  return { nextLine: stdout.next, untilLine: stdout.until, stderr, stop: () => watcher.kill() }
}

const EDITED_PAGE = /^regenerated in [\d.]+ s: 1 files written, \d+ unchanged, 0 removed \(docs\/openapi\/v3\/profitsharing\/return-orders\.md\)$/
const RETURN_ORDERS = 'paths/v3/profitsharing/return-orders.yaml'

/** Edits the description of one operation of the two-endpoint spec in `dir`. */
function editReturnOrders(dir: string, text = '如果订单已经分账了'): void {
  const item = path.join(dir, RETURN_ORDERS)
  writeFileSync(item, readFileSync(item, 'utf8').replace('description: 如果订单已经分账', `description: ${text}`))
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

  it('survives atomic saves: a file replaced by rename three times, then by sed -i, regenerates each time', async () => {
    const dir = copyOf('spec')
    const out = path.join(scratchDir('watch-out'), 'out')
    const page = path.join(out, 'docs/openapi/v3/profitsharing/return-orders.md')
    const watch = startWatch(path.join(dir, 'openapi.yaml'), out)
    try {
      await watch.nextLine()
      const item = path.join(dir, RETURN_ORDERS)
      for (const round of [1, 2, 3]) {
        // What most editors do on save: write a temporary file beside the original, then rename it over the original.
        const original = readFileSync(item, 'utf8')
        const temporary = path.join(path.dirname(item), `.${path.basename(item)}.${round}.tmp`)
        writeFileSync(temporary, original.replace(/description: 如果订单已经分账\S*/, `description: 如果订单已经分账（第${round}次）`))
        renameSync(temporary, item)
        await watch.untilLine((line) => EDITED_PAGE.test(line) && readFileSync(page, 'utf8').includes(`（第${round}次）`))
      }
      const sed = spawnSync('sed', ['-i', 's/（第3次）/（第4次）/', item])
      expect(sed.status).toBe(0)
      await watch.untilLine((line) => EDITED_PAGE.test(line) && readFileSync(page, 'utf8').includes('（第4次）'))
    } finally {
      watch.stop()
    }
  })

  it('sees new files: a new Path Item file and its line in the root document give a new page', async () => {
    const dir = copyOf('spec')
    const out = path.join(scratchDir('watch-out'), 'out')
    const watch = startWatch(path.join(dir, 'openapi.yaml'), out)
    try {
      await watch.nextLine()
      mkdirSync(path.join(dir, 'paths/v3/extra'), { recursive: true })
      cpSync(path.join(dir, RETURN_ORDERS), path.join(dir, 'paths/v3/extra/orders.yaml'))
      const root = path.join(dir, 'openapi.yaml')
      writeFileSync(root, readFileSync(root, 'utf8').replace(/^paths:\n/m, 'paths:\n  /v3/extra/orders:\n    $ref: ./paths/v3/extra/orders.yaml\n'))
      await watch.untilLine((line) => line.startsWith('regenerated') && line.includes('docs/openapi/v3/extra/orders.md'))
      expect(readFileSync(path.join(out, 'docs/openapi/v3/extra/orders.md'), 'utf8')).toContain('如果订单已经分账')
    } finally {
      watch.stop()
    }
  })

  it('ignores its own writes when the output lies inside the spec folder', async () => {
    const dir = copyOf('spec')
    const watch = startWatch(path.join(dir, 'openapi.yaml'), path.join(dir, 'out'))
    try {
      expect(await watch.nextLine()).toMatch(/; watching /)
      editReturnOrders(dir)
      expect(await watch.nextLine()).toMatch(EDITED_PAGE)
      // Every file event it acted on is printed (GENERATOR_DEBUG) before the regeneration it starts: the edit's, and
      // none of its own output's (which the first run wrote before the edit was made).
      await watch.stderr.until((line) => line.startsWith('watch: ') && line.endsWith(RETURN_ORDERS))
      const events = watch.stderr.seen.filter((line) => line.startsWith('watch: '))
      expect(events.filter((line) => /[\\/]out([\\/.]|$)/.test(line))).toEqual([])
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
