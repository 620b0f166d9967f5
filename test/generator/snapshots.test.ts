import { describe, expect, it } from 'vitest'
import { FIXTURES, generateFixture } from '../helpers.ts'

// Every file the generator writes for every fixture spec, kept as reviewed files under __snapshots__/.
describe.each(Object.keys(FIXTURES))('snapshot of %s', (fixture) => {
  it('writes the same files as the snapshot', async () => {
    const { files } = await generateFixture(fixture)
    expect([...files.keys()]).toMatchSnapshot()
    for (const [file, text] of files) {
      await expect(text).toMatchFileSnapshot(`./__snapshots__/${fixture}/${file}.snap`)
    }
  })
})
