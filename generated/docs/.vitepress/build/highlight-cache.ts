// Copied from generator/emit/site/assets/build/highlight-cache.ts by wechatpay-openapi-generator. Do not edit.
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** markdown-it's highlight hook, as VitePress sets it: a block's code, language and attributes → its HTML. */
type Highlight = (code: string, lang: string, attrs: string) => string

/**
 * Each code block's highlighted HTML on disk, one file per block named by the hash of what the HTML is made from:
 * a rebuild after an edit highlights (and, for twoslash blocks, renders the popups of) only the blocks that
 * changed; highlighting every block again was most of what a rebuild with twoslash's results cached still cost.
 * `dir` is named by `npm run docs:build` after everything else the HTML depends on (the versions of VitePress,
 * shiki and twoslash, this config, twoslash on or off), so any other setting starts another folder. A block that
 * imports the generated package (the guide) depends on its declarations too: `packageTypings`, their hash, joins
 * its key. A block whose highlighting throws (a type error) is not kept: the build fails as without the cache.
 */
export function cacheHighlightedBlocks(md: { options: { highlight?: Highlight | null } }, dir: string | undefined, packageTypings = ''): void {
  const highlight = md.options.highlight
  if (!dir || !highlight) return
  mkdirSync(dir, { recursive: true })
  md.options.highlight = (code, lang, attrs) => {
    const imports = code.includes("from 'wechatpay-apiv3'") ? `\0${packageTypings}` : ''
    const file = join(dir, `${createHash('sha256').update(`${lang}\0${attrs}\0${code}${imports}`).digest('hex')}.html`)
    try {
      return readFileSync(file, 'utf8')
    } catch {
      // not highlighted yet
    }
    const html = highlight(code, lang, attrs)
    // Written beside and renamed into place: a build reading it meanwhile never sees half a file.
    const partial = `${file}.${process.pid}`
    writeFileSync(partial, html)
    renameSync(partial, file)
    return html
  }
}
