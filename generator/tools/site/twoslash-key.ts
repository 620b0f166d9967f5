import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './paths.ts'

/** What a twoslash result depends on besides its code block: the checker, the twoslash layers, and the typings the blocks import. */
const RESULT_DEPENDENCIES = ['typescript', 'twoslash', 'twoslash-vue', '@shikijs/twoslash', '@shikijs/vitepress-twoslash', 'axios', '@types/node']

/** `name@version` of each dependency above, as installed in the repository's node_modules. */
export function resultDependencyVersions(): string[] {
  return RESULT_DEPENDENCIES.map((name) => `${name}@${installedVersion(name)}`)
}

/** The twoslash cache's folder for these versions: `<cache>/twoslash/<hash>`; another version, another folder. */
export function twoslashCacheDir(siteCacheDir: string): string {
  const hash = createHash('sha256').update(resultDependencyVersions().join('\n')).digest('hex').slice(0, 12)
  return path.join(siteCacheDir, 'twoslash', hash)
}

/** What a block's highlighted HTML depends on besides its code and the twoslash results: the highlighter and VitePress's wrapping of it. */
const HTML_DEPENDENCIES = ['shiki', '@shikijs/core', 'vitepress', 'markdown-it']

/**
 * The folder of the blocks' highlighted HTML (build/highlight-cache.ts): `<cache>/html/<hash>`, the hash of the
 * versions twoslash's results depend on, the highlighter's, the docs folder's config and build files (which set up
 * the highlighter and the renderer), and whether twoslash is on; any change, another folder.
 */
export function highlightCacheDir(siteCacheDir: string, docsDir: string, twoslash: string): string {
  const hash = createHash('sha256').update(resultDependencyVersions().join('\n'))
  for (const name of HTML_DEPENDENCIES) hash.update(`\n${name}@${installedVersion(name)}`)
  const vitepressDir = path.join(docsDir, '.vitepress')
  for (const file of [
    'config.mts',
    ...readdirSync(path.join(vitepressDir, 'build'))
      .sort()
      .map((name) => `build/${name}`),
  ]) {
    hash.update(`\n${file}\n`).update(readFileSync(path.join(vitepressDir, file)))
  }
  hash.update(`\ntwoslash ${twoslash}`)
  return path.join(siteCacheDir, 'html', hash.digest('hex').slice(0, 12))
}

function installedVersion(name: string): string {
  const manifest = path.join(REPO_ROOT, 'node_modules', name, 'package.json')
  return existsSync(manifest) ? ((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? 'missing') : 'missing'
}

/**
 * The hash of the generated package's declaration files (`DIR/*.d.ts`, `*.d.mts`, `runtime/**`), which the guide's
 * blocks import as `wechatpay-apiv3`: the docs folder's parent is the package.
 */
export function packageTypingsHash(docsDir: string): string {
  const packageDir = path.dirname(docsDir)
  const hash = createHash('sha256')
  const files = readdirSync(packageDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.d\.m?ts$/.test(entry.name))
    .map((entry) => path.relative(packageDir, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`docs${path.sep}`) && !file.split(path.sep).includes('node_modules'))
    .sort()
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(path.join(packageDir, file)))
  return hash.digest('hex').slice(0, 12)
}
