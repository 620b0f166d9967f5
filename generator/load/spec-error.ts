import path from 'node:path'

/** Where a problem is in the spec: a file and a 1-based line and column. */
export interface SourcePosition {
  file: string
  line: number
  col: number
}

/** A problem in the spec, reported as `file:line:col: message` (file relative to the working directory). */
export class SpecError extends Error {
  readonly position: SourcePosition
  readonly detail: string
  /** The text of the line the position is on, when the file could be read: printed under the message. */
  readonly sourceLine: string | undefined

  constructor(position: SourcePosition, detail: string, sourceLine?: string) {
    super(`${displayPath(position.file)}:${position.line}:${position.col}: ${detail}`)
    this.name = 'SpecError'
    this.position = position
    this.detail = detail
    this.sourceLine = sourceLine
  }
}

/** Several spec problems found in one run; each keeps its own one-line message. */
export class SpecErrors extends Error {
  readonly errors: readonly SpecError[]

  constructor(errors: readonly SpecError[]) {
    super(errors.map((error) => error.message).join('\n'))
    this.name = 'SpecErrors'
    this.errors = errors
  }
}

/** One error as it is, several as a SpecErrors in file, line and column order (the same whatever the walk's order). */
export function specErrorOf(errors: readonly SpecError[]): SpecError | SpecErrors {
  if (errors.length === 1) return errors[0]!
  return new SpecErrors([...errors].sort(comparePositions))
}

export function comparePositions(a: SpecError, b: SpecError): number {
  const fileA = displayPath(a.position.file)
  const fileB = displayPath(b.position.file)
  if (fileA !== fileB) return fileA < fileB ? -1 : 1
  return a.position.line - b.position.line || a.position.col - b.position.col || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0)
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return (relative === '' ? file : relative).split(path.sep).join('/')
}
