import path from 'node:path'

/**
 * One line for a failed site build: the page (Rollup names the module whose transform threw: the Markdown file)
 * and the compiler messages twoslash reported (`TS2552: Cannot find name …`), else the first line of the error.
 */
export function describeBuildError(error: unknown, cwd = process.cwd()): string {
  if (!(error instanceof Error)) return String(error)
  const id = (error as { id?: unknown }).id
  const page = typeof id === 'string' ? displayPath(id.replace(/[?#].*$/, ''), cwd) : undefined
  const lines = error.message.split('\n').map((line) => line.trim())
  // twoslash lists them as `[2552] 315 - Cannot find name …` (the offset is into the block): `TS2552: Cannot find name …`.
  const compiler = lines.flatMap((line) => {
    const match = /^\[(\d+)\] \d+ - (.*)$/.exec(line)
    return match ? [`TS${match[1]}: ${match[2]}`] : []
  })
  const message = compiler.length > 0 ? compiler.join('; ') : (lines.find((line) => line !== '') ?? error.name)
  return page ? `${page}: ${message}` : message
}

/** Relative to `cwd` when inside it (`generated/docs/openapi/v3/….md`), else absolute. */
function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}
