import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
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

/** Runs the CLI on the spec against a copy of the committed output, and checks that the copy is left as it was. */
function expectSpecError(dir: string, expected: RegExp): void {
  const out = path.join(scratchDir('untouched'), 'out')
  cpSync(path.join(ROOT, 'generated'), out, { recursive: true })
  const before = listFiles(out).map((file) => [file, readFileSync(path.join(out, file), 'utf8')])
  const { status, stderr, stdout } = runCli(['--spec', path.relative(ROOT, path.join(dir, 'openapi.yaml')), '--out', out])
  expect(status).toBe(1)
  expect(stdout).toBe('')
  const lines = stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(expected)
  expect(listFiles(out).map((file) => [file, readFileSync(path.join(out, file), 'utf8')])).toEqual(before)
}

const rel = (dir: string, file: string) => path.relative(ROOT, path.join(dir, file)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('spec errors: one line file:line:col: message, exit 1, output untouched', () => {
  it('bad YAML', () => {
    const dir = spec('get:\n  summary: [unclosed\n  responses: {}\n')
    expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:[23]:\\d+: invalid YAML: `))
  })

  it('a $ref to a missing file', () => {
    const dir = spec(GOOD_ITEM, './paths/missing.yaml')
    expectSpecError(dir, new RegExp(`^${rel(dir, 'openapi.yaml')}:7:11: \\$ref './paths/missing.yaml' points at a missing file$`))
  })

  it('a $ref to a missing JSON pointer', () => {
    const item = GOOD_ITEM.replace('      schema:\n        type: string\n', "      schema:\n        $ref: '../defs.yaml#/Nope'\n")
    const dir = spec(item, './paths/thing.yaml', { 'defs.yaml': 'Thing:\n  type: string\n' })
    expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:8:15: \\$ref '../defs.yaml#/Nope' points at a missing JSON pointer \\(no 'Nope'\\)$`))
  })

  it('a path parameter missing from the template', () => {
    const dir = spec(GOOD_ITEM.replace('- name: thing_id', '- name: thing_no'))
    expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:4:13: path parameter 'thing_no' is not in the path template '/v3/things/\\{thing_id\\}'$`))
  })

  it('an unsupported construct: a cookie parameter', () => {
    const item = `${GOOD_ITEM.replace("  responses:", "    - name: session\n      in: cookie\n      schema:\n        type: string\n  responses:")}`
    const dir = spec(item)
    expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:10:11: unsupported parameter location 'cookie'`))
  })

  it('an unsupported construct: an XML request body', () => {
    const item = `post:\n  parameters:\n    - name: thing_id\n      in: path\n      required: true\n  requestBody:\n    content:\n      application/xml:\n        schema:\n          type: object\n  responses:\n    '204':\n      description: No Content\n`
    const dir = spec(item)
    expectSpecError(dir, new RegExp(`^${rel(dir, 'paths/thing.yaml')}:8:7: unsupported request body media type 'application/xml'`))
  })

  it('a missing root file', () => {
    const { status, stderr } = runCli(['--spec', 'no/such/openapi.yaml', '--out', path.join(scratchDir('none'), 'out')])
    expect(status).toBe(1)
    expect(stderr).toBe('no/such/openapi.yaml:1:1: no such file\n')
  })
})
