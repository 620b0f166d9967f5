// The code blocks of README.md, generator/runtime/README.md and the package's own README.md (as packed: what npm
// users see), type-checked against the packed package installed in the consumer project (test/package/harness.ts),
// all in one TypeScript program: the merchant's view, so there is no second check against the runtime sources. The
// notification handlers that are whole programs also run, as written but for their port, against the WeChat Pay
// simulator.
//
// Every ```ts and ```js block is checked, as an ES module (.mts / .mjs with checkJs), unless its info string says
// `no-check` (```ts no-check): signature listings and excerpts of generated files, which are not programs.

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleValue } from '../../generator/emit/pages/webhook-example.ts'
import { PACKAGE_NAME } from '../../generator/emit/package/index.ts'
import { ROOT } from '../helpers.ts'
import { createKeyPair } from '../runtime/fixtures.ts'
import { NOTIFICATION_FAULTS, sendNotification, type DeliveryResult, type NotificationIdentity, type NotificationInput } from '../runtime/simulator.ts'
import { buildAndInstall, removeScratch, type InstalledPackage } from './harness.ts'
import { FAULT_OUTCOMES } from './notification-outcomes.ts'

const READMES = ['README.md', 'generator/runtime/README.md']
/** The package's README, read from the installed package (what npm users see). */
const PACKAGE_README = 'package README.md'

interface Block {
  readonly readme: string
  /** The line of the README the block's first code line is on. */
  readonly line: number
  readonly language: 'ts' | 'js'
  readonly code: string
}

/** The checked blocks of a Markdown text: fenced with ```ts or ```js, without `no-check`. */
export function checkedBlocks(readme: string, text: string): Block[] {
  const blocks: Block[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(\w+)(.*)$/.exec(lines[index]!)
    if (!fence) continue
    const end = lines.findIndex((line, at) => at > index && line.startsWith('```'))
    const [language, rest] = [fence[1]!, fence[2]!]
    if ((language === 'ts' || language === 'js') && !/\bno-check\b/.test(rest)) {
      blocks.push({ readme, line: index + 2, language, code: lines.slice(index + 1, end).join('\n') })
    }
    index = end
  }
  return blocks
}

let installed: InstalledPackage
beforeAll(async () => {
  installed = await buildAndInstall(path.join(ROOT, 'spec/openapi.yaml'))
})
afterAll(() => removeScratch(installed?.scratch))

/** Each diagnostic of the program in the given files, as `readme:line: message` (the README's own line). */
function check(blocks: readonly Block[]): string[] {
  const dir = path.join(installed.consumerDir, 'readme-examples')
  mkdirSync(dir, { recursive: true })
  const files = new Map<string, Block>()
  blocks.forEach((block, index) => {
    const file = path.join(dir, `block-${index}.${block.language === 'ts' ? 'mts' : 'mjs'}`)
    writeFileSync(file, `${block.code}\n`)
    files.set(file, block)
  })
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    types: ['node'],
  }
  const program = ts.createProgram({ rootNames: [...files.keys()], options })
  return [...files].flatMap(([file, block]) => {
    const source = program.getSourceFile(file)!
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
      const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
      return `${block.readme}:${block.line + line}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`
    })
  })
}

/** A copy of the first block containing `find`, with `find` replaced: a mistake the check must report. */
function mistake(blocks: readonly Block[], find: string, replace: string): Block {
  const block = blocks.find((candidate) => candidate.code.includes(find))
  expect(block, `no README block contains ${find}`).toBeDefined()
  return { ...block!, readme: `wrong ${block!.readme}`, code: block!.code.replace(find, replace) }
}

describe("the READMEs' code blocks compile against the packed package", () => {
  // Read once the package is installed (beforeAll): the package README comes from it.
  let blocks: Block[] = []
  beforeAll(() => {
    blocks = [
      ...READMES.flatMap((readme) => checkedBlocks(readme, readFileSync(path.join(ROOT, readme), 'utf8'))),
      ...checkedBlocks(PACKAGE_README, packageReadme()),
    ]
  })

  it('has a checked example of each feature the READMEs show', () => {
    for (const readme of [...READMES, PACKAGE_README]) expect(blocks.filter((block) => block.readme === readme).length).toBeGreaterThan(0)
    const examples = (readme: string) =>
      blocks
        .filter((block) => block.readme === readme)
        .map((block) => block.code)
        .join('\n')
    // The root README's complete notification handler, and the runtime README's per framework.
    expect(examples('README.md')).toContain("express.raw({ type: 'application/json' })")
    for (const feature of [
      'requestPayment',
      'encryptSensitive',
      'downloadBill',
      'verifyCertificatesAnswer',
      'createServer(async (request, response)',
      "express.raw({ type: 'application/json' })",
      'for await (const chunk of ctx.req)',
      "addContentTypeParser('application/json', { parseAs: 'buffer' }",
    ]) {
      expect(examples('generator/runtime/README.md')).toContain(feature)
    }
    // The package README: one complete example per toolkit feature.
    for (const feature of ['wxpay.requestPayment(', 'wxpay.appPayment(', 'wxpay.decrypt(', 'wxpay.downloadBill(', 'wxpay.downloadBillStream(', 'retry: {']) {
      expect(examples(PACKAGE_README)).toContain(feature)
    }
  })

  it('every checked block of the three READMEs, and only the wrong blocks among them fail', () => {
    // The same program also checks copies of blocks with a mistake, which must be the only ones to fail.
    const wrong: Block[] = [
      {
        readme: 'wrong chain',
        line: 1,
        language: 'ts',
        code: "import { Wechatpay } from 'wechatpay-apiv3'\ndeclare const wxpay: InstanceType<typeof Wechatpay>\nwxpay.v3.profitsharing.returnOrder.post({})",
      },
      mistake(blocks, 'notification.resource.out_trade_no', 'notification.resource.out_trade_number'),
      mistake(blocks, "appId: 'wxd678efh567hg6787', prepayId: order.prepay_id", 'appId: 42, prepayId: order.prepay_id'),
    ]
    const problems = check([...blocks, ...wrong])
    expect(
      problems.filter((problem) => !problem.startsWith('wrong ')),
      problems.join('\n'),
    ).toEqual([])
    expect(problems.some((problem) => problem.startsWith('wrong chain:3: TS2551'))).toBe(true)
    expect(problems.some((problem) => problem.startsWith('wrong README.md:') && problem.includes("TS2551 Property 'out_trade_number' does not exist"))).toBe(
      true,
    )
    expect(
      problems.some(
        (problem) => problem.startsWith('wrong generator/runtime/README.md:') && problem.includes("TS2322 Type 'number' is not assignable to type 'string'"),
      ),
    ).toBe(true)
  })
})

// The README handlers that are whole programs, run as written against the simulator: only `listen(8080)` is replaced
// by a free port that the program prints. They read apiclient_key.pem and pub_key.pem from their folder (TEST-ONLY
// keys made in the run) and the APIv3 key from WECHATPAY_APIV3_KEY.
const RUNNABLE = [
  {
    readme: 'README.md',
    marker: "express.raw({ type: 'application/json' })",
    listen: 'app.listen(8080)',
    port: "const server = app.listen(0, '127.0.0.1', () => console.log(`LISTENING ${server.address().port}`))",
    stored: 'kept for later:',
  },
  {
    readme: 'generator/runtime/README.md',
    marker: 'createServer(async (request, response)',
    listen: '}).listen(8080);',
    port: "}).listen(0, '127.0.0.1', function () { console.log(`LISTENING ${this.address().port}`); });",
    stored: 'stored for later:',
  },
]
/** The serial of pub_key.pem in the READMEs' `certs`. */
const README_PUBLIC_KEY_ID = 'PUB_KEY_ID_0119000001092025010100000000000001'
/** A bound against a hung child process only (the test then fails); nothing waits on it otherwise. */
const HANG_GUARD_MS = 120_000

describe.each(RUNNABLE)('$readme: the notification handler, run against the simulator', ({ readme, marker, listen, port, stored }) => {
  it('answers 204 to every webhook of the spec and to an unknown event type it stores, and FAIL to every fault', async () => {
    const block = checkedBlocks(readme, readFileSync(path.join(ROOT, readme), 'utf8')).find((candidate) => candidate.code.includes(marker))
    expect(block, `no checked block of ${readme} contains ${marker}`).toBeDefined()
    expect(block!.code).toContain(listen)
    const source = block!.code.replace(listen, port)
    const program =
      block!.language === 'ts'
        ? ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText
        : source

    const dir = path.join(installed.consumerDir, `readme-run-${readme.replace(/\W/g, '-')}`)
    mkdirSync(dir, { recursive: true })
    const merchant = createKeyPair()
    const platform = createKeyPair()
    const apiV3Key = randomBytes(16).toString('hex')
    writeFileSync(path.join(dir, 'apiclient_key.pem'), merchant.privatePem)
    writeFileSync(path.join(dir, 'pub_key.pem'), platform.publicPem)
    writeFileSync(path.join(dir, 'handler.mjs'), program)
    const sender: NotificationIdentity = { platformSerial: README_PUBLIC_KEY_ID, platformPrivateKey: platform.privateKey, apiV3Key }

    const child = spawn(process.execPath, ['handler.mjs'], { cwd: dir, env: { ...process.env, WECHATPAY_APIV3_KEY: apiV3Key } })
    let stdout = ''
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    const guard = setTimeout(() => child.kill(), HANG_GUARD_MS)
    try {
      const listening = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString()
          const match = /LISTENING (\d+)/.exec(stdout)
          if (match) resolve(Number(match[1]))
        })
        void exited.then(() => reject(new Error(`${readme}'s handler exited before listening:\n${stderr}`)))
      })
      const url = `http://127.0.0.1:${listening}/wechatpay/notify`
      const webhooks = installed.generated.model.webhooks
      const genuine: NotificationInput[] = webhooks.map((webhook) => ({
        eventType: webhook.eventType,
        resource: exampleValue(webhook.resource) as Record<string, unknown>,
      }))
      const faulty: NotificationInput[] = NOTIFICATION_FAULTS.map((fault) => ({ ...genuine[0]!, fault }))
      const answers: { input: NotificationInput; result: DeliveryResult }[] = []
      for (const input of [...genuine, ...faulty]) answers.push({ input, result: await sendNotification(url, sender, input) })

      const got = answers.map(({ input, result }) => ({
        delivery: input.fault ?? input.eventType,
        status: result.status,
        body: result.body === '' ? '' : JSON.parse(result.body),
      }))
      const want = answers.map(({ input }) => {
        const outcome: { status: number; message?: string } = input.fault === undefined ? { status: 204 } : FAULT_OUTCOMES[input.fault]
        return {
          delivery: input.fault ?? input.eventType,
          status: outcome.status,
          body: outcome.status === 204 ? '' : { code: 'FAIL', message: outcome.message },
        }
      })
      expect(got).toEqual(want)
      const unknown = answers.find(({ input }) => input.fault === 'unknown-event')!
      expect(stdout).toContain(`${stored} SIMULATOR.NEW_EVENT ${unknown.result.id}`)
      expect(`${stdout}\n${stderr}`).not.toContain(apiV3Key)
    } finally {
      clearTimeout(guard)
      child.kill()
      await exited
    }
  })
})

/** The README.md of the installed package. */
function packageReadme(): string {
  return readFileSync(path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME, 'README.md'), 'utf8')
}

describe("the package README's typed surface", () => {
  it('lists every operation of the spec by its chain and URL, under its first tag', () => {
    const text = packageReadme()
    const { operations } = installed.generated.model
    expect(operations.length).toBeGreaterThan(0)
    for (const operation of operations) {
      const row = text.split('\n').find((line) => line.includes(`| \`${operation.method.toUpperCase()} ${operation.path}\` |`))
      expect(row, `${operation.method} ${operation.path}`).toBeDefined()
      expect(row).toContain(`\`wxpay.${operation.chain.join('.')}.${operation.method}\``)
      const heading = text.lastIndexOf('\n### ', text.indexOf(row!))
      expect(text.slice(heading + 5, text.indexOf('\n', heading + 1)), row).toBe(operation.tags[0])
    }
  })

  it("types an endpoint outside the spec only through the example's module augmentation", () => {
    const augmented = checkedBlocks(PACKAGE_README, packageReadme()).filter((block) => block.code.includes(`declare module '${PACKAGE_NAME}'`))
    expect(augmented).toHaveLength(1)
    const block = augmented[0]!
    // The same code without its `declare module` block: the chain is unknown to the package's types.
    const lines = block.code.split('\n')
    const start = lines.findIndex((line) => line.startsWith('declare module'))
    const end = lines.findIndex((line, index) => index > start && line === '}')
    const without: Block = { ...block, readme: 'without', code: [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n') }
    const problems = check([without])
    expect(problems.length, problems.join('\n')).toBeGreaterThan(0)
    expect(
      problems.every((problem) => problem.startsWith('without:') && problem.includes("Property 'marketing' does not exist")),
      problems.join('\n'),
    ).toBe(true)
  })
})
