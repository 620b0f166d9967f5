import path from 'node:path'
import { checkPages } from './pages.ts'

/** `npm run check:pages -- DIR`: type-checks every page's code block with twoslash and prints `N/M blocks pass`. */
const dir = process.argv[2] ?? 'generated'
const docsDir = path.basename(dir) === 'docs' ? dir : path.join(dir, 'docs')
const report = checkPages(docsDir)
for (const { block, message } of report.failures) {
  process.stderr.write(`${path.join(docsDir, block.file)}:${block.line}: ${message.split('\n').filter(Boolean).join(' ')}\n`)
}
process.stdout.write(`${report.total - report.failures.length}/${report.total} blocks pass\n`)
process.exitCode = report.failures.length === 0 && report.total > 0 ? 0 : 1
