import path from 'node:path'
import type { SiteAssets } from '../../inputs/site-assets.ts'
import { generatedHeader } from '../shared/header.ts'

const HEADERS: Record<string, (source: string) => string> = {
  '.ts': (source) => `${generatedHeader({ from: source, copied: true })}\n`,
  '.css': (source) => `${generatedHeader({ from: source, copied: true, block: true })}\n`,
}

/** The assets' folder of pages kept in the repository (the guide): copied into `docs/` as they are. */
const PAGES = 'pages/'

/**
 * The site assets into the output: `pages/guide/getting-started.md` → `docs/guide/getting-started.md` (unchanged:
 * a page starts with its frontmatter), anything else (`theme/index.ts`, `build/…`) → `docs/.vitepress/…`, with a
 * header naming its source.
 */
export function themeFiles(assets: SiteAssets): Map<string, string> {
  const files = new Map<string, string>()
  for (const [file, text] of assets.files) {
    if (file.startsWith(PAGES)) {
      files.set(`docs/${file.slice(PAGES.length)}`, text)
      continue
    }
    const source = `${assets.source}/${file}`
    files.set(`docs/.vitepress/${file}`, (HEADERS[path.extname(file)]?.(source) ?? '') + text)
  }
  return files
}
