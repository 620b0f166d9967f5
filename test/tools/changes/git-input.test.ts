import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { stringify } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changesBetween } from '../../../generator/tools/changes/index.ts'
import { SideSpecError } from '../../../generator/tools/changes/load.ts'
import { InputError } from '../../../generator/tools/changes/sources.ts'
import { ROOT } from '../../helpers.ts'

/**
 * A temporary git repository with a spec in two files (a root and a Path Item), committed three times:
 * broken YAML, then v1, then v2 (a required request field added); the work tree then adds a response field.
 */
const repo = mkdtempSync(path.join(os.tmpdir(), 'changes-git-'))
const shallow = `${repo}-shallow`
afterAll(() => {
  rmSync(repo, { recursive: true, force: true })
  rmSync(shallow, { recursive: true, force: true })
})

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

function writeVersion(request: Record<string, unknown>, response: Record<string, unknown>): void {
  mkdirSync(path.join(repo, 'spec/paths/v3'), { recursive: true })
  const root = {
    openapi: '3.1.0',
    info: { title: 't', version: '1.4.2' },
    tags: [{ name: '规则' }],
    paths: { '/v3/orders': { $ref: './paths/v3/orders.yaml' } },
  }
  writeFileSync(path.join(repo, 'spec/openapi.yaml'), stringify(root))
  const operation = {
    tags: ['规则'],
    requestBody: { content: { 'application/json': { schema: { type: 'object', required: Object.keys(request), properties: request } } } },
    responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: response } } } } },
  }
  writeFileSync(path.join(repo, 'spec/paths/v3/orders.yaml'), stringify({ post: operation }))
}

function commit(message: string): void {
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', message)
}

const str = { type: 'string' }
beforeAll(() => {
  git(repo, 'init', '-q')
  mkdirSync(path.join(repo, 'spec/paths/v3'), { recursive: true })
  writeFileSync(
    path.join(repo, 'spec/openapi.yaml'),
    'openapi: 3.1.0\ninfo: { title: t, version: 1.0.0 }\npaths:\n  /v3/orders:\n    $ref: ./paths/v3/orders.yaml\n',
  )
  writeFileSync(path.join(repo, 'spec/paths/v3/orders.yaml'), 'post:\n  responses:\n    - a\n   b: [\n')
  commit('broken')
  writeVersion({ a: str }, { id: str })
  commit('v1')
  writeVersion({ a: str, b: str }, { id: str })
  commit('v2')
  writeVersion({ a: str, b: str }, { id: str, state: str })
  git('/', 'clone', '-q', '--depth', '1', `file://${repo}`, shallow)
})

const kinds = (report: ReturnType<typeof changesBetween>) => report.changes.map((change) => `${change.class} ${change.kind}`)

describe('a git revision as input', () => {
  it('reads each revision with git archive, and names its files REV:path', () => {
    const report = changesBetween('HEAD~1', 'HEAD', { cwd: repo })
    expect(kinds(report)).toEqual(['breaking request-field-added'])
    expect(report.changes[0]!.location).toMatch(/^HEAD:spec\/paths\/v3\/orders\.yaml:\d+:\d+$/)
    expect(report.from.label).toBe('HEAD~1')
  })

  it('REV:path names the root document inside the revision', () => {
    expect(kinds(changesBetween('HEAD~1:spec/openapi.yaml', 'HEAD:spec/openapi.yaml', { cwd: repo }))).toEqual(['breaking request-field-added'])
  })

  it('--to defaults to the work tree: spec/ as it is now', () => {
    const report = changesBetween('HEAD', 'spec', { cwd: repo })
    expect(kinds(report)).toEqual(['feature response-field-added'])
    expect(report.changes[0]!.location).toMatch(/^spec\/paths\/v3\/orders\.yaml:\d+:\d+$/)
  })

  it('never touches the work tree or the index', () => {
    const before = git(repo, 'status', '--porcelain', '--untracked-files=all')
    changesBetween('HEAD~1', 'HEAD', { cwd: repo })
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe(before)
    expect(before).toBe(' M spec/paths/v3/orders.yaml\n')
    expect(readdirSync(repo).sort()).toEqual(['.git', 'spec'])
  })

  it('a spec error in a revision: one file:line:col line, the file named REV:path', () => {
    let error: unknown
    try {
      changesBetween('HEAD~2', 'HEAD', { cwd: repo })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SideSpecError)
    expect((error as SideSpecError).lines).toHaveLength(1)
    expect((error as SideSpecError).lines[0]).toMatch(/^HEAD~2:spec\/paths\/v3\/orders\.yaml:\d+:\d+: invalid YAML/)
  })

  it('an unknown revision, and a shallow clone, say so in one line', () => {
    expect(() => changesBetween('no-such-revision', 'HEAD', { cwd: repo })).toThrow(InputError)
    expect(() => changesBetween('HEAD~1', 'HEAD', { cwd: shallow })).toThrow(/shallow clone/)
    expect(() => changesBetween('HEAD', 'HEAD:nowhere/openapi.yaml', { cwd: repo })).toThrow(/HEAD has no nowhere\/openapi\.yaml/)
    expect(() => changesBetween('HEAD~1', 'HEAD', { cwd: repo, specPath: 'api/openapi.yaml' })).toThrow(/HEAD~1 has no api\/openapi\.yaml/)
    expect(kinds(changesBetween('HEAD~1', 'HEAD', { cwd: repo, specPath: './spec/openapi.yaml' }))).toEqual(['breaking request-field-added'])
  })
})

describe('npm run changes', () => {
  const cli = (args: string[], cwd = repo) => {
    // tsx from this repository: the temporary one has no node_modules.
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href
    const result = spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, 'generator/tools/changes/cli.ts'), ...args], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    })
    return { status: result.status, stdout: result.stdout, stderr: result.stderr }
  }

  it('prints the summary and exits 0; --fail-on breaking exits 1 on a breaking change', () => {
    const plain = cli(['--from', 'HEAD~1'])
    expect(plain.status).toBe(0)
    expect(plain.stdout).toContain('1 breaking, 1 feature, 0 fix')
    expect(plain.stdout).toContain('1.4.2 → 2.0.0')
    expect(cli(['--from', 'HEAD~1', '--fail-on', 'breaking']).status).toBe(1)
    expect(cli(['--from', 'HEAD', '--fail-on', 'breaking']).status).toBe(0)
  })

  it('--json and --markdown', () => {
    const json = JSON.parse(cli(['--from', 'HEAD~1', '--json']).stdout)
    expect(json).toMatchObject({ from: { version: '1.4.2' }, to: { version: '1.4.2' }, bump: 'major' })
    expect(json.changes.map((change: { class: string }) => change.class)).toEqual(['breaking', 'feature'])
    const markdown = cli(['--from', 'HEAD~1', '--markdown']).stdout
    expect(markdown).toMatch(/^## 2\.0\.0\n/)
    expect(markdown).toContain('### Breaking changes\n\n#### 规则\n\n- `wxpay.v3.orders.post`: request field')
  })

  it('errors are one line each, exit 1, no stack trace', () => {
    for (const args of [
      ['--from', 'HEAD~2'],
      ['--from', 'no-such-revision'],
    ]) {
      const { status, stderr } = cli(args)
      expect(status).toBe(1)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(stderr).not.toMatch(/\n\s+at /)
    }
    expect(cli([]).status).toBe(2)
  })
})
