import { readFileSync } from 'node:fs'
import type { Node as YamlNode } from 'yaml'
import { parseYamlText } from './parse-yaml.ts'
import { SpecError } from './spec-error.ts'
import { yamlLibrary } from './yaml-library.ts'

/** A parsed YAML (or JSON) file of the spec. Only the text and plain data are kept; positions are recovered on demand. */
export interface YamlFile {
  readonly file: string
  readonly text: string
  readonly data: unknown
}

/** A key path into a file's data, as property names and array indexes. */
export type DataPath = readonly (string | number)[]

export function readYamlFile(file: string, referencedFrom?: () => SpecError): YamlFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (cause) {
    if (referencedFrom) throw referencedFrom()
    const code = (cause as NodeJS.ErrnoException).code
    throw new SpecError({ file, line: 1, col: 1 }, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(cause)})`)
  }
  // Plain data is the fast path; positions are only needed when something is wrong.
  const parsed = parseYamlText(text)
  if ('error' in parsed) throw yamlError(file, text, parsed.error.offset, parsed.error.message)
  return { file, text, data: parsed.data }
}

/**
 * Finds the line and column of the node at `dataPath` (or of its deepest existing ancestor); with `key`, of the
 * mapping key that ends the path.
 * Re-parses the file with a line counter: cheap, and only done for errors.
 */
export function locate(source: YamlFile, dataPath: DataPath, { key: atKey = false } = {}): SpecError['position'] {
  const { LineCounter, parseDocument, isMap, isSeq } = yamlLibrary()
  const lineCounter = new LineCounter()
  const document = parseDocument(source.text, { lineCounter, keepSourceTokens: false })
  let node: YamlNode | null = document.contents
  let offset = node?.range?.[0] ?? 0
  for (const [index, key] of dataPath.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === String(key))
      if (!pair) break
      const value = pair.value as YamlNode | null
      const keyOffset = (pair.key as YamlNode | null)?.range?.[0]
      // `key`: the last key itself (an unknown or misplaced key), not its value.
      offset = atKey && index === dataPath.length - 1 && keyOffset !== undefined ? keyOffset : (value?.range?.[0] ?? keyOffset ?? offset)
      node = value
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key] as YamlNode
      offset = node.range?.[0] ?? offset
    } else {
      break
    }
  }
  const { line, col } = lineCounter.linePos(offset)
  return { file: source.file, line, col }
}

/** A YAML syntax error as a spec error at its position. */
function yamlError(file: string, text: string, offset: number, message: string): SpecError {
  return new SpecError(positionOf(file, text, offset), `invalid YAML: ${firstLine(message)}`)
}

function positionOf(file: string, text: string, offset: number): SpecError['position'] {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { file, line: before.split('\n').length, col: offset - lineStart + 1 }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}
