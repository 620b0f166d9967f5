import { createFileSystemTypesCache } from '@shikijs/vitepress-twoslash/cache-fs'
import type { TwoslashTypesCache } from '@shikijs/twoslash'

/**
 * twoslash's results on disk (`@shikijs/vitepress-twoslash/cache-fs`, one JSON file per code block, named by the
 * hash of the block). `dir` is named by `npm run docs:build` after the versions of TypeScript, twoslash and the
 * typings every block imports (`axios`, `@types/node`), so a new version starts a new folder. A block that imports
 * the generated package itself (the guide) also depends on its declarations: `packageTypings`, their hash, joins
 * its key, so an edited spec re-checks the guide while the pages, whose declarations are in their own blocks, stay cached.
 */
export function twoslashCache(dir: string, packageTypings = ''): TwoslashTypesCache {
  const files = createFileSystemTypesCache({ dir })
  const key = (code: string): string => (code.includes("from 'wechatpay-apiv3'") ? `${code}\n// package typings ${packageTypings}` : code)
  return {
    init: () => files.init?.(),
    read: (code) => files.read(key(code)),
    write: (code, data) => files.write(key(code), data),
  }
}
