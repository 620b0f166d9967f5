import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { GENERATOR_DIR } from '../source-root.ts'
import { compareStrings } from '../model/naming.ts'

/** The hand-written parts of the site (the theme), kept in the repository and copied into every output. */
export const ASSETS_DIR = path.join(GENERATOR_DIR, 'emit/site/assets')

/** Every asset by path relative to ASSETS_DIR (forward slashes, sorted), with LF line endings. */
export function readSiteAssets(): Map<string, string> {
  const files = readdirSync(ASSETS_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ASSETS_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort(compareStrings)
  return new Map(files.map((file) => [file, readFileSync(path.join(ASSETS_DIR, file), 'utf8').replace(/\r\n/g, '\n')]))
}
