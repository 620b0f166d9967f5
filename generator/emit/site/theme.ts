import path from 'node:path'
import type { SiteAssets } from '../../inputs/site-assets.ts'
import { generatedHeader } from '../shared/header.ts'

const HEADERS: Record<string, (source: string) => string> = {
  '.ts': (source) => `${generatedHeader({ from: source, copied: true })}\n`,
  '.css': (source) => `${generatedHeader({ from: source, copied: true, block: true })}\n`,
}

/** `theme/index.ts` of the assets → `docs/.vitepress/theme/index.ts`, with a header naming its source. */
export function themeFiles(assets: SiteAssets): Map<string, string> {
  const files = new Map<string, string>()
  for (const [file, text] of assets.files) {
    const source = `${assets.source}/${file}`
    files.set(`docs/.vitepress/${file}`, (HEADERS[path.extname(file)]?.(source) ?? '') + text)
  }
  return files
}
