import { comparePositions, displayPath, SpecError, SpecErrors } from './load/spec-error.ts'
import type { SpecWarning } from './validate/index.ts'
import { BundleError, DeclarationError, ProjectFileError } from './inputs/errors.ts'
import { OutputDirError } from './write/output-dir.ts'

/** More warnings than this are counted, not listed, unless `--warnings` asks for the list. */
export const WARNINGS_LISTED_AT_MOST = 20

/**
 * What the CLI prints for a failure: a spec error as `file:line:col: message` with the line it points at, any other
 * error a user can cause as one line, and anything else as one line saying it is a bug (the stack only with
 * GENERATOR_DEBUG=1). Never a stack trace for a user's mistake.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof SpecErrors) return `${error.errors.map((each) => describeSpecError(each)).join('')}${error.errors.length} errors\n`
  if (error instanceof SpecError) return describeSpecError(error)
  if (error instanceof OutputDirError) return `error: ${error.message}\n`
  if (error instanceof ProjectFileError) return `error: the generator's own project files: ${oneLine((error as Error).message)}\n`
  if (error instanceof BundleError || error instanceof DeclarationError) {
    return `error: cannot compile generator/runtime into the package: ${oneLine((error as Error).message)}\n`
  }
  if (isFileSystemError(error)) {
    return `error: cannot ${error.syscall ?? 'use'} ${error.path ? displayPath(error.path) : 'a file'}: ${error.code}${error.code === 'ENOSPC' ? ' (the disk is full)' : error.code === 'EACCES' || error.code === 'EPERM' ? ' (permission denied)' : ''}\n`
  }
  const message = error instanceof Error ? error.message : String(error)
  const stack = process.env.GENERATOR_DEBUG && error instanceof Error && error.stack ? `${error.stack}\n` : ''
  return (
    `internal error: ${oneLine(message)}. This is a bug in the generator, not in your spec: please report it as an issue of ` +
    `wechatpay-openapi-generator with the command you ran${stack ? '' : ' (GENERATOR_DEBUG=1 prints the stack trace)'}\n${stack}`
  )
}

/** `file:line:col: message`, then the line it points at with a caret under the column. */
export function describeSpecError(error: SpecError, label = ''): string {
  const head = label === '' ? error.message : `${displayPath(error.position.file)}:${error.position.line}:${error.position.col}: ${label}${error.detail}`
  if (error.sourceLine === undefined) return `${head}\n`
  const gutter = String(error.position.line)
  const pad = ' '.repeat(gutter.length)
  const caret = error.sourceLine.slice(0, error.position.col - 1).replace(/[^\t]/g, ' ')
  return `${head}\n  ${gutter} | ${error.sourceLine}\n  ${pad} | ${caret}^\n`
}

/** Warnings listed (when few, or `listAll`) and counted; nothing when there are none. */
export function describeWarnings(warnings: readonly SpecWarning[], listAll: boolean): string {
  if (warnings.length === 0) return ''
  const count = `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`
  if (!listAll && warnings.length > WARNINGS_LISTED_AT_MOST) return `${count} (run with --warnings to list them, --strict to fail on them)\n`
  const errors = warnings.map((warning) => warning.toError()).sort(comparePositions)
  return `${errors.map((error) => describeSpecError(error, 'warning: ')).join('')}${count}\n`
}

function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('; ')
}

function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string'
}
