import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { SpecError, SpecErrors } from '../../generator/load/spec-error.ts'
import { listFiles } from '../../generator/write/output-dir.ts'
import { ROOT, runCli, scratchDir } from '../helpers.ts'

const ROOT_DOC = (ref: string) => `openapi: 3.1.0
info:
  title: broken
  version: 1.0.0
paths:
  /v3/things/{thing_id}:
    $ref: ${ref}
`

const GOOD_ITEM = `get:
  summary: 查询API
  parameters:
    - name: thing_id
      in: path
      required: true
      schema:
        type: string
  responses:
    '200':
      description: OK
`

/** Writes a two-file spec (root + one Path Item) and returns its folder. */
function spec(item: string, ref = './paths/thing.yaml', extra: Record<string, string> = {}): string {
  const dir = scratchDir('bad-spec')
  mkdirSync(path.join(dir, 'paths'))
  writeFileSync(path.join(dir, 'openapi.yaml'), ROOT_DOC(ref))
  writeFileSync(path.join(dir, 'paths/thing.yaml'), item)
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(dir, file), text)
  return dir
}

/** The one-line texts of the spec errors that generate() rejects with, in process (the CLI prints exactly these). */
async function specErrorTexts(specFile: string): Promise<string[]> {
  const error: unknown = await generate(specFile).then(
    () => undefined,
    (rejection: unknown) => rejection,
  )
  expect(error, 'generate() should reject').toBeInstanceOf(Error)
  if (error instanceof SpecErrors) return error.errors.map((each) => each.message)
  expect(error).toBeInstanceOf(SpecError)
  return [(error as SpecError).message]
}

async function expectSpecError(dir: string, expected: RegExp): Promise<void> {
  const texts = await specErrorTexts(path.join(dir, 'openapi.yaml'))
  expect(texts).toHaveLength(1)
  expect(texts[0]).toMatch(expected)
  expect(texts[0]).not.toContain('\n')
}

// Messages name files relative to the working directory, as the CLI prints them.
const rel = (dir: string, file: string) => path.relative(process.cwd(), path.join(dir, file)).split(path.sep).join('/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('spec errors: one line file:line:col: message', () => {
  it('bad YAML', async () => {
    const dir = spec('get:\n  summary: [unclosed\n  responses: {}\n')
    await expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:[23]:\\d+: invalid YAML: `))
  })

  it('a $ref to a missing file', async () => {
    const dir = spec(GOOD_ITEM, './paths/missing.yaml')
    await expectSpecError(dir, new RegExp(`^${rel(dir, 'openapi.yaml')}:7:11: \\$ref './paths/missing.yaml' points at a missing file$`))
  })

  it('a $ref to a missing JSON pointer', async () => {
    const item = GOOD_ITEM.replace('      schema:\n        type: string\n', "      schema:\n        $ref: '../defs.yaml#/Nope'\n")
    const dir = spec(item, './paths/thing.yaml', { 'defs.yaml': 'Thing:\n  type: string\n' })
    await expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:8:15: \\$ref '../defs.yaml#/Nope' points at a missing JSON pointer \\(no 'Nope'\\)$`))
  })

  it('a path parameter missing from the template', async () => {
    const dir = spec(GOOD_ITEM.replace('- name: thing_id', '- name: thing_no'))
    await expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:4:13: path parameter 'thing_no' is not in the path template '/v3/things/\\{thing_id\\}'$`))
  })

  it('an unsupported construct: a cookie parameter', async () => {
    const item = `${GOOD_ITEM.replace("  responses:", "    - name: session\n      in: cookie\n      schema:\n        type: string\n  responses:")}`
    const dir = spec(item)
    await expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:10:11: unsupported parameter location 'cookie'`))
  })

  it('an unsupported construct: an XML request body', async () => {
    const item = `post:\n  parameters:\n    - name: thing_id\n      in: path\n      required: true\n  requestBody:\n    content:\n      application/xml:\n        schema:\n          type: object\n  responses:\n    '204':\n      description: No Content\n`
    const dir = spec(item)
    await expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:8:7: unsupported request body media type 'application/xml'`))
  })

  it('a missing root file', async () => {
    expect(await specErrorTexts('no/such/openapi.yaml')).toEqual(['no/such/openapi.yaml:1:1: no such file'])
  })
})

describe('the CLI on a spec error', () => {
  it('prints the one line on stderr, nothing on stdout, exits 1 and leaves the output as it was', () => {
    const dir = spec(GOOD_ITEM.replace('- name: thing_id', '- name: thing_no'))
    const out = path.join(scratchDir('untouched'), 'out')
    cpSync(path.join(ROOT, 'generated'), out, { recursive: true })
    const contents = () => listFiles(out).map((file) => [file, readFileSync(path.join(out, file), 'utf8')])
    const before = contents()
    const { status, stderr, stdout } = runCli(['--spec', path.relative(ROOT, path.join(dir, 'openapi.yaml')), '--out', out])
    expect(stderr).toBe(`${path.relative(ROOT, path.join(dir, 'paths/thing.yaml'))}:4:13: path parameter 'thing_no' is not in the path template '/v3/things/{thing_id}'\n`)
    expect(stdout).toBe('')
    expect(status).toBe(1)
    expect(contents()).toEqual(before)
  })
})
