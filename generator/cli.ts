#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { generate } from './index.ts'
import { SpecError, SpecErrors } from './load/spec-error.ts'
import { watch as fsWatch } from 'node:fs'
import path from 'node:path'
import { GenerationSession } from './session.ts'
import { isOutputPath, OutputDirError, staleFiles, updateOutput, writeOutput, type WriteResult } from './write/output-dir.ts'

const HELP = `Usage: npm run generate -- [options]

Regenerates the SDK package (typings, endpoint table) and its documentation pages from an OpenAPI 3.1 spec.

Options:
  --spec FILE   the root document of the spec (default: spec/openapi.yaml)
  --out DIR     the output directory, replaced as a whole (default: generated)
  --check       write nothing; exit 1 and list the files of DIR that differ from what the spec produces
  --watch       after generating, regenerate whenever a spec file changes, redoing only what changed
  --help        show this help

Exit codes: 0 done (or up to date with --check), 1 a spec error or a stale DIR, 2 bad usage.
Spec errors are printed one a line as file:line:col: message.`

async function main(argv: readonly string[]): Promise<number> {
  let options
  try {
    options = parseArgs({
      args: [...argv],
      options: {
        spec: { type: 'string', default: 'spec/openapi.yaml' },
        out: { type: 'string', default: 'generated' },
        check: { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`)
    return 2
  }
  if (options.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }

  if (options.watch) return watch(options.spec, options.out)
  const started = performance.now()
  // On a terminal, a long run shows which stage it is in; elsewhere only the summary line is printed.
  const progress = process.env.GENERATOR_TIMINGS
    ? stageTimer()
    : process.stderr.isTTY
      ? (stage: string) => process.stderr.write(stage === 'done' ? '\r\x1b[K' : `\r\x1b[K${stage}…`)
      : undefined
  const { files, model } = await generate(options.spec, progress ? { onStage: progress } : {})
  if (progress) progress(options.check ? 'checking' : 'writing')
  if (options.check) {
    const stale = await staleFiles(options.out, files)
    if (progress) progress('done')
    if (stale.length === 0) {
      process.stdout.write(`${options.out} is up to date with ${options.spec} (${files.size} files)\n`)
      return 0
    }
    process.stdout.write(`${options.out} differs from what ${options.spec} produces; run npm run generate. Stale files:\n${stale.map((file) => `  ${file}\n`).join('')}`)
    return 1
  }
  const result = await writeOutput(options.out, files)
  if (progress) progress('done')
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  process.stdout.write(
    `${model.operations.length} operations, ${model.pages.length} pages: ${result.written.length} files written, ` +
      `${result.unchanged} unchanged, ${result.removed.length} removed, in ${seconds} s\n`,
  )
  return 0
}

/**
 * `--watch`: a full generation, then, on every change under the spec's folder, another generation in the
 * same process (a GenerationSession) that rewrites only the files whose bytes change. Spec errors are
 * printed and the output is left as it was; the watch goes on until interrupted.
 */
async function watch(spec: string, out: string): Promise<number> {
  const session = new GenerationSession()
  let output = new Map<string, string>()
  let timer: NodeJS.Timeout | undefined
  const firstRun = async () => {
    const started = performance.now()
    output = (await generate(spec, { session })).files
    const first = await writeOutput(out, output)
    process.stdout.write(`${summary(output.size, first)} in ${seconds(started)} s; watching ${path.dirname(spec)}\n`)
  }
  const regenerate = async () => {
    const started = performance.now()
    try {
      const onStage = process.env.GENERATOR_TIMINGS ? stageTimer(started) : undefined
      const next = (await generate(spec, { session, onStage })).files
      onStage?.('writing')
      const result = await updateOutput(out, output, next)
      onStage?.('done')
      output = next
      process.stdout.write(`regenerated in ${seconds(started)} s: ${summary(next.size, result)}${result.written.length ? ` (${result.written.join(', ')})` : ''}\n`)
    } catch (error) {
      if (!(error instanceof SpecError || error instanceof SpecErrors)) throw error
      process.stderr.write(`${error.message}\n`)
    }
  }
  // Watching starts before the first run, so that an edit made while it runs (or right after its line) is not lost.
  // Editors write a file in several steps: wait for the burst to end, and never run two generations at once.
  const specDir = path.dirname(path.resolve(spec))
  let running = Promise.resolve()
  const watcher = fsWatch(specDir, { recursive: true }, (_event, file) => {
    if (file && isOutputPath(out, path.resolve(specDir, file))) return // our own writes, when the output lies under the spec
    clearTimeout(timer)
    timer = setTimeout(() => (running = running.then(regenerate)), 25)
  })
  running = firstRun()
  try {
    await running
  } catch (error) {
    watcher.close()
    clearTimeout(timer)
    throw error
  }
  return new Promise<number>(() => {})
}

/** GENERATOR_TIMINGS=1: how long each stage took, one line each on stderr (for profiling). */
function stageTimer(since = 0): (stage: string) => void {
  let current = since === 0 ? 'startup' : 'start'
  return (stage) => {
    const now = performance.now()
    process.stderr.write(`${current}: ${((now - since) / 1000).toFixed(3)} s\n`)
    current = stage
    since = now
  }
}

function summary(total: number, result: WriteResult): string {
  return `${result.written.length} files written, ${total - result.written.length} unchanged, ${result.removed.length} removed`
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof SpecError || error instanceof SpecErrors || error instanceof OutputDirError) {
      process.stderr.write(`${error.message}\n`)
    } else {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    }
    process.exitCode = 1
  },
)
