// The compiled runtime (bundles and declarations) depends only on the generator's own files, never on the
// spec, and compiling it costs a noticeable share of a run. It is kept in node_modules/.cache, under a key
// made of everything it is made from: the runtime sources, the compiling code, and the versions of the two
// compilers. A changed input gives a new key, so a stale entry is never used. Writing the cache is best effort.

import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { GENERATOR_DIR } from '../../source-root.ts'

/** Where the runtime's sources are (bundle.ts reads them from the same place). */
const RUNTIME_SOURCE_DIR = path.join(GENERATOR_DIR, 'runtime')

const CACHE_DIR = path.join(GENERATOR_DIR, '../node_modules/.cache/wechatpay-openapi-generator')
const COMPILING_CODE = ['inputs/runtime/bundle.ts', 'inputs/runtime/declarations.ts', 'inputs/runtime/index.ts']
const COMPILERS = ['esbuild', 'ts-morph']

/** The runtime's compiled files: from the cache when its inputs are unchanged, else from `compile` (then cached). */
export async function cachedRuntime(compile: () => Promise<Map<string, string>>): Promise<Map<string, string>> {
  const file = path.join(CACHE_DIR, `runtime-${inputsKey()}.json`)
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>))
  } catch {
    // Not cached yet (or unreadable): compile.
  }
  const compiled = await compile()
  try {
    mkdirSync(CACHE_DIR, { recursive: true })
    const partial = `${file}.${process.pid}`
    writeFileSync(partial, JSON.stringify(Object.fromEntries(compiled)))
    renameSync(partial, file)
  } catch {
    // A read-only checkout still generates, only without the cache.
  }
  return compiled
}

function inputsKey(): string {
  const hash = createHash('sha256')
  const runtimeFiles = readdirSync(RUNTIME_SOURCE_DIR, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.ts'))
    .sort()
  for (const name of runtimeFiles) hash.update(`runtime/${name}\0`).update(readFileSync(path.join(RUNTIME_SOURCE_DIR, name)))
  for (const name of COMPILING_CODE) hash.update(`${name}\0`).update(readFileSync(path.join(GENERATOR_DIR, name)))
  for (const name of COMPILERS) {
    const manifest = JSON.parse(readFileSync(path.join(GENERATOR_DIR, '../node_modules', name, 'package.json'), 'utf8')) as { version: string }
    hash.update(`${name}@${manifest.version}\0`)
  }
  return hash.digest('hex').slice(0, 32)
}
