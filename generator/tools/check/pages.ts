import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createTwoslasher, type TwoslashInstance } from 'twoslash'
import { listFiles } from '../../write/output-dir.ts'
import { twoslashBlocks, type CodeBlock } from './code-blocks.ts'

export interface BlockFailure {
  readonly block: CodeBlock
  readonly message: string
}

export interface PagesReport {
  readonly total: number
  readonly failures: readonly BlockFailure[]
}

/**
 * Runs every page's code block through the real `twoslash` library, as the docs site's
 * @shikijs/vitepress-twoslash does at build time: any compiler error in a block fails it.
 * `vfsRoot` is where `axios` and `@types/node` resolve from (a folder with node_modules).
 */
export function checkPages(docsDir: string, vfsRoot = process.cwd()): PagesReport {
  const twoslasher: TwoslashInstance = createTwoslasher({ vfsRoot })
  const failures: BlockFailure[] = []
  let total = 0
  for (const file of listFiles(docsDir).filter((name) => name.endsWith('.md'))) {
    const markdown = readFileSync(path.join(docsDir, file), 'utf8')
    for (const block of twoslashBlocks(file, markdown)) {
      total++
      const message = checkBlock(twoslasher, block)
      if (message !== undefined) failures.push({ block, message })
    }
  }
  return { total, failures }
}

/** The failure of one block, or undefined when it compiles without an error. */
export function checkBlock(twoslasher: TwoslashInstance, block: CodeBlock): string | undefined {
  try {
    const result = twoslasher(block.code, 'js')
    // With the default options twoslash throws on errors; a result that still lists one is a failure too.
    if (result.errors.length > 0) return result.errors.map((error) => `${error.filename}: ${error.text}`).join('; ')
    if (result.hovers.length === 0) return 'twoslash found nothing to type-check (is the environment configured?)'
    return undefined
  } catch (error) {
    return (error as Error).message.trim()
  }
}
