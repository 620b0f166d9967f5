import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { GENERATOR_DIR } from '../source-root.ts'
import { compareStrings } from '../model/naming.ts'

/** Where the hand-written parts of the site (the theme) are kept, relative to the repository. */
const ASSETS_SOURCE = 'generator/emit/site/assets'
const ASSETS_DIR = path.join(GENERATOR_DIR, path.relative('generator', ASSETS_SOURCE))

export interface SiteAssets {
  /** Their folder in the repository, as the copies' headers name it. */
  readonly source: string
  /** Every asset by path relative to that folder (forward slashes, sorted), with LF line endings. */
  readonly files: ReadonlyMap<string, string>
}

export function readSiteAssets(): SiteAssets {
  const files = readdirSync(ASSETS_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(ASSETS_DIR, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort(compareStrings)
  return { source: ASSETS_SOURCE, files: new Map(files.map((file) => [file, readFileSync(path.join(ASSETS_DIR, file), 'utf8').replace(/\r\n/g, '\n')])) }
}
