// The texts a session reuses whole (emit/shared/joined-text.ts), and the simulator's data put together from one
// piece per operation: the same bytes as JSON.stringify of the whole.
import { describe, expect, it } from 'vitest'
import { createCache } from '../../generator/cache.ts'
import { joinedText } from '../../generator/emit/shared/joined-text.ts'
import { simulatorOperations } from '../../generator/emit/simulator/index.ts'
import { SIMULATOR_OPERATIONS_FILE } from '../../generator/emit/shared/output-files.ts'
import { FIXTURES, generateFixture } from '../helpers.ts'

describe('joinedText', () => {
  it('joins the parts', () => {
    expect(joinedText(undefined, 'k', { before: '[', pieces: ['a', 'b', 'c'], separator: ', ', after: ']\n' })).toBe('[a, b, c]\n')
    expect(joinedText(undefined, 'k', { pieces: [], separator: ', ' })).toBe('')
  })

  // Whether it is the same string object cannot be seen from JavaScript; what can is that a change is never missed.
  it('in a session, gives last run’s text when every part is equal, and a new one when any differs', () => {
    const cache = createCache()
    const parts = { before: '{', pieces: ['one', 'two'], separator: ',', after: '}' }
    const first = joinedText(cache, 'file', parts)
    // Equal pieces made anew (as an emitter makes them for an operation that was rebuilt) still count as equal.
    const again = joinedText(cache, 'file', { ...parts, pieces: ['o' + 'ne'.repeat(1), ['t', 'w', 'o'].join('')] })
    expect(again).toBe(first)
    expect(joinedText(cache, 'file', { ...parts, pieces: ['one', 'three'] })).toBe('{one,three}')
    expect(joinedText(cache, 'file', { ...parts, after: ']' })).toBe('{one,two]')
    expect(joinedText(cache, 'file', { ...parts, pieces: ['one'] })).toBe('{one}')
    // Another file's text is its own.
    expect(joinedText(cache, 'other', { pieces: ['one'], separator: '' })).toBe('one')
  })
})

describe("the simulator's data", () => {
  it.each(Object.keys(FIXTURES))('%s: the bytes JSON.stringify gives, and the model’s operations and webhooks', async (fixture) => {
    const { model, files } = await generateFixture(fixture)
    const text = files.get(SIMULATOR_OPERATIONS_FILE)!
    const data: unknown = JSON.parse(text)
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`)
    expect(data).toEqual(JSON.parse(JSON.stringify(simulatorOperations(model))))
    expect((data as { operations: unknown[] }).operations).toHaveLength(model.operations.length)
  })
})
