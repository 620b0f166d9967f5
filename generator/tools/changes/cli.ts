#!/usr/bin/env node
import { parseArgs } from 'node:util'
import { changesBetween } from './index.ts'
import { SideSpecError } from './load.ts'
import { formatJson, formatMarkdown, formatSummary } from './report.ts'
import { InputError } from './sources.ts'

const HELP = `Usage: npm run changes -- --from REF_OR_DIR [--to REF_OR_DIR] [--json | --markdown] [--fail-on breaking]

What changed between two specs for the SDK's users, each change classed breaking, feature or fix,
and the version to publish next.

Options:
  --from REF_OR_DIR   the previous spec: a git revision (HEAD~1, v1.4.2, HEAD:spec/openapi.yaml), a folder or a root file
  --to REF_OR_DIR     the new spec (default: spec/, the working tree)
  --spec-path PATH    the root document inside a revision (default: spec/openapi.yaml)
  --json              print the report as JSON
  --markdown          print a CHANGELOG entry (by class, then product area)
  --fail-on breaking  exit 1 when there is a breaking change (for CI)
  --help              show this help

Exit codes: 0 done, 1 a spec error on either side, an unreadable side or (with --fail-on) a breaking change, 2 bad usage.`

function main(argv: readonly string[]): number {
  let options
  try {
    options = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        to: { type: 'string', default: 'spec' },
        'spec-path': { type: 'string' },
        json: { type: 'boolean', default: false },
        markdown: { type: 'boolean', default: false },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    return usage((error as Error).message)
  }
  if (options.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (!options.from) return usage('--from is required')
  if (options.json && options.markdown) return usage('--json and --markdown cannot be combined')
  if (options['fail-on'] !== undefined && options['fail-on'] !== 'breaking') return usage(`--fail-on takes 'breaking', not '${options['fail-on']}'`)

  const report = changesBetween(options.from, options.to, options['spec-path'] ? { specPath: options['spec-path'] } : {})
  process.stdout.write(options.json ? formatJson(report) : options.markdown ? formatMarkdown(report) : formatSummary(report))
  return options['fail-on'] === 'breaking' && report.changes.some((change) => change.class === 'breaking') ? 1 : 0
}

function usage(message: string): number {
  process.stderr.write(`${message}\n\n${HELP}\n`)
  return 2
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  if (error instanceof SideSpecError || error instanceof InputError) process.stderr.write(`${error instanceof InputError ? 'changes: ' : ''}${error.message}\n`)
  else process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
}
