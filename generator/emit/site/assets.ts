import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles } from '../../write/output-dir.ts'
import { GENERATOR_DIR } from '../../source-root.ts'

/** The hand-written parts of the site (theme), kept in the repository and copied into every output. */
export const ASSETS_DIR = path.join(GENERATOR_DIR, 'emit/site/assets')

const HEADERS: Record<string, (source: string) => string> = {
  '.ts': (source) => `// Copied from ${source} by wechatpay-openapi-generator. Do not edit.\n`,
  '.css': (source) => `/* Copied from ${source} by wechatpay-openapi-generator. Do not edit. */\n`,
}

/** `assets/theme/index.ts` → `docs/.vitepress/theme/index.ts`, read now, with LF line endings and a header naming its source. */
export function copyAssets(): Map<string, string> {
  const files = new Map<string, string>()
  for (const file of listFiles(ASSETS_DIR)) {
    const source = `generator/emit/site/assets/${file}`
    const header = HEADERS[path.extname(file)]?.(source) ?? ''
    files.set(`docs/.vitepress/${file}`, header + readFileSync(path.join(ASSETS_DIR, file), 'utf8').replace(/\r\n/g, '\n'))
  }
  return files
}
