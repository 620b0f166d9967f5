// The suite's workers keep loaded modules from one file to the next (vitest.config.ts, the 'shared' project), so a
// module replaced by `vi.mock` would stay replaced for the files after it. Such a file must be an *.isolated.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers.ts'

const MOCKS = /\bvi\s*\.\s*(mock|doMock|stubGlobal|stubEnv)\s*\(/

const testFiles = (readdirSync(path.join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((file) => file.endsWith('.test.ts') && !file.split(path.sep).includes('node_modules'))
  .map((file) => path.join('test', file))
  .sort()

describe('test files that replace modules or globals run in a module graph of their own', () => {
  it('the suite has files of both kinds', () => {
    expect(testFiles.filter((file) => file.endsWith('.isolated.test.ts')).length).toBeGreaterThan(0)
    expect(testFiles.length).toBeGreaterThan(10)
  })

  it('every file that calls vi.mock, vi.doMock, vi.stubGlobal or vi.stubEnv is named *.isolated.test.ts', () => {
    const misplaced = testFiles.filter((file) => !file.endsWith('.isolated.test.ts') && MOCKS.test(readFileSync(path.join(ROOT, file), 'utf8')))
    expect(misplaced).toEqual([])
  })

  it('the check finds a vi.mock call', () => {
    // Put together here, so that this file does not itself contain the call it looks for.
    expect(MOCKS.test(['vi', "mock('node:crypto', async () => ({}))"].join('.'))).toBe(true)
    expect(MOCKS.test('const mock = vi.fn()')).toBe(false)
  })
})
