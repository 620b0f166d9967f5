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

  constructor(position: SourcePosition, detail: string) {
    super(`${displayPath(position.file)}:${position.line}:${position.col}: ${detail}`)
    this.name = 'SpecError'
    this.position = position
    this.detail = detail
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

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return (relative === '' ? file : relative).split(path.sep).join('/')
}
