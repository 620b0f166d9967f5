// The README's simulator example, run as written: the ```js block of README.md's "Testing against the simulator"
// (the same text as the generated package README's), saved into the consumer project where the packed package is
// installed and run with Node.js. It creates a JSAPI order, signs the front end's parameters, receives the order's
// notification through simulator.notify and wxpay.notifications.parse, and queries the order; each step asserts.

import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../helpers.ts'
import { buildAndInstall, removeScratch, run, type InstalledPackage } from './harness.ts'

const HEADING = '### Testing against the simulator'

/** The first ```js block after `heading` in `text`. */
function exampleAfter(text: string, heading: string): string {
  const start = text.indexOf(heading)
  if (start === -1) throw new Error(`no "${heading}" section`)
  const block = /^```js\n([\s\S]*?)^```$/m.exec(text.slice(start))
  if (block === null) throw new Error(`no js block after "${heading}"`)
  return block[1]!
}

let installed: InstalledPackage
beforeAll(async () => {
  installed = await buildAndInstall(path.join(ROOT, 'spec/openapi.yaml'))
})
afterAll(() => removeScratch(installed?.scratch))

describe("the README's simulator example", () => {
  it("is the generated package README's example, word for word", () => {
    const project = exampleAfter(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), HEADING)
    const packaged = exampleAfter(installed.generated.files.get('README.md')!, '## Testing against the simulator')
    expect(project).toBe(packaged)
  })

  it('runs against the packed package and passes its assertions', async () => {
    const example = exampleAfter(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), HEADING)
    const file = path.join(installed.consumerDir, 'readme-simulator.mjs')
    writeFileSync(file, example)
    const outcome = await run(process.execPath, [file], { cwd: installed.consumerDir })
    expect(outcome.stderr).toBe('')
    expect(outcome.stdout).toBe('integration test passed\n')
    expect(outcome.code).toBe(0)
  })

  it('fails when an assertion of it does not hold (the run can fail)', async () => {
    const example = exampleAfter(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), HEADING)
    const broken = example.replace("assert.equal(queried.trade_state, 'SUCCESS')", "assert.equal(queried.trade_state, 'CLOSED')")
    expect(broken).not.toBe(example)
    const file = path.join(installed.consumerDir, 'readme-simulator-broken.mjs')
    writeFileSync(file, broken)
    const outcome = await run(process.execPath, [file], { cwd: installed.consumerDir })
    expect(outcome.code).not.toBe(0)
    expect(outcome.stderr).toMatch(/AssertionError/)
  })
})
