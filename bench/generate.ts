// npm run bench: our full generation against openapi-typescript (types only) and against a floor (bench/floor.mjs:
// js-yaml parses every YAML file, one file is written per path) on the same spec, the three alternating, several runs
// each in one process tree, whole processes; prints medians, peak memory and the ratios next to their goals.
// Also measures the validation (its share of a full run, the spec's warning count) and an incremental regeneration
// (--watch) after editing one path file.
import { spawn, spawnSync } from 'node:child_process'
import { createInterface } from 'node:readline'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CORPUS = path.resolve(ROOT, '../shared/corpus/openapi.yaml')
const { values } = parseArgs({ options: { spec: { type: 'string' }, runs: { type: 'string', default: '5' } } })
const spec = path.resolve(values.spec ?? (existsSync(CORPUS) ? CORPUS : path.join(ROOT, 'spec/openapi.yaml')))
const runs = Math.max(1, Number(values.runs))
const scratch = mkdtempSync(path.join(tmpdir(), 'wechatpay-bench-'))

/** The goals of issue 9, printed next to what was measured. */
const GOALS = { versusOpenapiTypescript: 0.5, versusFloor: 2.0, peakMiB: 250, incrementalShare: 0.1 }

interface Sample {
  /** Wall time of the whole process. */
  readonly seconds: number
  /** User + system CPU time of the process, all its threads: less sensitive than wall time to other load. */
  readonly cpuSeconds: number
  readonly bytes: number
}

/** Runs one command to completion; returns its wall time, CPU time and peak memory. */
function measure(args: readonly string[]): Sample {
  const usageFile = path.join(scratch, 'usage')
  rmSync(usageFile, { force: true })
  const started = performance.now()
  const result = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench/report-usage.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BENCH_RSS_FILE: usageFile },
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { peakBytes: number; cpuMicros: number }
  return { seconds, cpuSeconds: usage.cpuMicros / 1e6, bytes: usage.peakBytes }
}

// What `npm run generate` runs.
const ours = (specFile: string, out: string) => [path.join(ROOT, 'generator/bin/generate.mjs'), '--spec', specFile, '--out', out]
const theirs = (specFile: string, out: string) => [path.join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), specFile, '--output', out]
const floor = (specFile: string, out: string) => [path.join(ROOT, 'bench/floor.mjs'), specFile, out]

const median = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')
/** `0.62 (goal ≤ 0.5: not met)` */
const against = (value: number, goal: number, digits = 2) => `${value.toFixed(digits)} (goal ≤ ${goal}: ${value <= goal ? 'met' : 'not met'})`

console.log(
  `spec: ${path.relative(ROOT, spec)}; ${runs} runs each, alternating; load average before: ${load()} (${process.platform}, Node.js ${process.versions.node})`,
)
const contenders = { ours, theirs, floor }
const samples: Record<keyof typeof contenders, Sample[]> = { ours: [], theirs: [], floor: [] }
// One unmeasured round first: the bundle of our CLI and the compiled runtime are cached in node_modules/.cache and
// are rebuilt when a source changed; a run that rebuilds them is not a generation.
for (let run = -1; run < runs; run++) {
  // A fresh output directory every time: a full generation, not an incremental one. Outputs are removed with the
  // scratch folder at the end, not between runs: on a file system mounted with `discard` (this machine's), creating
  // files right after deleting a few thousand costs several times more, a cost of the harness, not of a run.
  // The order rotates, so that a contender is not always the one that runs right after another's writes.
  const names = Object.keys(contenders) as (keyof typeof contenders)[]
  for (let k = 0; k < names.length; k++) {
    const name = names[(Math.max(run, 0) + k) % names.length]!
    const out = path.join(scratch, `${name}-${run + 1}${name === 'theirs' ? '.d.ts' : ''}`)
    const sample = measure(contenders[name](spec, out))
    if (run >= 0) samples[name].push(sample)
  }
}
const summary = (list: readonly Sample[]) => ({
  seconds: median(list.map((sample) => sample.seconds)),
  cpuSeconds: median(list.map((sample) => sample.cpuSeconds)),
  peak: Math.max(...list.map((sample) => sample.bytes)),
})
const our = summary(samples.ours)
const their = summary(samples.theirs)
const bottom = summary(samples.floor)
const row = (label: string, { seconds, cpuSeconds, peak }: ReturnType<typeof summary>) =>
  `${label.padEnd(44)}median ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(2)} s), peak ${mib(peak)}`
console.log(row('ours (typings, bindings, pages, package):', our))
console.log(row('openapi-typescript (types only):', their))
console.log(row('floor (js-yaml parses, one file per path):', bottom))
const ourTime = our.seconds
console.log(
  `ratio ours/openapi-typescript: time ${against(ourTime / their.seconds, GOALS.versusOpenapiTypescript)}, peak memory ${(our.peak / their.peak).toFixed(2)}`,
)
console.log(`ratio ours/floor:              time ${against(ourTime / bottom.seconds, GOALS.versusFloor)}`)
console.log(
  `  the same from CPU time: ours/openapi-typescript ${(our.cpuSeconds / their.cpuSeconds).toFixed(2)}, ours/floor ${(our.cpuSeconds / bottom.cpuSeconds).toFixed(2)}`,
)
console.log(`peak memory, ours: ${mib(our.peak)} (goal ≤ ${GOALS.peakMiB} MiB: ${our.peak <= GOALS.peakMiB * 1048576 ? 'met' : 'not met'})`)

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
    `incremental (--watch, one path file edited): median ${incremental.toFixed(2)} s = ${((incremental / ourTime) * 100).toFixed(0)} % of a full run ` +
      `(goal ≤ ${GOALS.incrementalShare * 100} %: ${incremental / ourTime <= GOALS.incrementalShare ? 'met' : 'not met'}); files rewritten per edit: ${written.join(', ')}`,
  )
}
console.log(`load average after: ${load()} (other work on the machine inflates every figure; only ratios from one run compare)`)
rmSync(scratch, { recursive: true, force: true })
