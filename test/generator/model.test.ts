import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { SpecError } from '../../generator/load/spec-error.ts'
import { ROOT, writeSpecFile } from '../helpers.ts'

/** A one-file spec in a scratch folder, with `info.version` as given (a YAML number is the validator's error, not the model's). */
function specWithVersion(version: string): string {
  return writeSpecFile(
    'version',
    `openapi: 3.1.0\ninfo:\n  title: t\n  version: ${version}\npaths:\n  /v3/things:\n    get:\n      responses:\n        '204':\n          description: No Content\n`,
  )
}

describe('spec checks of the model', () => {
  const cases: [given: string, shown: string][] = [
    ['v1', '"v1"'],
    ['1.0.0.1', '"1.0.0.1"'],
    ["'1'", '"1"'],
  ]
  it.each(cases)('info.version %s is a spec error at its value', async (version, shown) => {
    const file = specWithVersion(version)
    const error = await generate(file).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(SpecError)
    expect((error as SpecError).message).toBe(
      `${path.relative(ROOT, file)}:4:12: info.version ${shown} is not a semantic version (like 1.0.0); the package's package.json needs one`,
    )
  })
})
