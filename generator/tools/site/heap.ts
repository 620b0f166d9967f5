import { getHeapStatistics } from 'node:v8'
import { listFiles } from '../../write/output-dir.ts'

// Measured on ../shared/corpus (735 pages) with Node's default heap: peak RSS about 2.3 GB (the README has the
// figures). It was 10.6 GB, with a 12 GB heap, while floating-vue's renderer made a component of every hovered token;
// VitePress still holds every page's compiled module while it bundles, so the heap grows with the pages.
const BASE_MB = 1024
const PER_PAGE_MB = 2

/** The heap a site of `pages` pages needs, in MB (a rough estimate from the measurement above). */
export function heapNeededMb(pages: number): number {
  return BASE_MB + PER_PAGE_MB * pages
}

/** A warning when this process's heap looks too small for the site of `docsDir`, with the setting to use; else undefined. */
export function heapWarning(docsDir: string, limitMb = getHeapStatistics().heap_size_limit / 2 ** 20): string | undefined {
  const pages = listFiles(docsDir).filter((file) => file.endsWith('.md') && !file.startsWith('node_modules/')).length
  const needed = heapNeededMb(pages)
  if (needed <= limitMb) return undefined
  const gb = (mb: number): string => `${Math.ceil(mb / 1024)} GB`
  return (
    `note: ${pages} pages may need about ${gb(needed)} of heap and this process has ${gb(limitMb)}; if the build runs out of memory, ` +
    `run it with NODE_OPTIONS=--max-old-space-size=${Math.ceil(needed / 1024) * 1024}\n`
  )
}
