// The texts a session reuses whole (emit/shared/reused-text.ts), and the simulator's data.
import { describe, expect, it } from 'vitest'
import { createCache } from '../../generator/cache.ts'
import { reusedText } from '../../generator/emit/shared/reused-text.ts'
import { simulatorOperations } from '../../generator/emit/simulator/index.ts'
import { SIMULATOR_OPERATIONS_FILE } from '../../generator/emit/shared/output-files.ts'
import { FIXTURES, generateFixture } from '../helpers.ts'

describe('reusedText', () => {
  it('without a session, builds every time', () => {
    let builds = 0
    const build = () => `text ${++builds}`
    expect(reusedText(undefined, 'file', ['a'], build)).toBe('text 1')
    expect(reusedText(undefined, 'file', ['a'], build)).toBe('text 2')
  })

  it('in a session, gives last run’s text when every part is equal, and builds again when any differs', () => {
    const cache = createCache()
    let builds = 0
    const build = () => `text ${++builds}`
    expect(reusedText(cache, 'file', ['one', 'two'], build)).toBe('text 1')
    // Equal parts made anew (as an emitter makes them for an operation that was rebuilt) still count as equal.
    expect(reusedText(cache, 'file', ['o' + 'ne', ['t', 'w', 'o'].join('')], build)).toBe('text 1')
    expect(reusedText(cache, 'file', ['one', 'three'], build)).toBe('text 2')
    expect(reusedText(cache, 'file', ['one'], build)).toBe('text 3')
    expect(reusedText(cache, 'file', ['one', ''], build)).toBe('text 4')
    // Another file's text is its own.
    expect(reusedText(cache, 'other', ['one', ''], build)).toBe('text 5')
    expect(builds).toBe(5)
  })
})

describe("the simulator's data", () => {
  it.each(Object.keys(FIXTURES))('%s: the model’s operations and webhooks, in order, as indented JSON', async (fixture) => {
    const { model, files } = await generateFixture(fixture)
    const text = files.get(SIMULATOR_OPERATIONS_FILE)!
    const data = JSON.parse(text) as { version: string; operations: { method: string; path: string }[]; webhooks: { eventType: string }[] }
    expect(text).toBe(`${JSON.stringify(data, null, 2)}\n`)
    expect(data).toEqual(JSON.parse(JSON.stringify(simulatorOperations(model))))
    expect(data.version).toBe(model.info.version)
    expect(data.operations.map(({ method, path }) => `${method} ${path}`)).toEqual(
      model.operations.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`),
    )
    expect(data.webhooks.map(({ eventType }) => eventType)).toEqual(model.webhooks.map((webhook) => webhook.eventType))
  })
})
