import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseYamlText } from '../../generator/load/parse-yaml.ts'
import { FIXTURES } from '../helpers.ts'

/** Every YAML file of a fixture spec's folder. */
function yamlFiles(root: string): string[] {
  const dir = path.dirname(root)
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => path.join(dir, file))
}

describe('parseYamlText: js-yaml for speed, yaml as the judge', () => {
  it('gives the data yaml gives for every file of the fixture specs', () => {
    const files = Object.values(FIXTURES).flatMap(yamlFiles)
    expect(files.length).toBeGreaterThan(10)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      expect(parseYamlText(text), file).toEqual({ data: parse(text) })
    }
  })

  it('reads YAML 1.2 core-schema scalars: dates and yes/no stay strings', () => {
    const text = 'date: 2018-06-08T10:34:56+08:00\nanswer: yes\nnothing: ~\noctal: 0o17\nhex: 0x1F\ntext: "\\u00e9"\n'
    expect(parseYamlText(text)).toEqual({ data: { date: '2018-06-08T10:34:56+08:00', answer: 'yes', nothing: null, octal: 15, hex: 31, text: 'é' } })
  })

  it('takes yaml’s data where js-yaml refuses a valid text (an empty file)', () => {
    expect(parseYamlText('')).toEqual({ data: null })
    expect(parseYamlText('# only a comment\n')).toEqual({ data: null })
  })

  it('reports yaml’s message and offset for a syntax error', () => {
    const text = 'get:\n  summary: [unclosed\n'
    const result = parseYamlText(text)
    expect(result).toEqual({ error: { offset: expect.any(Number), message: expect.stringContaining('Flow sequence') } })
  })

  it('refuses duplicate keys, at the duplicate', () => {
    const text = 'summary: one\nsummary: two\n'
    expect(parseYamlText(text)).toEqual({ error: { offset: text.lastIndexOf('summary'), message: 'Map keys must be unique' } })
  })

  it('refuses a stream of several documents', () => {
    expect(parseYamlText('a: 1\n---\nb: 2\n')).toEqual({ error: { offset: expect.any(Number), message: expect.stringContaining('multiple documents') } })
  })
})
