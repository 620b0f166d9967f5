#!/usr/bin/env node
// `npm run generate`: runs generator/cli.ts from a bundle made with esbuild, rebuilt whenever a source is newer.
// Running the TypeScript sources through a loader (tsx) costs about a second per run in module loading on a large
// spec; the bundle is plain JavaScript for node. The bundle lives in node_modules/.cache (git-ignored).
// @ts-check
import { mkdirSync, readdirSync, renameSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'

// A generation is a short batch run through many functions, most of them hot for a moment only. With V8's default
// budget its optimizing compiler compiled hundreds of them, on the second core and on the main thread's time: of the
// 5 billion instructions a corpus run took more than the benchmark's floor, 1.9 were the compiler's (callgrind).
// Fifteen times the budget lets only the really hot functions be optimized: on the corpus a run took 15–24 % less
// wall time and 22–38 % less CPU time (the floor, js-yaml alone, gains 2 % and 11 %). Set before the bundle loads, as
// its functions take their budget when first run; a budget given on the command line wins.
if (!process.execArgv.some((flag) => /^--interrupt[-_]budget(=|$)/.test(flag))) setFlagsFromString('--interrupt-budget=1000000')

const generatorDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = path.dirname(generatorDir)
const bundle = path.join(root, 'node_modules/.cache/wechatpay-openapi-generator/cli.mjs')

/** The newest modification time of the generator's TypeScript sources (the runtime is bundled separately). */
function newestSource() {
  let newest = statSync(path.join(root, 'package.json')).mtimeMs
  for (const entry of readdirSync(generatorDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

let stale = true
try {
  stale = statSync(bundle).mtimeMs < newestSource()
} catch {}
if (stale) {
  mkdirSync(path.dirname(bundle), { recursive: true })
  const { build } = await import('esbuild') // only when rebuilding
  // Built beside and renamed into place: a run starting meanwhile never loads half a bundle.
  const partial = `${bundle}.${process.pid}.mjs`
  await build({
    entryPoints: [path.join(generatorDir, 'cli.ts')],
    outfile: partial,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    define: { GENERATOR_DIR_OF_BUNDLE: JSON.stringify(generatorDir) },
  })
  renameSync(partial, bundle)
}
await import(pathToFileURL(bundle).href)
