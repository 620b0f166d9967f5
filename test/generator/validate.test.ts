import { createConfig, lint } from '@redocly/openapi-core'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.ts'

describe('spec/ is a valid OpenAPI 3.1 document', () => {
  it('the Redocly validator reports no error (recommended rules)', async () => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lint({ ref: path.join(ROOT, 'spec/openapi.yaml'), config })
    const errors = problems.filter((problem) => problem.severity === 'error')
    expect(errors.map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`)).toEqual([])
  })

  it('the validator does report a broken document (the check can fail)', async () => {
    const config = await createConfig({ extends: ['recommended'] })
    const problems = await lint({ ref: path.join(ROOT, 'test/fixtures/specs/shared-parents/openapi.yaml'), config })
    // That fixture keeps a path with a trailing slash on purpose, as the real API has one.
    expect(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.ruleId)).toContain('no-path-trailing-slash')
  })
})
