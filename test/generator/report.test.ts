import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { BundleError, DeclarationError, ProjectFileError } from '../../generator/inputs/errors.ts'
import { describeFailure } from '../../generator/report.ts'
import { OutputDirError } from '../../generator/write/output-dir.ts'

/** A file system error as node:fs throws it. */
function fsError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, ${syscall} '${file}'`), { code, syscall, path: file })
}

describe('what the CLI prints for each kind of failure: one line, never a stack trace', () => {
  const cases: [name: string, error: unknown, want: string][] = [
    ['a ProjectFileError', new ProjectFileError('package.json has no license'), `error: the generator's own project files: package.json has no license\n`],
    ['a BundleError', new BundleError('bundling the runtime: x'), 'error: cannot compile generator/runtime into the package: bundling the runtime: x\n'],
    [
      'a DeclarationError of several lines',
      new DeclarationError('cannot be emitted:\n  a.ts: bad\n  b.ts: worse'),
      'error: cannot compile generator/runtime into the package: cannot be emitted:; a.ts: bad; b.ts: worse\n',
    ],
    ['an OutputDirError', new OutputDirError('refusing to replace out'), 'error: refusing to replace out\n'],
    ['a write error', fsError('ENOSPC', 'write', path.resolve('out/index.d.ts')), 'error: cannot write out/index.d.ts: ENOSPC (the disk is full)\n'],
    ['a permission error', fsError('EACCES', 'mkdir', path.resolve('out')), 'error: cannot mkdir out: EACCES (permission denied)\n'],
  ]
  for (const [name, error, want] of cases) {
    it(name, () => {
      expect(describeFailure(error)).toBe(want)
    })
  }

  it('an internal error says it is a bug and where to report it; the stack only with GENERATOR_DEBUG=1', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')")
    const saved = process.env.GENERATOR_DEBUG
    try {
      delete process.env.GENERATOR_DEBUG
      const quiet = describeFailure(bug)
      expect(quiet.trimEnd().split('\n')).toHaveLength(1)
      expect(quiet).toMatch(
        /^internal error: Cannot read properties of undefined \(reading 'x'\)\. This is a bug in the generator.*report it as an issue of wechatpay-openapi-generator/,
      )
      process.env.GENERATOR_DEBUG = '1'
      expect(describeFailure(bug)).toContain(bug.stack!)
    } finally {
      if (saved === undefined) delete process.env.GENERATOR_DEBUG
      else process.env.GENERATOR_DEBUG = saved
    }
  })
})
