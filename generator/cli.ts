#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { generate } from './index.ts'
import { describeFailure, describeWarnings, WARNINGS_LISTED_AT_MOST } from './report.ts'
import { staleFiles, writeOutput } from './write/output-dir.ts'

const HELP = `Usage: npm run generate -- [--spec FILE] [--out DIR] [--check] [--watch] [--strict] [--warnings]
                            [--allow-external-refs DIR]... [-h | --help]

Regenerates the SDK package (typings, endpoint table, runtime) and its documentation pages from an OpenAPI 3.1 spec.
The spec is validated first; an error leaves DIR as it was.

Options:
  --spec FILE                 the root document of the spec (default: spec/openapi.yaml)
  --out DIR                   the output directory, replaced as a whole (default: generated)
  --check                     write nothing; exit 1 and list the files of DIR that differ from what the spec produces
                              (npm pack's *.tgz in DIR are not counted)
  --watch                     after generating, regenerate whenever a spec file changes, redoing only what changed
  --strict                    treat warnings (legal but suspicious spec constructs) as errors
  --warnings                  list every warning (by default more than ${WARNINGS_LISTED_AT_MOST} are only counted)
  --allow-external-refs DIR   let $refs lead into DIR too (by default only into the spec's folder); repeatable
  -h, --help                  show this help

Exit codes: 0 done (or up to date with --check), 1 a spec error or a stale DIR, 2 bad usage.
Spec errors and warnings are printed one a line as file:line:col: message, with the line they point at.
GENERATOR_TIMINGS=1 prints how long each stage took; GENERATOR_DEBUG=1 the stack of an internal error.`

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
        strict: { type: 'boolean', default: false },
        warnings: { type: 'boolean', default: false },
        'allow-external-refs': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    process.stderr.write(`error: ${(error as Error).message}\n\n${HELP}\n`)
    return 2
  }
  if (options.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (options.check && options.watch) {
    process.stderr.write(`error: --check and --watch cannot be combined\n\n${HELP}\n`)
    return 2
  }
  const generation = { strict: options.strict, allowExternalRefs: options['allow-external-refs'] }

  if (options.watch) {
    const { watchSpec } = await import('./watch.ts')
    const stageTimer = process.env.GENERATOR_TIMINGS ? (started: number) => stageTimerFrom(started) : undefined
    return watchSpec(options.spec, options.out, { ...generation, listWarnings: options.warnings, stageTimer })
  }
  const started = performance.now()
  // On a terminal, a long run shows which stage it is in; elsewhere only the summary line is printed.
  const progress = process.env.GENERATOR_TIMINGS
    ? stageTimerFrom(0)
    : process.stderr.isTTY
      ? (stage: string) => process.stderr.write(stage === 'done' ? '\r\x1b[K' : `\r\x1b[K${stage}…`)
      : undefined
  let output
  try {
    output = await generate(options.spec, { ...generation, ...(progress ? { onStage: progress } : {}) })
  } catch (error) {
    if (progress && !process.env.GENERATOR_TIMINGS) progress('done')
    throw error
  }
  const { files, model, warnings } = output
  if (progress) progress(options.check ? 'checking' : 'writing')
  if (options.check) {
    const stale = await staleFiles(options.out, files)
    if (progress) progress('done')
    process.stderr.write(describeWarnings(warnings, options.warnings))
    if (stale.length === 0) {
      process.stdout.write(`${options.out} is up to date with ${options.spec} (${files.size} files)\n`)
      return 0
    }
    process.stdout.write(
      `${options.out} differs from what ${options.spec} produces; run npm run generate. Stale files:\n${stale.map((file) => `  ${file}\n`).join('')}`,
    )
    return 1
  }
  const result = await writeOutput(options.out, files)
  if (progress) progress('done')
  process.stderr.write(describeWarnings(warnings, options.warnings))
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  const kept = result.kept.length > 0 ? `, ${result.kept.length} kept (${result.kept.join(', ')})` : ''
  process.stdout.write(
    `${model.operations.length} operations, ${model.pages.length} pages: ${result.written.length} files written, ` +
      `${result.unchanged} unchanged, ${result.removed.length} removed${kept}, in ${seconds} s\n`,
  )
  return 0
}

/** GENERATOR_TIMINGS=1: how long each stage took, one line each on stderr (for profiling). */
function stageTimerFrom(since: number): (stage: string) => void {
  let current = since === 0 ? 'startup' : 'start'
  return (stage) => {
    const now = performance.now()
    process.stderr.write(`${current}: ${((now - since) / 1000).toFixed(3)} s\n`)
    current = stage
    since = now
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(describeFailure(error))
    process.exitCode = 1
  },
)
