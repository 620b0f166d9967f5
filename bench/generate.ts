// npm run bench: our full generation versus openapi-typescript (types only) on the same spec,
// alternating, several runs each in one process tree; prints medians, peak memory and ratios.
// Also measures the validation (its share of a full run, the spec's warning count) and an incremental regeneration
// (--watch) after editing one path file.
import { spawn, spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CORPUS = path.resolve(ROOT, '../shared/corpus/openapi.yaml')
const { values } = parseArgs({ options: { spec: { type: 'string' }, runs: { type: 'string', default: '5' } } })
const spec = path.resolve(values.spec ?? (existsSync(CORPUS) ? CORPUS : path.join(ROOT, 'spec/openapi.yaml')))
const runs = Math.max(1, Number(values.runs))
const scratch = mkdtempSync(path.join(tmpdir(), 'wechatpay-bench-'))

interface Sample {
  readonly seconds: number
  readonly bytes: number
}

/** Runs one command to completion; returns its wall time and peak memory. */
function measure(args: readonly string[]): Sample {
  const rssFile = path.join(scratch, 'rss')
  rmSync(rssFile, { force: true })
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench/report-rss.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  return { seconds, bytes: Number(readFileSync(rssFile, 'utf8')) }
}

// What `npm run generate` runs.
const ours = (specFile: string, out: string) => [path.join(ROOT, 'generator/bin/generate.mjs'), '--spec', specFile, '--out', out]
const theirs = (specFile: string, out: string) => [path.join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), specFile, '--output', out]

const median = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`

console.log(`spec: ${path.relative(ROOT, spec)}; ${runs} runs each, alternating`)
const ourSamples: Sample[] = []
const theirSamples: Sample[] = []
for (let run = 0; run < runs; run++) {
  // A fresh output directory every time: a full generation, not an incremental one. Outputs are removed with the
  // scratch folder at the end, not between runs: on a file system mounted with `discard` (this machine's), creating
  // files right after deleting a few thousand costs several times more, a cost of the harness, not of a run.
  ourSamples.push(measure(ours(spec, path.join(scratch, `ours-${run}`))))
  theirSamples.push(measure(theirs(spec, path.join(scratch, `theirs-${run}.d.ts`))))
}
const ourTime = median(ourSamples.map((s) => s.seconds))
const theirTime = median(theirSamples.map((s) => s.seconds))
const ourPeak = Math.max(...ourSamples.map((s) => s.bytes))
const theirPeak = Math.max(...theirSamples.map((s) => s.bytes))
console.log(`ours  (typings, bindings, pages, package): median ${ourTime.toFixed(2)} s, peak ${mib(ourPeak)}`)
console.log(`openapi-typescript (types only):           median ${theirTime.toFixed(2)} s, peak ${mib(theirPeak)}`)
console.log(`ratio ours/theirs: time ${(ourTime / theirTime).toFixed(2)}, peak memory ${(ourPeak / theirPeak).toFixed(2)}`)

// Validation: the checks generate() runs before the model, timed in this process on files already parsed (the parse
// itself is needed by the model anyway); its share of a full run, and the spec's warning count.
{
  const { Resolver } = await import('../generator/resolve/resolver.ts')
  const { validateSpec } = await import('../generator/validate/index.ts')
  const resolver = new Resolver(spec)
  const first = validateSpec(resolver) // parses every file it reaches
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    validateSpec(resolver)
    times.push((performance.now() - started) / 1000)
  }
  const validation = median(times)
  console.log(
    `validation (files parsed): median ${validation.toFixed(3)} s = ${((validation / ourTime) * 100).toFixed(1)} % of a full run; ` +
      `${first.errors.length} errors, ${first.warnings.length} warnings`,
  )
}

// Incremental: `--watch` on a scratch copy of the spec; edit one path file, time until the regeneration is written.
const specCopy = path.join(scratch, 'spec')
cpSync(path.dirname(spec), specCopy, { recursive: true })
const copiedRoot = path.join(specCopy, path.basename(spec))
const pathFile = readFileSync(copiedRoot, 'utf8').match(/\$ref:\s*['"]?(\.\/paths\/[^'"\s]+)/)?.[1]
if (pathFile) {
  const edited = path.join(specCopy, pathFile)
  const original = readFileSync(edited, 'utf8')
  const watcher = spawn(process.execPath, ours(copiedRoot, path.join(scratch, 'watched')).concat('--watch'), { cwd: ROOT })
  const lines = createInterface({ input: watcher.stdout })
  let stderr = ''
  watcher.stderr.on('data', (chunk) => (stderr += chunk))
  const nextLine = () =>
    new Promise<string>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`--watch exited (${code}):\n${stderr}`))
      // A lost edit must not hang the bench: give up after a minute, with what the watcher said.
      const timer = setTimeout(() => {
        watcher.kill()
        reject(new Error(`no line from --watch within 60 s:\n${stderr}`))
      }, 60_000)
      watcher.once('exit', exited)
      lines.once('line', (line) => {
        clearTimeout(timer)
        watcher.off('exit', exited)
        resolve(line)
      })
    })
  await nextLine()
  const times: number[] = []
  const written: string[] = []
  for (let edit = 0; edit < runs; edit++) {
    const started = performance.now()
    writeFileSync(edited, edit % 2 === 0 ? original.replace(/description: (.*)/, 'description: $1 (edited)') : original)
    const line = await nextLine()
    times.push((performance.now() - started) / 1000)
    written.push(line.match(/: (\d+) files written/)?.[1] ?? '?')
  }
  watcher.kill()
  const incremental = median(times)
  console.log(
    `incremental (--watch, one path file edited): median ${incremental.toFixed(2)} s = ${((incremental / ourTime) * 100).toFixed(0)} % of a full run; ` +
      `files rewritten per edit: ${written.join(', ')}`,
  )
}
rmSync(scratch, { recursive: true, force: true })
