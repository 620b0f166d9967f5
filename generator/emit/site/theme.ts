import path from 'node:path'
import { generatedHeader } from '../shared/header.ts'

/** Where the site assets are kept in the repository (generator/inputs reads them), as the copies' headers name it. */
export const ASSETS_SOURCE = 'generator/emit/site/assets'

const HEADERS: Record<string, (source: string) => string> = {
  '.ts': (source) => `${generatedHeader({ from: source, copied: true })}\n`,
  '.css': (source) => `${generatedHeader({ from: source, copied: true, block: true })}\n`,
}

/** `theme/index.ts` of the assets → `docs/.vitepress/theme/index.ts`, with a header naming its source. */
export function themeFiles(assets: ReadonlyMap<string, string>): Map<string, string> {
  const files = new Map<string, string>()
  for (const [file, text] of assets) {
    const source = `${ASSETS_SOURCE}/${file}`
    files.set(`docs/.vitepress/${file}`, (HEADERS[path.extname(file)]?.(source) ?? '') + text)
  }
  return files
}
