import { describe, expect, it } from 'vitest'
import { FIXTURES, generateFixture } from '../helpers.ts'

/**
 * Files that do not depend on the spec: the compiled runtime, its entry points (protocol, simulator), the license and the docs theme
 * (checked by test/package and test/site), and index.d.mts (a byte copy of index.d.ts, checked below).
 */
const SPEC_INDEPENDENT = /^(runtime\/|protocol\.|simulator\.|LICENSE$|docs\/\.vitepress\/theme\/)/

// Every file the generator writes from the spec, for every fixture spec, kept as reviewed files under __snapshots__/.
describe.each(Object.keys(FIXTURES))('snapshot of %s', (fixture) => {
  it('writes the same files as the snapshot', async () => {
    const { files } = await generateFixture(fixture)
    expect([...files.keys()]).toMatchSnapshot()
    for (const [file, text] of files) {
      if (SPEC_INDEPENDENT.test(file) || file === 'index.d.mts') continue
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${fixture}/${file}.snap`)
    }
    expect(files.get('index.d.mts')).toBe(files.get('index.d.ts'))
  })
})
