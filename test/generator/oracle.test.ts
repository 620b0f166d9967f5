import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { listFiles } from '../../generator/write/output-dir.ts'
import { FIXTURES, ROOT, scratchDir } from '../helpers.ts'
import { compareWithOpenapiTypescript, describeMismatch, SIDES, type OracleReport } from '../oracle/compare.ts'

// openapi-typescript as an oracle (test/oracle/compare.ts): every operation's request and response types against
// its. The corpus, when ../shared/corpus exists, is compared by `npm run bench` (bench/oracle.ts).

const virtualDir = (name: string) => path.join(ROOT, '.oracle', name)

/** The changed copy: the first `type: integer` of a fixture's files made `type: string`, for ours only. */
const CHANGED = 'get-parameters'
let changedFile: string
let changedCopy: string

let reports: Map<string, OracleReport>
beforeAll(async () => {
  const original = path.dirname(FIXTURES[CHANGED]!)
  const copy = scratchDir('oracle-changed')
  cpSync(original, copy, { recursive: true })
  changedFile = listFiles(copy).find((file) => file.endsWith('.yaml') && readFileSync(path.join(copy, file), 'utf8').includes('type: integer'))!
  expect(changedFile, `a file of ${CHANGED} with an integer`).toBeDefined()
  const text = readFileSync(path.join(copy, changedFile), 'utf8')
  writeFileSync(path.join(copy, changedFile), text.replace('type: integer', 'type: string'))
  changedCopy = path.join(copy, 'openapi.yaml')

  const specs = [
    ...Object.entries(FIXTURES).map(([name, specFile]) => ({ name, specFile, virtualDir: virtualDir(name) })),
    { name: 'changed', specFile: changedCopy, oracleSpecFile: FIXTURES[CHANGED]!, virtualDir: virtualDir('changed') },
  ]
  const results = await compareWithOpenapiTypescript(specs)
  reports = new Map(specs.map(({ name }, index) => [name, results[index]!]))
}, 120_000)

describe.each(Object.keys(FIXTURES))("%s: our types and openapi-typescript's agree", (fixture) => {
  it('for every operation, request and response, except the deliberate differences', () => {
    const report = reports.get(fixture)!
    expect(report.otherErrors).toEqual([])
    expect(report.mismatches.map(describeMismatch)).toEqual([])
    expect(report.operations).toBeGreaterThan(0)
    expect(report.checks).toBe(report.operations * SIDES.length)
  })
})

describe('the oracle can fail', () => {
  it('reports a changed type, at the operations of the changed file, with the property', async () => {
    const report = reports.get('changed')!
    expect(report.otherErrors).toEqual([])
    expect(report.mismatches.length).toBeGreaterThan(0)
    const { model } = await generate(changedCopy)
    const inChangedFile = model.operations
      .filter((operation) => path.resolve(operation.source.file) === path.resolve(path.dirname(changedCopy), changedFile))
      .map((operation) => `${operation.method.toUpperCase()} ${operation.path}`)
    expect(inChangedFile.length).toBeGreaterThan(0)
    for (const mismatch of report.mismatches) {
      expect(inChangedFile).toContain(mismatch.operation)
      expect(mismatch.where.length).toBeGreaterThan(0)
      expect(
        mismatch.where.every((where) => where.startsWith('.')),
        describeMismatch(mismatch),
      ).toBe(true)
    }
  })
})
