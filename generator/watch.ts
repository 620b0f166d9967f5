import path from 'node:path'
import { generate, type GenerateOptions } from './index.ts'
import { displayPath } from './load/spec-error.ts'
import { describeFailure, describeWarnings } from './report.ts'
import { GenerationSession } from './session.ts'
import { isOutputPath, updateOutput, writeOutput, type WriteResult } from './write/output-dir.ts'

export interface WatchOptions extends Pick<GenerateOptions, 'strict' | 'allowExternalRefs'> {
  /** List every warning, not only their count, however many there are. */
  readonly listWarnings?: boolean
  /** Called as each stage of a regeneration starts (GENERATOR_TIMINGS). */
  readonly stageTimer?: (started: number) => (stage: string) => void
}

/** The files whose changes count: what a spec is written in. Editors' and `sed -i`'s temporary files are not (new folders are). */
const SPEC_FILE = /\.(ya?ml|json)$/i

/**
 * `--watch`: a full generation, then another on every change under the spec's folder, in the same process (a
 * GenerationSession), rewriting only the files whose bytes change. Errors are printed and the output is left as it
 * was; the watch goes on until the process is interrupted.
 *
 * chokidar watches each folder and re-attaches to a file that an editor replaced (write a temporary file, rename it
 * over the old one; `sed -i`), which Node's recursive `fs.watch` on Linux loses after the first such save; it also
 * sees new files and folders and renames. It is ready (has scanned the folder) before the first run starts, so an
 * edit made during that run is not lost.
 */
export async function watchSpec(spec: string, out: string, options: WatchOptions = {}): Promise<never> {
  const session = new GenerationSession()
  const specDir = path.dirname(path.resolve(spec))
  const debug = Boolean(process.env.GENERATOR_DEBUG)
  // Loaded here, not imported at the top: the CLI's bundle would hoist that import and load chokidar on every run.
  const { watch: chokidarWatch } = await import('chokidar')
  const watcher = chokidarWatch(specDir, {
    ignoreInitial: true,
    // Our own writes, when the output lies under the spec's folder; and what is never part of a spec.
    ignored: (file) => isOutputPath(out, file) || /[\\/](node_modules|\.git)([\\/]|$)/.test(file),
  })
  await new Promise<void>((resolve, reject) => watcher.once('ready', resolve).once('error', reject))

  let output = new Map<string, string>()
  let first = true
  let lastWarnings = ''
  const run = async () => {
    const started = performance.now()
    const onStage = options.stageTimer?.(started)
    try {
      const next = await generate(spec, { session, strict: options.strict, allowExternalRefs: options.allowExternalRefs, onStage })
      onStage?.('writing')
      const result = first ? await writeOutput(out, next.files) : await updateOutput(out, output, next.files)
      onStage?.('done')
      output = next.files
      // Warnings again only when they changed: the same count after every save is noise.
      const warnings = describeWarnings(next.warnings, options.listWarnings ?? false)
      if (warnings !== lastWarnings) process.stderr.write(warnings || '0 warnings\n')
      lastWarnings = warnings
      if (first) process.stdout.write(`${summary(next.files.size, result)} in ${seconds(started)} s; watching ${displayPath(specDir)}\n`)
      else
        process.stdout.write(
          `regenerated in ${seconds(started)} s: ${summary(next.files.size, result)}${result.written.length ? ` (${result.written.join(', ')})` : ''}\n`,
        )
      first = false
    } catch (error) {
      process.stderr.write(describeFailure(error))
      if (first) process.stdout.write(`not generated; watching ${displayPath(specDir)}\n`)
      first = false
    }
  }

  // Editors write a file in several steps: wait for the burst to end, and never run two generations at once.
  let running = run()
  let timer: NodeJS.Timeout | undefined
  const changed = (event: string, file: string) => {
    if (isOutputPath(out, file)) return
    if (debug) process.stderr.write(`watch: ${event} ${displayPath(file)}\n`)
    clearTimeout(timer)
    timer = setTimeout(() => (running = running.then(run)), 25)
  }
  watcher.on('all', (event, file) => {
    if (event.endsWith('Dir') || SPEC_FILE.test(file)) changed(event, file)
  })
  // chokidar's own events miss a file replaced again soon after it re-attached to it (two saves within a moment);
  // the folder's raw events name every file created or renamed in it, so they catch those too. A save seen both
  // ways starts one generation: the two arrive within the burst window.
  watcher.on('raw', (event, name, details) => {
    const watchedPath = (details as { watchedPath?: unknown } | undefined)?.watchedPath
    if (!name || typeof watchedPath !== 'string') return
    const file = path.basename(watchedPath) === name ? watchedPath : path.join(watchedPath, name)
    if (SPEC_FILE.test(file)) changed(`raw ${event}`, path.resolve(file))
  })
  watcher.on('error', (error) => process.stderr.write(`watch: ${(error as Error).message}\n`))
  return new Promise<never>(() => {})
}

function summary(total: number, result: WriteResult): string {
  return `${result.written.length} files written, ${total - result.written.length} unchanged, ${result.removed.length} removed`
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(2)
}
