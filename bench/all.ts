// npm run bench [-- --spec FILE --runs N]: the four benchmarks one after the other, each in a process of its own
// (never two at once: they would measure each other), each handed the options it takes. A chain of scripts in
// package.json would hand npm's arguments to its last script only.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

function readOptions(): { spec?: string; runs?: string } {
  try {
    return parseArgs({ options: { spec: { type: 'string' }, runs: { type: 'string' } } }).values
  } catch (error) {
    console.error(`npm run bench: ${(error as Error).message} (it takes --spec FILE and --runs N)`)
    process.exit(2)
  }
}
const values = readOptions()
const spec = values.spec === undefined ? [] : ['--spec', values.spec]
const runs = values.runs === undefined ? [] : ['--runs', values.runs]

// The site's build is measured on spec/ unless its own script is given another (a build of the corpus takes minutes).
const parts: readonly (readonly [file: string, args: readonly string[]])[] = [
  ['generate.ts', [...spec, ...runs]],
  ['runtime.ts', []],
  ['oracle.ts', spec],
  ['site.ts', []],
]

for (const [file, args] of parts) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url)), ...args], { stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`bench/${file} ${result.error?.message ?? `exited with ${result.status ?? result.signal}`}`)
    process.exit(1)
  }
}
