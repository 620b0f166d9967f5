#!/usr/bin/env node
// The floor of `npm run bench` (bench/generate.ts): the least any generator must do with the spec. It parses every
// YAML file under the root document's folder with js-yaml and writes one file per path (the JSON of its Path Item,
// `$ref`s left as they are). No resolution, no checks, no types: what is left of a generation is reading and writing.
// Plain JavaScript run by node, like our bundled CLI, so neither pays a TypeScript loader.
// Usage: node bench/floor.mjs ROOT.yaml OUT_DIR
// @ts-check
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { load } from 'js-yaml'

const [specFile, outDir] = process.argv.slice(2)
if (!specFile || !outDir) throw new Error('usage: node bench/floor.mjs ROOT.yaml OUT_DIR')
const specDir = path.dirname(path.resolve(specFile))

/** @type {Map<string, unknown>} */
const parsed = new Map()
for (const entry of readdirSync(specDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue
  const file = path.join(entry.parentPath, entry.name)
  parsed.set(file, load(readFileSync(file, 'utf8')))
}

const root = /** @type {{ paths?: Record<string, { $ref?: string }> }} */ (parsed.get(path.resolve(specFile)))
mkdirSync(outDir, { recursive: true })
let index = 0
for (const [, item] of Object.entries(root.paths ?? {})) {
  const data = item.$ref ? parsed.get(path.resolve(specDir, item.$ref.split('#')[0])) : item
  writeFileSync(path.join(outDir, `${index++}.json`), JSON.stringify(data))
}
process.stdout.write(`${parsed.size} files parsed, ${index} written\n`)
