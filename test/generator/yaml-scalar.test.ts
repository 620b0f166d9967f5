import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { yamlScalar } from '../../generator/emit/shared/text.ts'
import { FIXTURES } from '../helpers.ts'

/** What the pages wrote before the fast path: `yaml` asked about every scalar. */
const byYaml = (line: string) => stringify(line, { lineWidth: 0 }).trimEnd()

/** Texts on both sides of YAML's plain-scalar rules, each kind once plain and once not. */
const TRICKY = [
  ...['abc', 'a:b', 'a#b', 'a - b', 'a, b', 'x: ', 'a: b', 'a #b', 'a:', 'a ', ' a', '\ta', 'a\tb', '中文：说明', '说明 #1'],
  ...['-a', '- a', '-', '?', '? a', ':a', ',a', '[a]', '{a}', '#a', '&a', '*a', '!a', '|a', '>a', "'a'", '"a"', '%a', '@a', '`a`'],
  ...['null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'no', 'yes', 'off', '~', '~a', 'nullable'],
  ...['1', '1a', '0x1F', '0o17', '1.5', '.5', '.inf', '.nan', '+1', '-1', '1e3', '---', '--- a', '...', '...a', 'a---'],
  ...['a\u0007b', 'a\u0085b', 'a\u00a0b', '\u00a0a', 'a\u3000', 'a\ufeffb', '🙂', 'a🙂b', 'a\ud800b', 'a\u2028b'],
]

/** Every `summary` and `description` of the fixture specs, as pages write them (one line). */
function specTexts(): string[] {
  const texts: string[] = []
  for (const root of Object.values(FIXTURES)) {
    const dir = path.dirname(root)
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml'))) {
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk)
        else if (typeof value === 'object' && value !== null) {
          for (const [key, inner] of Object.entries(value)) {
            if ((key === 'summary' || key === 'description' || key === 'title') && typeof inner === 'string') texts.push(inner)
            walk(inner)
          }
        }
      }
      walk(parse(readFileSync(path.join(dir, file), 'utf8')))
    }
  }
  return texts
}

describe('yamlScalar: page front matter without asking yaml about plain text', () => {
  it.each(TRICKY)('writes %j as yaml does', (text) => {
    expect(yamlScalar(text)).toBe(byYaml(text.replace(/\s*\r?\n\s*/g, ' ').trim()))
  })

  it('writes every summary and description of the fixture specs as yaml does, and reads back as the same line', () => {
    const texts = specTexts()
    expect(texts.length).toBeGreaterThan(50)
    for (const text of texts) {
      const line = text.replace(/\s*\r?\n\s*/g, ' ').trim()
      expect(yamlScalar(text), text).toBe(text === '' ? '' : byYaml(line))
      if (line !== '') expect(parse(`description: ${yamlScalar(text)}`), text).toEqual({ description: line })
    }
  })

  it('writes an empty text as nothing (the public pages keep `description: `), a blank one as yaml does', () => {
    expect(yamlScalar('')).toBe('')
    expect(yamlScalar(' \n ')).toBe('""')
  })
})
