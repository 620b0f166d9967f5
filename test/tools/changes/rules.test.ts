import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { changesBetween } from '../../../generator/tools/changes/index.ts'
import { scratchDir } from '../../helpers.ts'
import { RULES, pathsOf, writeSpec } from './rules.ts'

const dir = scratchDir('changes-rules')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.each(RULES.map((row, index) => ({ ...row, index })))('$rule', ({ index, old, new: next, want }) => {
  it('is classified as the rules say', () => {
    const before = writeSpec(path.join(dir, `${index}-old`), pathsOf(old, 'case'))
    const after = writeSpec(path.join(dir, `${index}-new`), pathsOf(next, 'case'))
    const report = changesBetween(before, after)
    expect(report.changes.map((change) => `${change.class} ${change.kind}`).sort()).toEqual([...want].sort())
    for (const change of report.changes) {
      expect(change.chain).toMatch(/^wxpay\.v3\.case\./)
      expect(change.location).toMatch(/openapi\.yaml:\d+:\d+$/)
      expect(change.pointer).toMatch(/^\/paths\/~1v3~1case/)
      expect(change.message).not.toBe('')
    }
  })
})

describe('the suggested version', () => {
  const spec = (version: string, items: Parameters<typeof pathsOf>[0], name: string) => writeSpec(path.join(dir, name), pathsOf(items, 'case'), version)
  const [removed, added, fixed] = [RULES[0]!, RULES[1]!, RULES.find((row) => row.want.every((want) => want.startsWith('fix')))!]
  it.each([
    ['1.4.2', removed, 'major', '2.0.0'],
    ['1.4.2', added, 'minor', '1.5.0'],
    ['1.4.2', fixed, 'patch', '1.4.3'],
    ['0.3.1', removed, 'minor', '0.4.0'],
    ['0.3.1', added, 'patch', '0.3.2'],
  ] as const)('from %s, %s → %s %s', (version, row, bump, suggested) => {
    const name = `${version}-${row.rule}`.replace(/\W+/g, '-')
    const report = changesBetween(spec(version, row.old, `${name}-old`), spec(version, row.new, `${name}-new`))
    expect(report.bump).toBe(bump)
    expect(report.suggestedVersion).toBe(suggested)
  })

  it('no changes: bump none, version unchanged', () => {
    const file = spec('2.0.1', removed.old, 'same')
    const report = changesBetween(file, file)
    expect(report).toMatchObject({ bump: 'none', suggestedVersion: '2.0.1', changes: [] })
  })
})

it('a removal and an addition with the same types name each other (a likely rename)', () => {
  const row = RULES.find((entry) => entry.rule.startsWith('a chain renamed'))!
  const report = changesBetween(
    writeSpec(path.join(dir, 'rename-old'), pathsOf(row.old, 'case')),
    writeSpec(path.join(dir, 'rename-new'), pathsOf(row.new, 'case')),
  )
  const byKind = Object.fromEntries(report.changes.map((change) => [change.kind, change.message]))
  expect(byKind['operation-removed']).toContain('renamed? wxpay.v3.case.newName.post')
  expect(byKind['operation-added']).toContain('removed wxpay.v3.case.oldName.post')
})
