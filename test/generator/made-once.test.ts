import { describe, expect, it } from 'vitest'
import { madeOnce } from '../../generator/emit/shared/made-once.ts'

describe('madeOnce', () => {
  it('makes the value every time outside a session', () => {
    const key = {}
    let made = 0
    const make = () => `text ${++made}`
    expect([madeOnce(undefined, key, make), madeOnce(undefined, key, make)]).toEqual(['text 1', 'text 2'])
  })

  it('in a session makes it once per key, with the key, and returns the kept value after', () => {
    const kept = new WeakMap<{ name: string }, string>()
    const first = { name: 'a' }
    const second = { name: 'b' }
    const keys: string[] = []
    const make = (key: { name: string }) => {
      keys.push(key.name)
      return `page ${key.name}`
    }
    expect([madeOnce(kept, first, make), madeOnce(kept, second, make), madeOnce(kept, first, make)]).toEqual(['page a', 'page b', 'page a'])
    expect(keys).toEqual(['a', 'b'])
    expect(kept.get(second)).toBe('page b')
  })
})
