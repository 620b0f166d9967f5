// npm run bench (its last part), or alone: npx tsx bench/site.ts [--spec FILE]
// The documentation site's build, three times on the same generated output, each in its own process:
//   floor — twoslash off (the blocks highlighted, not type-checked), nothing cached;
//   cold  — twoslash on, nothing cached (VitePress's and twoslash's caches removed);
//   warm  — after one page's code block changed, into the cold build's folder: docs:build bundles and renders that
//           page alone and folds it into the site (with the twoslash results and highlighted blocks on disk).
// Prints each build's time (and CPU time) and peak resident memory, and the ratios cold/floor and warm/cold.
// FILE defaults to spec/openapi.yaml (a build of the corpus takes minutes: pass ../shared/corpus/openapi.yaml).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { TWOSLASH_ENV } from '../generator/emit/site/config.ts'
import { cacheDirOf } from '../generator/tools/site/paths.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const { values } = parseArgs({ options: { spec: { type: 'string' } } })
const spec = path.resolve(typeof values.spec === 'string' ? values.spec : path.join(ROOT, 'spec/openapi.yaml'))
/** The warm/cold goal (issue 14) is judged from this many pages on. */
const GOAL_PAGES = 500
const scratch = mkdtempSync(path.join(tmpdir(), 'wechatpay-bench-site-'))
const out = path.join(scratch, 'out')
const docsDir = path.join(out, 'docs')

interface Sample {
  readonly seconds: number
  /** User + system CPU seconds of the build's process. */
  readonly cpu: number
  readonly bytes: number
  /** What docs:build said it did (its closing line, after the folder and time). */
  readonly summary: string
}

function run(args: readonly string[], env: Record<string, string> = {}): Sample {
  const usageFile = path.join(scratch, 'usage.json')
  rmSync(usageFile, { force: true })
  const started = performance.now()
  // The build as `npm run docs:build` runs it, with Node's default heap (no NODE_OPTIONS).
  const result = spawnSync(process.execPath, ['--require', path.join(ROOT, 'bench/report-usage.cjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', BENCH_RSS_FILE: usageFile, ...env },
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { peakBytes: number; cpuMicros: number }
  const closing = result.stdout.trim().split('\n').at(-1) ?? ''
  return { seconds, cpu: usage.cpuMicros / 1e6, bytes: usage.peakBytes, summary: closing.replace(/^.* in [\d.]+ s: /, '') }
}

const build = (env: Record<string, string> = {}): Sample =>
  run(['--import', 'tsx', path.join(ROOT, 'generator/tools/site/cli.ts'), 'build', out, '--out-dir', path.join(scratch, 'dist')], env)

/** The first page (in path order) with a twoslash block gets one more line after `---cut---`: its block is new. */
function editOnePage(): string {
  const pages = readdirSync(path.join(docsDir, 'openapi'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort()
  for (const page of pages) {
    const file = path.join(docsDir, 'openapi', page)
    const text = readFileSync(file, 'utf8')
    if (!text.includes('// ---cut---\n')) continue
    writeFileSync(file, text.replace('// ---cut---\n', '// ---cut---\n// edited by the bench\n'))
    return path.relative(docsDir, file)
  }
  throw new Error(`no page with a twoslash block under ${docsDir}`)
}

const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(0)} MiB`
const line = (name: string, sample: Sample): string => `${name} ${sample.seconds.toFixed(1)} s (CPU ${sample.cpu.toFixed(1)} s), peak ${mib(sample.bytes)}`

try {
  run([path.join(ROOT, 'generator/bin/generate.mjs'), '--spec', spec, '--out', out])
  const pages = readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md') && !file.includes('node_modules')).length
  console.log(`\ndocs site: ${path.relative(ROOT, spec)}, ${pages} pages, one build of each kind`)
  const clear = (): void => rmSync(cacheDirOf(docsDir), { recursive: true, force: true })
  clear()
  const floor = build({ [TWOSLASH_ENV]: 'off' })
  console.log(line('floor (twoslash off, no cache):          ', floor))
  clear()
  const cold = build()
  console.log(line('cold (twoslash, no cache):               ', cold))
  const edited = editOnePage()
  const warm = build()
  console.log(line(`warm (${edited} changed):`.padEnd(42), warm))
  console.log(`  docs:build: ${warm.summary}`)
  const ratio = (a: Sample, b: Sample): string => `${(a.seconds / b.seconds).toFixed(2)} (CPU ${(a.cpu / b.cpu).toFixed(2)})`
  console.log(`ratio cold/floor: ${ratio(cold, floor)}: the same pages with twoslash over without it`)
  // The goal was set for the corpus's site (some 735 pages); on a small one, a rebuild is mostly what any VitePress build
  // costs before its first page, and the cold build it is compared with is short.
  const verdict =
    pages >= GOAL_PAGES
      ? `(goal ≤ 0.10: ${Number((warm.seconds / cold.seconds).toFixed(2)) <= 0.1 ? 'met' : 'not met'})`
      : `(the goal, ≤ 0.10, is for a site of ${GOAL_PAGES} pages or more)`
  console.log(`ratio warm/cold:  ${ratio(warm, cold)} ${verdict}`)
} finally {
  rmSync(cacheDirOf(docsDir), { recursive: true, force: true })
  rmSync(scratch, { recursive: true, force: true })
}
