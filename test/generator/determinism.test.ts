import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse, stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { FIXTURES, scratchDir } from '../helpers.ts'

/** A copy of a fixture spec with its paths, and the methods of each Path Item, in reverse order. */
function shuffledCopy(fixture: string): string {
  const source = path.dirname(FIXTURES[fixture]!)
  const dir = scratchDir(`shuffled-${fixture}`)
  cpSync(source, dir, { recursive: true })
  const root = path.join(dir, 'openapi.yaml')
  const document = parse(readFileSync(root, 'utf8'))
  document.paths = Object.fromEntries(Object.entries(document.paths).reverse())
  writeFileSync(root, stringify(document))
  return root
}

describe('same spec, same bytes', () => {
  for (const fixture of ['spec', 'shared-parents']) {
    it(`${fixture}: shuffled path order gives identical output`, async () => {
      const original = await generate(FIXTURES[fixture]!)
      const shuffled = await generate(shuffledCopy(fixture))
      expect([...shuffled.files.keys()]).toEqual([...original.files.keys()])
      for (const [file, text] of original.files) expect(shuffled.files.get(file), file).toBe(text)
    })
  }

  it('two runs give identical output', async () => {
    const a = await generate(FIXTURES['shared-parents']!)
    const b = await generate(FIXTURES['shared-parents']!)
    expect([...a.files]).toEqual([...b.files])
  })

  it('method order inside a Path Item does not matter', async () => {
    const dir = scratchDir('method-order')
    cpSync(path.dirname(FIXTURES['shared-parents']!), dir, { recursive: true })
    const item = path.join(dir, 'paths/v3/ecommerce/refunds/{refund_id}.yaml')
    const document = parse(readFileSync(item, 'utf8'))
    writeFileSync(item, stringify(Object.fromEntries(Object.entries(document).reverse())))
    const original = await generate(FIXTURES['shared-parents']!)
    const reordered = await generate(path.join(dir, 'openapi.yaml'))
    expect([...reordered.files]).toEqual([...original.files])
  })
})
