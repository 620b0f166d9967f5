#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { generate } from './index.ts'
import { SpecError, SpecErrors } from './load/spec-error.ts'
import { OutputDirError, staleFiles, writeOutput } from './write/output-dir.ts'

const HELP = `Usage: npm run generate -- [options]

Regenerates the SDK package (typings, endpoint table) and its documentation pages from an OpenAPI 3.1 spec.

Options:
  --spec FILE   the root document of the spec (default: spec/openapi.yaml)
  --out DIR     the output directory, replaced as a whole (default: generated)
  --check       write nothing; exit 1 and list the files of DIR that differ from what the spec produces
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

  const started = performance.now()
  const { files, model } = await generate(options.spec)
  if (options.check) {
    const stale = staleFiles(options.out, files)
    if (stale.length === 0) {
      process.stdout.write(`${options.out} is up to date with ${options.spec} (${files.size} files)\n`)
      return 0
    }
    process.stdout.write(`${options.out} differs from what ${options.spec} produces; run npm run generate. Stale files:\n${stale.map((file) => `  ${file}\n`).join('')}`)
    return 1
  }
  const result = writeOutput(options.out, files)
  const seconds = ((performance.now() - started) / 1000).toFixed(2)
  process.stdout.write(
    `${model.operations.length} operations, ${model.pages.length} pages: ${result.written.length} files written, ` +
      `${result.unchanged} unchanged, ${result.removed.length} removed, in ${seconds} s\n`,
  )
  return 0
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
