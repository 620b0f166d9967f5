import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { mergePartialBuild } from '../../generator/tools/site/incremental/merge.ts'
import { hashTree } from '../../generator/tools/site/incremental/state.ts'
import { listFiles } from '../../generator/write/output-dir.ts'

// Two small sites laid out as VitePress lays out a build: a full one of pages index.md and a.md, and a partial one
// in which only a.md was bundled and rendered. The partial build's app chunk came out different (its search index
// changed); its framework chunk is the same file.

const metadata = (hashMap: Record<string, string>): string =>
  `window.__VP_HASH_MAP__=JSON.parse(${JSON.stringify(JSON.stringify(hashMap))});window.__VP_SITE_DATA__=JSON.parse("{}");`
const metadataName = (text: string): string => `assets/chunks/metadata.${createHash('sha256').update(text).digest('hex').slice(0, 8)}.js`

const html = (metadataFile: string, app: string, page: string, body = `<p>${page}</p>`): string =>
  `<html><head><script type="module" src="/${metadataFile}"></script><link rel="modulepreload" href="/assets/${app}">` +
  `<link rel="modulepreload" href="/assets/chunks/framework.FFFFFFFF.js"><link rel="modulepreload" href="/assets/${page}"></head>` +
  `<body>${body}</body></html>`
const pageChunk = (text: string): string => `import{a as b}from"./chunks/framework.FFFFFFFF.js";export default "${text}"`

const OLD_MAP = { 'a.md': 'A1A1A1A1', 'index.md': 'IIIIIIII' }
const OLD_METADATA = metadataName(metadata(OLD_MAP))
const PARTIAL_MAP = { 'a.md': 'A2A2A2A2' }
const PARTIAL_METADATA = metadataName(metadata(PARTIAL_MAP))

const OLD_SITE: Record<string, string> = {
  // A page whose body names an asset too (as an image in a page's text would).
  'index.html': html(OLD_METADATA, 'app.AAAAAAAA.js', 'index.md.IIIIIIII.lean.js', '<a href="/assets/app.AAAAAAAA.js">app</a>'),
  'a.html': html(OLD_METADATA, 'app.AAAAAAAA.js', 'a.md.A1A1A1A1.lean.js'),
  '404.html': html(OLD_METADATA, 'app.AAAAAAAA.js', 'style.SSSSSSSS.css'),
  'hashmap.json': `${JSON.stringify(OLD_MAP)}\n`,
  'vp-icons.css': '',
  'assets/app.AAAAAAAA.js': 'old app',
  'assets/style.SSSSSSSS.css': 'style',
  'assets/chunks/framework.FFFFFFFF.js': 'framework',
  'assets/chunks/theme.TTTTTTTT.js': 'old theme',
  [OLD_METADATA]: metadata(OLD_MAP),
  'assets/index.md.IIIIIIII.js': pageChunk('index'),
  'assets/index.md.IIIIIIII.lean.js': pageChunk('index lean'),
  'assets/a.md.A1A1A1A1.js': pageChunk('a'),
  'assets/a.md.A1A1A1A1.lean.js': pageChunk('a lean'),
}

const PARTIAL_SITE: Record<string, string> = {
  'a.html': html(PARTIAL_METADATA, 'app.BBBBBBBB.js', 'a.md.A2A2A2A2.lean.js'),
  '404.html': html(PARTIAL_METADATA, 'app.BBBBBBBB.js', 'style.SSSSSSSS.css'),
  'hashmap.json': `${JSON.stringify(PARTIAL_MAP)}\n`,
  'vp-icons.css': '',
  'assets/app.BBBBBBBB.js': 'new app',
  'assets/style.SSSSSSSS.css': 'style',
  'assets/chunks/framework.FFFFFFFF.js': 'framework',
  'assets/chunks/theme.UUUUUUUU.js': 'new theme',
  [PARTIAL_METADATA]: metadata(PARTIAL_MAP),
  'assets/a.md.A2A2A2A2.js': pageChunk('a, edited'),
  'assets/a.md.A2A2A2A2.lean.js': pageChunk('a lean, edited'),
}

const scratch: string[] = []
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function writeSite(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'wechatpay-merge-'))
  scratch.push(dir)
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    writeFileSync(path.join(dir, file), text)
  }
  return dir
}

function readSite(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]))
}

describe('folding a partial build into the last site', () => {
  it('takes the changed page and the shared files from the partial build, and points every page at them', () => {
    const outDir = writeSite(OLD_SITE)
    const stagingDir = writeSite(PARTIAL_SITE)
    const result = mergePartialBuild({ outDir, stagingDir, files: hashTree(outDir), changedPages: ['a.md'], base: '/' })
    const mergedMap = { 'a.md': 'A2A2A2A2', 'index.md': 'IIIIIIII' }
    const mergedMetadata = metadataName(metadata(mergedMap))
    expect(readSite(outDir)).toEqual({
      'index.html': html(mergedMetadata, 'app.BBBBBBBB.js', 'index.md.IIIIIIII.lean.js', '<a href="/assets/app.BBBBBBBB.js">app</a>'),
      'a.html': html(mergedMetadata, 'app.BBBBBBBB.js', 'a.md.A2A2A2A2.lean.js'),
      '404.html': html(mergedMetadata, 'app.BBBBBBBB.js', 'style.SSSSSSSS.css'),
      'hashmap.json': '{"a.md":"A2A2A2A2","index.md":"IIIIIIII"}\n',
      'vp-icons.css': '',
      'assets/app.BBBBBBBB.js': 'new app',
      'assets/style.SSSSSSSS.css': 'style',
      'assets/chunks/framework.FFFFFFFF.js': 'framework',
      'assets/chunks/theme.UUUUUUUU.js': 'new theme',
      [mergedMetadata]: metadata(mergedMap),
      'assets/index.md.IIIIIIII.js': pageChunk('index'),
      'assets/index.md.IIIIIIII.lean.js': pageChunk('index lean'),
      'assets/a.md.A2A2A2A2.js': pageChunk('a, edited'),
      'assets/a.md.A2A2A2A2.lean.js': pageChunk('a lean, edited'),
    })
    // The record of the new site: every file with its hash, as a fresh look at the folder gives.
    expect(result).toEqual({ files: hashTree(outDir) })
  })

  it.each([
    [
      'the framework the kept pages import changed',
      { 'assets/chunks/framework.FFFFFFFF.js': undefined, 'assets/chunks/framework.GGGGGGGG.js': 'framework, other' },
      'assets/chunks/framework.FFFFFFFF.js, which assets/index.md.IIIIIIII.js imports, changed',
    ],
    ['the partial build made another shared file', { 'assets/chunks/extra.EEEEEEEE.js': 'extra' }, 'the partial build made other shared files'],
    [
      'the partial build bundled another page',
      { 'hashmap.json': '{"a.md":"A2A2A2A2","index.md":"I2I2I2I2"}\n' },
      'the partial build bundled other pages than the changed ones',
    ],
  ])('refuses, leaving the site as it was, when %s', (_, changes, reason) => {
    const outDir = writeSite(OLD_SITE)
    const partial: Record<string, string> = { ...PARTIAL_SITE }
    for (const [file, text] of Object.entries(changes)) {
      if (text === undefined) delete partial[file]
      else partial[file] = text
    }
    const stagingDir = writeSite(partial)
    const result = mergePartialBuild({ outDir, stagingDir, files: hashTree(outDir), changedPages: ['a.md'], base: '/' })
    expect(result).toEqual({ refused: reason })
    expect(readSite(outDir)).toEqual(OLD_SITE)
  })
})
