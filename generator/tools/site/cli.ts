import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, stripVTControlCharacters } from 'node:util'
import { buildSite, type SiteBuildReport } from './build.ts'
import { describeBuildError } from './build-error.ts'
import { serveSite } from './dev.ts'
import { heapWarning } from './heap.ts'
import { serveStatic } from './static-server.ts'
import { defaultOutDir, docsDirOf } from './paths.ts'

const HELP = `Usage: npm run docs:build -- [DIR] [--out-dir OUT] [--full]
       npm run docs:preview -- [DIR] [--out-dir OUT] [--port PORT (4173)] [--host HOST (127.0.0.1)]
       npm run docs:dev -- [DIR] [--port PORT (5173)] [--host HOST (127.0.0.1)]

Builds (or serves) the VitePress documentation site of DIR/docs (DIR: the generator's output, default generated;
DIR/docs itself is accepted too). Every twoslash code block is type-checked; a type error fails the build.
The site goes to OUT (default .tmp/site-dist/<name>; never inside the docs folder), VitePress's cache to .tmp/site-cache.
A build after one into the same OUT rebuilds only the pages whose Markdown changed, when nothing else did
(config, theme, page list, packages) and OUT was not changed since; --full rebuilds every page.
docs:preview serves the built OUT as a static host would; docs:dev serves DIR/docs with VitePress's dev server.`

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      options: {
        'out-dir': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        full: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(`${HELP}\n`)
    return 0
  }
  if (!['build', 'preview', 'dev'].includes(command ?? '') || positionals.length > 1) {
    process.stderr.write(`${HELP}\n`)
    return 2
  }
  const docsDir = docsDirOf(positionals[0] ?? 'generated')
  if (!existsSync(path.join(docsDir, '.vitepress', 'config.mts'))) {
    process.stderr.write(`${docsDir} has no .vitepress/config.mts: generate it first (npm run generate -- --out DIR)\n`)
    return 1
  }

  if (command === 'build') {
    // Exit (so that the dependency link is removed) rather than die on a signal.
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const)
      process.once(signal, () => process.exit(code))
    const outDir = path.resolve(values['out-dir'] ?? defaultOutDir(docsDir))
    const warning = heapWarning(docsDir)
    if (warning) process.stderr.write(warning)
    const started = performance.now()
    let report
    try {
      report = await buildSite(docsDir, outDir, { full: values.full })
    } catch (error) {
      // The compiler's message may carry terminal colours; the closing line is plain text.
      process.stderr.write(`docs:build failed: ${stripVTControlCharacters(describeBuildError(error))}\n`)
      return 1
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stdout.write(`site of ${docsDir} built into ${outDir} in ${seconds} s: ${describeReport(report)}\n`)
    return 0
  }

  if (command === 'preview') {
    const outDir = path.resolve(values['out-dir'] ?? defaultOutDir(docsDir))
    if (!existsSync(path.join(outDir, 'index.html'))) {
      process.stderr.write(`${outDir} has no built site: run npm run docs:build first\n`)
      return 1
    }
    const server = await serveStatic(outDir, Number(values.port ?? 4173), values.host)
    process.stdout.write(`serving ${outDir} at ${server.url}/\n`)
    await untilStopped()
    await server.close()
    return 0
  }

  const { server, close } = await serveSite(docsDir, Number(values.port ?? 5173), values.host)
  server.printUrls()
  await untilStopped()
  await close()
  return 0
}

function describeReport(report: SiteBuildReport): string {
  if (report.kind === 'up-to-date') return `up to date (${report.pages} pages, none changed)`
  if (report.kind === 'pages') {
    const named = report.rebuilt.length <= 3 ? ` (${report.rebuilt.join(', ')})` : ''
    return `rebuilt ${report.rebuilt.length} changed of ${report.pages} pages${named}`
  }
  return `all ${report.pages} pages: ${report.reason}`
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve())
  })
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  },
)
