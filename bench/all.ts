// npm run bench [-- --spec FILE --runs N]: the four benchmarks one after the other, each in a process of its own
// (never two at once: they would measure each other), each handed the options it takes. A chain of scripts in
// package.json would hand npm's arguments to its last script only.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function readOptions(): { spec?: string; runs?: string } {
  const usage = '(it takes --spec FILE and --runs N)'
  try {
    const { values } = parseArgs({ options: { spec: { type: 'string' }, runs: { type: 'string' } } })
    if (values.runs !== undefined && !/^[1-9][0-9]*$/.test(values.runs)) throw new Error(`--runs takes a whole number of 1 or more, not ${values.runs}`)
    return values
  } catch (error) {
    console.error(`npm run bench: ${(error as Error).message} ${usage}`)
    process.exit(2)
  }
}
const values = readOptions()
// Resolved here: the parts run in the project's folder (where tsx is found), whatever folder this was started in.
const spec = values.spec === undefined ? [] : ['--spec', path.resolve(values.spec)]
const runs = values.runs === undefined ? [] : ['--runs', values.runs]

// The site's build is measured on spec/ unless its own script is given another (a build of the corpus takes minutes).
const parts: readonly (readonly [file: string, args: readonly string[]])[] = [
  ['generate.ts', [...spec, ...runs]],
  ['runtime.ts', []],
  ['oracle.ts', spec],
  ['site.ts', []],
]

for (const [file, args] of parts) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', file), ...args], { stdio: 'inherit', cwd: ROOT })
  if (result.status !== 0) {
    console.error(`bench/${file} ${result.error?.message ?? `exited with ${result.status ?? result.signal}`}`)
    process.exit(result.status ?? 1)
  }
}
