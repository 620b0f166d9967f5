// The package's bytes depend on the spec and the generator only: not on the run, not on where the checkout is
// (the bundles and declarations hold no absolute path, timestamp or machine detail).

import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { packageFiles } from '../../generator/emit/package/index.ts'
import { generate } from '../../generator/index.ts'
import { readInputs } from '../../generator/inputs/index.ts'
import { FIXTURES, ROOT, scratchDir } from '../helpers.ts'
import { removeScratch, run } from './harness.ts'

describe('the package is reproducible', () => {
  it('two runs give the same files', async () => {
    const { model } = await generate(FIXTURES['spec']!)
    const first = await packageFiles.emit(model, { inputs: await readInputs() })
    const second = await packageFiles.emit(model, { inputs: await readInputs() })
    expect([...second]).toEqual([...first])
  })

  it('a checkout elsewhere gives the same bytes, with no path of either checkout in them', async () => {
    const checkout = scratchDir('elsewhere')
    for (const entry of ['generator', 'spec', 'package.json', 'tsconfig.json', 'LICENSE'])
      cpSync(path.join(ROOT, entry), path.join(checkout, entry), { recursive: true })
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir')
    mkdirSync(path.join(checkout, 'out'))
    const cli = await run(process.execPath, ['--import', 'tsx', 'generator/cli.ts', '--out', 'out/sdk'], { cwd: checkout })
    // Warnings of the spec may go to stderr (exit 0 all the same); nothing there names either checkout.
    expect(cli.code, cli.stderr).toBe(0)
    for (const root of [ROOT, checkout]) expect(cli.stderr.includes(root), `stderr mentions ${root}`).toBe(false)

    const { files, model } = await generate(FIXTURES['spec']!)
    for (const file of (await packageFiles.emit(model, { inputs: await readInputs() })).keys()) {
      const there = readFileSync(path.join(checkout, 'out/sdk', file), 'utf8')
      expect(there, file).toBe(files.get(file))
      for (const root of [ROOT, checkout, path.dirname(ROOT)]) expect(there.includes(root), `${file} mentions ${root}`).toBe(false)
    }
    removeScratch(checkout)
  })
})
