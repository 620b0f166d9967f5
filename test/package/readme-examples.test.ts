// The code blocks of README.md, generator/runtime/README.md and the package's own README.md (as packed), type-checked
// against the packed package installed in the consumer project (test/package/harness.ts), all in one TypeScript program.
//
// Every ```ts and ```js block is checked, as an ES module (.mts / .mjs with checkJs), unless its info string says
// `no-check` (```ts no-check): signature listings and excerpts of generated files, which are not programs.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_NAME } from '../../generator/emit/package/index.ts'
import { ROOT } from '../helpers.ts'
import { buildAndInstall, removeScratch, type InstalledPackage } from './harness.ts'

const READMES = ['README.md', 'generator/runtime/README.md']
/** The package's README, read from the installed package (what npm users see). */
const PACKAGE_README = 'package README.md'

interface Block {
  readonly readme: string
  /** The line of the README the block's first code line is on. */
  readonly line: number
  readonly language: 'ts' | 'js'
  readonly code: string
}

/** The checked blocks of a Markdown text: fenced with ```ts or ```js, without `no-check`. */
export function checkedBlocks(readme: string, text: string): Block[] {
  const blocks: Block[] = []
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(\w+)(.*)$/.exec(lines[index]!)
    if (!fence) continue
    const end = lines.findIndex((line, at) => at > index && line.startsWith('```'))
    const [language, rest] = [fence[1]!, fence[2]!]
    if ((language === 'ts' || language === 'js') && !/\bno-check\b/.test(rest)) {
      blocks.push({ readme, line: index + 2, language, code: lines.slice(index + 1, end).join('\n') })
    }
    index = end
  }
  return blocks
}

let installed: InstalledPackage
beforeAll(async () => {
  installed = await buildAndInstall(path.join(ROOT, 'spec/openapi.yaml'))
})
afterAll(() => removeScratch(installed?.scratch))

/** Each diagnostic of the program in the given files, as `readme:line: message` (the README's own line). */
function check(blocks: readonly Block[]): string[] {
  const dir = path.join(installed.consumerDir, 'readme-examples')
  mkdirSync(dir, { recursive: true })
  const files = new Map<string, Block>()
  blocks.forEach((block, index) => {
    const file = path.join(dir, `block-${index}.${block.language === 'ts' ? 'mts' : 'mjs'}`)
    writeFileSync(file, `${block.code}\n`)
    files.set(file, block)
  })
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    types: ['node'],
  }
  const program = ts.createProgram({ rootNames: [...files.keys()], options })
  return [...files].flatMap(([file, block]) => {
    const source = program.getSourceFile(file)!
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((diagnostic) => {
      const { line } = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
      return `${block.readme}:${block.line + line}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`
    })
  })
}

describe("the READMEs' code blocks compile against the packed package", () => {
  it('every checked block of the three READMEs, and a wrong block among them fails', () => {
    const blocks = [
      ...READMES.flatMap((readme) => checkedBlocks(readme, readFileSync(path.join(ROOT, readme), 'utf8'))),
      ...checkedBlocks(PACKAGE_README, packageReadme()),
    ]
    for (const readme of [...READMES, PACKAGE_README]) expect(blocks.filter((block) => block.readme === readme).length).toBeGreaterThan(0)
    // The same program also checks a block with a misspelt chain, which must be the only one to fail.
    const wrong: Block = {
      readme: 'wrong',
      line: 1,
      language: 'ts',
      code: "import { Wechatpay } from 'wechatpay-apiv3'\ndeclare const wxpay: InstanceType<typeof Wechatpay>\nwxpay.v3.profitsharing.returnOrder.post({})",
    }
    const problems = check([...blocks, wrong])
    expect(problems.filter((problem) => !problem.startsWith('wrong:'))).toEqual([])
    expect(problems.some((problem) => problem.startsWith('wrong:3: TS2551'))).toBe(true)
  })
})

/** The README.md of the installed package. */
function packageReadme(): string {
  return readFileSync(path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME, 'README.md'), 'utf8')
}

describe("the package README's typed surface", () => {
  it('lists every operation of the spec by its chain and URL, under its first tag', () => {
    const text = packageReadme()
    const { operations } = installed.generated.model
    expect(operations.length).toBeGreaterThan(0)
    for (const operation of operations) {
      const row = text.split('\n').find((line) => line.includes(`| \`${operation.method.toUpperCase()} ${operation.path}\` |`))
      expect(row, `${operation.method} ${operation.path}`).toBeDefined()
      expect(row).toContain(`\`wxpay.${operation.chain.join('.')}.${operation.method}\``)
      const heading = text.lastIndexOf('\n### ', text.indexOf(row!))
      expect(text.slice(heading + 5, text.indexOf('\n', heading + 1)), row).toBe(operation.tags[0])
    }
  })

  it("types an endpoint outside the spec only through the example's module augmentation", () => {
    const augmented = checkedBlocks(PACKAGE_README, packageReadme()).filter((block) => block.code.includes(`declare module '${PACKAGE_NAME}'`))
    expect(augmented).toHaveLength(1)
    const block = augmented[0]!
    // The same code without its `declare module` block: the chain is unknown to the package's types.
    const lines = block.code.split('\n')
    const start = lines.findIndex((line) => line.startsWith('declare module'))
    const end = lines.findIndex((line, index) => index > start && line === '}')
    const without: Block = { ...block, readme: 'without', code: [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n') }
    const problems = check([without])
    expect(problems.length, problems.join('\n')).toBeGreaterThan(0)
    expect(
      problems.every((problem) => problem.startsWith('without:') && problem.includes("Property 'marketing' does not exist")),
      problems.join('\n'),
    ).toBe(true)
  })
})
