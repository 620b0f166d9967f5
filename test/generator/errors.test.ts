import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { comparePositions, SpecError, SpecErrors } from '../../generator/load/spec-error.ts'
import { listFiles } from '../../generator/write/output-dir.ts'
import { ROOT, runCli, scratchDir } from '../helpers.ts'

const ROOT_DOC = `openapi: 3.1.0
info:
  title: broken
  version: 1.0.0
tags:
  - name: 物品
paths:
  /v3/things/{thing_id}:
    $ref: ./paths/thing.yaml
`

const GOOD_ITEM = `get:
  summary: 查询API
  tags: [物品]
  parameters:
    - name: thing_id
      in: path
      required: true
      schema:
        type: string
  responses:
    '200':
      description: OK
      content:
        application/json:
          schema:
            type: object
            required: [state]
            properties:
              state:
                type: string
                enum: [SUCCESS, FAIL]
`

/** Writes a spec (root document, `paths/thing.yaml` and any other files) into a scratch folder; returns its root. */
function spec(files: { root?: string; item?: string; [file: string]: string | undefined }): string {
  const dir = scratchDir('bad-spec')
  const { root = ROOT_DOC, item = GOOD_ITEM, ...extra } = files
  for (const [file, text] of Object.entries({ 'openapi.yaml': root, 'paths/thing.yaml': item, ...extra })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text!)
  }
  return path.join(dir, 'openapi.yaml')
}

/** Every problem generate() reports for the spec, as `file:line:col: message` with the file relative to the spec's folder. */
async function problems(root: string, options: Parameters<typeof generate>[1] = {}): Promise<string[]> {
  try {
    await generate(root, options)
  } catch (error) {
    if (!(error instanceof SpecError || error instanceof SpecErrors)) throw error
    const errors = error instanceof SpecErrors ? error.errors : [error]
    return errors.map(
      ({ position, detail }) => `${path.relative(path.dirname(root), position.file).split(path.sep).join('/')}:${position.line}:${position.col}: ${detail}`,
    )
  }
  return []
}

/** The warnings of a spec that generates, in the same form. */
async function warningsOf(root: string): Promise<string[]> {
  const { warnings } = await generate(root)
  return warnings
    .map((warning) => warning.toError())
    .sort(comparePositions)
    .map(({ position, detail }) => `${path.relative(path.dirname(root), position.file).split(path.sep).join('/')}:${position.line}:${position.col}: ${detail}`)
}

const edit = (from: string, to: string) => GOOD_ITEM.replace(from, to)

describe('validation: every mistake gives file:line:col and what to fix', () => {
  it('the good spec has no error and no warning (the cases below each change one thing)', async () => {
    expect(await problems(spec({}))).toEqual([])
    expect(await warningsOf(spec({}))).toEqual([])
  })

  const cases: [name: string, item: string, want: string[]][] = [
    [
      "'paramters' in an operation (would drop the path parameter)",
      edit('  parameters:', '  paramters:'),
      [
        "paths/thing.yaml:1:1: the get operation of '/v3/things/{thing_id}' has no path parameter for the template variable '{thing_id}'",
        "paths/thing.yaml:4:3: unknown key 'paramters' in an Operation; did you mean 'parameters'?",
      ],
    ],
    [
      "'propertis' in a schema (would type the answer any)",
      edit('properties:', 'propertis:'),
      ["paths/thing.yaml:18:13: unknown key 'propertis' in a Schema; did you mean 'properties'?"],
    ],
    [
      "'requird' in a schema (would make every field optional)",
      edit('required: [state]', 'requird: [state]'),
      ["paths/thing.yaml:17:13: unknown key 'requird' in a Schema; did you mean 'required'?"],
    ],
    [
      "'enum: SUCCESS', a scalar (would type the field string)",
      edit('enum: [SUCCESS, FAIL]', 'enum: SUCCESS'),
      [`paths/thing.yaml:21:23: 'enum' must be a list of values (it is the string 'SUCCESS'); write it as ["SUCCESS"] or use 'const'`],
    ],
    [
      "a boolean 'required' in a property schema",
      edit('                type: string\n', '                type: string\n                required: true\n'),
      [
        "paths/thing.yaml:21:27: 'required' in a Schema must be a list of property names (it is the value true); a boolean 'required' belongs to a Parameter, a Request Body or a Header, a property is required by listing its name in the object's 'required'",
      ],
    ],
    [
      'a template variable without a parameter, and a path parameter without a variable',
      edit('- name: thing_id', '- name: thing_no'),
      [
        "paths/thing.yaml:4:3: the get operation of '/v3/things/{thing_id}' has no path parameter for the template variable '{thing_id}'; did you mean 'thing_no'?",
        "paths/thing.yaml:5:13: path parameter 'thing_no' is not in the path template '/v3/things/{thing_id}'; did you mean 'thing_id'?",
      ],
    ],
    [
      'a parameter without a name',
      edit('    - name: thing_id\n      in: path', '    - in: path'),
      [
        "paths/thing.yaml:4:3: the get operation of '/v3/things/{thing_id}' has no path parameter for the template variable '{thing_id}'",
        "paths/thing.yaml:5:7: a parameter needs a 'name'",
      ],
    ],
    [
      'a cookie parameter',
      edit('  responses:', '    - name: session\n      in: cookie\n      schema:\n        type: string\n  responses:'),
      ["paths/thing.yaml:11:11: unsupported parameter location 'cookie' (use path, query or header)"],
    ],
    ['a path parameter not marked required', edit('      required: true\n', ''), ["paths/thing.yaml:5:13: a path parameter must say 'required: true'"]],
    [
      "a wrong value type ('deprecated: yes please')",
      edit('  summary: 查询API', '  summary: 查询API\n  deprecated: yes please'),
      ["paths/thing.yaml:3:15: 'deprecated' must be true or false (it is the string 'yes please')"],
    ],
    [
      'an unknown schema type',
      edit('                type: string', '                type: strng'),
      ["paths/thing.yaml:20:23: unsupported schema type 'strng' (use string, number, integer, boolean, object, array, null); did you mean 'string'?"],
    ],
    [
      'an unknown key in a Parameter',
      edit('      required: true', '      required: true\n      decription: x'),
      ["paths/thing.yaml:8:7: unknown key 'decription' in a Parameter; did you mean 'description'?"],
    ],
    [
      'an unknown key in a Response',
      edit('      description: OK', '      description: OK\n      header: {}'),
      ["paths/thing.yaml:13:7: unknown key 'header' in a Response; did you mean 'headers'?"],
    ],
    [
      'an unknown key in a Media Type object',
      edit('          schema:\n            type: object', '          schemas:\n            type: object'),
      ["paths/thing.yaml:15:11: unknown key 'schemas' in a Media Type object; did you mean 'schema'?"],
    ],
    ['an unknown key in a Path Item', `summery: x\n${GOOD_ITEM}`, ["paths/thing.yaml:1:1: unknown key 'summery' in a Path Item; did you mean 'summary'?"]],
    [
      'a response status that is none',
      edit("    '200':", "    '2000':"),
      ["paths/thing.yaml:11:5: '2000' is not a response status: use a code such as 200, a range such as 2XX, or default"],
    ],
    [
      'an unsupported construct: an XML request body (found by the model, after validation)',
      edit('  responses:', '  requestBody:\n    content:\n      application/xml:\n        schema:\n          type: object\n  responses:'),
      ["paths/thing.yaml:12:7: unsupported request body media type 'application/xml': use application/json or multipart/form-data"],
    ],
    ['x- keys are extensions, always allowed', edit('  summary: 查询API', '  summary: 查询API\n  x-anything: [1, 2]'), []],
  ]
  for (const [name, item, want] of cases) {
    it(name, async () => {
      expect(await problems(spec({ item }))).toEqual(want)
    })
  }

  it('root, Request Body and Header objects: unknown keys, info.version missing', async () => {
    const root = ROOT_DOC.replace('  version: 1.0.0\n', '').replace('tags:', 'server: []\ntags:')
    const item = `post:
  parameters:
    - name: thing_id
      in: path
      required: true
      schema: { type: string }
  requestBody:
    required: true
    contents: {}
  responses:
    '204':
      description: done
      headers:
        Request-ID:
          schema: { type: string }
          requried: true
`
    expect(await problems(spec({ root, item }))).toEqual([
      "openapi.yaml:2:1: 'info' needs a 'version'",
      "openapi.yaml:4:1: unknown key 'server' in the root document; did you mean 'servers'?",
      "paths/thing.yaml:7:3: a Request Body needs a 'content' mapping of media types",
      "paths/thing.yaml:9:5: unknown key 'contents' in a Request Body; did you mean 'content'?",
      "paths/thing.yaml:16:11: unknown key 'requried' in a Header object; did you mean 'required'?",
    ])
  })

  it('collects every error of every file, not only the first per file', async () => {
    const root = `${ROOT_DOC}  /v3/others/{other_id}:\n    $ref: ./paths/other.yaml\n`
    const item = edit('properties:', 'propertis:').replace('  tags: [物品]', '  tags: [物品]\n  operationid: x')
    const other = edit('enum: [SUCCESS, FAIL]', 'enum: SUCCESS').replace('thing_id', 'other_id').replace('requird', 'required')
    expect(await problems(spec({ root, item, 'paths/other.yaml': other.replace('  summary: 查询API', '  sumary: 查询API') }))).toEqual([
      "paths/other.yaml:2:3: unknown key 'sumary' in an Operation; did you mean 'summary'?",
      `paths/other.yaml:21:23: 'enum' must be a list of values (it is the string 'SUCCESS'); write it as ["SUCCESS"] or use 'const'`,
      "paths/thing.yaml:4:3: unknown key 'operationid' in an Operation; did you mean 'operationId'?",
      "paths/thing.yaml:19:13: unknown key 'propertis' in a Schema; did you mean 'properties'?",
    ])
  })

  it('a $ref cycle that never reaches a schema, and a missing target, are reported where the $ref is', async () => {
    const item = edit(
      '          schema:\n            type: object',
      "          schema:\n            $ref: '../defs.yaml#/A'\n          x-was:\n            type: object",
    )
    const root = spec({ item, 'defs.yaml': "A:\n  $ref: '#/B'\nB:\n  $ref: '#/A'\n" })
    expect(await problems(root)).toEqual(["defs.yaml:4:3: circular $ref '#/A'"])
    const missing = spec({ item: item.replace('#/A', '#/Nope'), 'defs.yaml': 'A:\n  type: string\n' })
    expect(await problems(missing)).toEqual(["paths/thing.yaml:16:19: $ref '../defs.yaml#/Nope' points at a missing JSON pointer (no 'Nope')"])
    const noFile = spec({ root: ROOT_DOC.replace('./paths/thing.yaml', './paths/none.yaml') })
    expect(await problems(noFile)).toEqual(["openapi.yaml:9:11: $ref './paths/none.yaml' points at a missing file"])
  })

  it('a $ref leaving the spec folder is refused at the referring line, unless --allow-external-refs names that folder', async () => {
    const outside = scratchDir('outside')
    writeFileSync(path.join(outside, 'thing.yaml'), GOOD_ITEM)
    const root = spec({})
    const ref = path.relative(path.dirname(root), path.join(outside, 'thing.yaml')).split(path.sep).join('/')
    writeFileSync(root, ROOT_DOC.replace('./paths/thing.yaml', ref))
    const specFolder = path.relative(process.cwd(), path.dirname(root)).split(path.sep).join('/')
    expect(await problems(root)).toEqual([
      `openapi.yaml:9:11: $ref '${ref}' leads outside the spec's folder (${specFolder}); pass --allow-external-refs DIR to allow another folder`,
    ])
    expect(await problems(root, { allowExternalRefs: [outside] })).toEqual([])
    // A file of the machine is never read, and the error names the referring file, not the target.
    const deep = '../'.repeat(path.dirname(root).split(path.sep).length) + 'etc/hostname'
    writeFileSync(root, ROOT_DOC.replace('./paths/thing.yaml', deep))
    expect(await problems(root)).toEqual([
      `openapi.yaml:9:11: $ref '${deep}' leads outside the spec's folder (${specFolder}); pass --allow-external-refs DIR to allow another folder`,
    ])
  })

  it('a symbolic link in the spec folder that leads out of it is refused like a $ref that does; one that stays in is followed', async () => {
    const outside = scratchDir('linked-outside')
    writeFileSync(path.join(outside, 'thing.yaml'), GOOD_ITEM)
    const root = spec({})
    const specFolder = path.relative(process.cwd(), path.dirname(root)).split(path.sep).join('/')
    const refused = (ref: string) =>
      `openapi.yaml:9:11: $ref '${ref}' leads outside the spec's folder (${specFolder}); pass --allow-external-refs DIR to allow another folder`
    // A linked file, and a file in a linked folder.
    symlinkSync(path.join(outside, 'thing.yaml'), path.join(path.dirname(root), 'paths/linked.yaml'))
    symlinkSync(outside, path.join(path.dirname(root), 'paths/linked-folder'))
    writeFileSync(root, ROOT_DOC.replace('./paths/thing.yaml', './paths/linked.yaml'))
    expect(await problems(root)).toEqual([refused('./paths/linked.yaml')])
    writeFileSync(root, ROOT_DOC.replace('./paths/thing.yaml', './paths/linked-folder/thing.yaml'))
    expect(await problems(root)).toEqual([refused('./paths/linked-folder/thing.yaml')])
    expect(await problems(root, { allowExternalRefs: [outside] })).toEqual([])
    // A link to a file of the spec folder itself.
    symlinkSync('thing.yaml', path.join(path.dirname(root), 'paths/alias.yaml'))
    writeFileSync(root, ROOT_DOC.replace('./paths/thing.yaml', './paths/alias.yaml'))
    expect(await problems(root)).toEqual([])
  })

  it('webhooks are Path Items, checked like paths', async () => {
    const root = `${ROOT_DOC}webhooks:\n  paid:\n    post:\n      requestBody:\n        content:\n          application/json:\n            schema: { type: object, propertis: {} }\n      responses:\n        '200': { description: OK }\n`
    expect(await problems(spec({ root }))).toEqual(["openapi.yaml:16:37: unknown key 'propertis' in a Schema; did you mean 'properties'?"])
  })
})

describe('warnings: legal but suspicious, exit 0 unless strict', () => {
  it("a 'required' name with no property, an undeclared tag, a response schema without 'type'", async () => {
    const item = edit('required: [state]', 'required: [stat]').replace('tags: [物品]', 'tags: [物件]').replace('            type: object\n', '')
    const root = spec({ item })
    expect(await warningsOf(root)).toEqual([
      "paths/thing.yaml:3:10: tag '物件' is not declared in the root 'tags' list; did you mean '物品'?",
      "paths/thing.yaml:15:11: the response schema has no 'type'",
      "paths/thing.yaml:16:24: 'stat' is required but not among the properties; did you mean 'state'?",
    ])
    expect(await problems(root, { strict: true })).toEqual([
      "paths/thing.yaml:3:10: tag '物件' is not declared in the root 'tags' list; did you mean '物品'?",
      "paths/thing.yaml:15:11: the response schema has no 'type'",
      "paths/thing.yaml:16:24: 'stat' is required but not among the properties; did you mean 'state'?",
    ])
  })
})

/** Runs the CLI on the spec against a copy of the committed output; returns what it printed, after checking the copy is as it was. */
function runOnCopy(root: string, ...args: string[]) {
  const out = path.join(scratchDir('untouched'), 'out')
  cpSync(path.join(ROOT, 'generated'), out, { recursive: true })
  const before = listFiles(out).map((file) => [file, readFileSync(path.join(out, file), 'utf8')])
  const result = runCli(['--spec', path.relative(ROOT, root), '--out', out, ...args])
  const untouched = () => {
    expect(listFiles(out).map((file) => [file, readFileSync(path.join(out, file), 'utf8')])).toEqual(before)
    // Nor is anything left beside it (the tree a run builds before swapping it in).
    expect(readdirSync(path.dirname(out))).toEqual(['out'])
  }
  return { ...result, untouched }
}

describe('npm run generate on a bad spec', () => {
  it('prints each error as file:line:col: message with its source line; exit 1; output untouched', () => {
    const root = spec({ item: edit('properties:', 'propertis:').replace('required: [state]', 'requird: [state]') })
    const item = path
      .relative(ROOT, path.join(path.dirname(root), 'paths/thing.yaml'))
      .split(path.sep)
      .join('/')
    const { status, stdout, stderr, untouched } = runOnCopy(root)
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toBe(
      `${item}:17:13: unknown key 'requird' in a Schema; did you mean 'required'?\n` +
        '  17 |             requird: [state]\n' +
        '     |             ^\n' +
        `${item}:18:13: unknown key 'propertis' in a Schema; did you mean 'properties'?\n` +
        '  18 |             propertis:\n' +
        '     |             ^\n' +
        '2 errors\n',
    )
    untouched()
  })

  it('prints warnings with their count and exits 0; --strict exits 1', () => {
    const root = spec({ item: GOOD_ITEM.replace('tags: [物品]', 'tags: [物件]') })
    const item = path
      .relative(ROOT, path.join(path.dirname(root), 'paths/thing.yaml'))
      .split(path.sep)
      .join('/')
    const warned = runOnCopy(root)
    expect(warned.status).toBe(0)
    expect(warned.stderr).toBe(
      `${item}:3:10: warning: tag '物件' is not declared in the root 'tags' list; did you mean '物品'?\n  3 |   tags: [物件]\n    |          ^\n1 warning\n`,
    )
    const strict = runOnCopy(root, '--strict')
    expect(strict.status).toBe(1)
    expect(strict.stderr.split('\n')[0]).toBe(`${item}:3:10: tag '物件' is not declared in the root 'tags' list; did you mean '物品'?`)
    strict.untouched()
  })

  it('bad YAML', () => {
    const root = spec({ item: 'get:\n  summary: [unclosed\n  responses: {}\n' })
    const { status, stderr, untouched } = runOnCopy(root)
    expect(status).toBe(1)
    expect(stderr.split('\n')[0]).toMatch(/paths\/thing\.yaml:[23]:\d+: invalid YAML: /)
    untouched()
  })

  it('a missing root file', () => {
    const { status, stderr } = runCli(['--spec', 'no/such/openapi.yaml', '--out', path.join(scratchDir('none'), 'out')])
    expect(status).toBe(1)
    expect(stderr).toBe('no/such/openapi.yaml:1:1: no such file\n')
  })

  it('an info.version the package cannot use: one line, no stack trace', () => {
    const root = spec({ root: ROOT_DOC.replace('version: 1.0.0', "version: '1'") })
    const { status, stderr, untouched } = runOnCopy(root)
    expect(status).toBe(1)
    // One error: its line, then the source line and the caret under the value.
    const lines = stderr.trimEnd().split('\n')
    expect(lines[0]).toMatch(/openapi\.yaml:\d+:\d+: info\.version "1" is not a semantic version \(like 1\.0\.0\); the package's package\.json needs one$/)
    expect(lines.slice(1)).toEqual([expect.stringMatching(/^  \d+ \| +version: '1'$/), expect.stringMatching(/^ +\| +\^$/)])
    expect(stderr).not.toMatch(/\n\s+at /)
    untouched()
  })
})
