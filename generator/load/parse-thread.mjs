// A parse thread (see parse-threads.ts): parses spec files.
// Plain JavaScript because worker threads do not inherit the TypeScript loader the tests run under.
// @ts-check
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parentPort } from 'node:worker_threads'
import { parseYamlText } from './parse-yaml.mjs'

// `$ref: ./paths/x.yaml#/a` → `./paths/x.yaml` (as referencedFiles in parse-threads.ts); good enough to prefetch: the resolver decides what is really used.
const REF = /\$ref['"]?\s*:\s*['"]?([^'"#\s]*)/g

// A batch of files in, a batch of results out. Parsed data travels as JSON text: JSON.parse on the main
// thread is much faster than receiving a structured clone of the same objects.
parentPort?.on('message', (/** @type {{ parse: string[] }} */ task) => {
  parentPort?.postMessage(task.parse.map(parseFile))
})

/** @param {string} file */
function parseFile(file) {
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return { file, missing: true }
  }
  const refs = new Set()
  for (const match of text.matchAll(REF)) {
    if (match[1] && !/^[a-z][a-z0-9+.-]*:/i.test(match[1])) refs.add(path.resolve(path.dirname(file), safeDecode(match[1])))
  }
  const parsed = parseYamlText(text)
  return 'error' in parsed ? { file, text, error: parsed.error, refs: [...refs] } : { file, text, json: JSON.stringify(parsed.data), refs: [...refs] }
}

/** @param {string} text */
function safeDecode(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
