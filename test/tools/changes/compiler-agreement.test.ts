import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../../generator/index.ts'
import { changesBetween, type ChangeReport } from '../../../generator/tools/changes/index.ts'
import { scratchDir } from '../../helpers.ts'
import { STRICT_NODE } from '../../in-memory-program.ts'
import { RULES, caseName, pathsOf, writeSpec } from './rules.ts'

/**
 * The tool's verdicts against the real compiler. Every row of the rule table goes into one old and one new spec
 * (each row under its own URL); both are generated with the generator itself, and each row's consumer, valid
 * against the old typings, is compiled against the new ones: whatever the tool reports breaking must fail to
 * compile, and what it reports as only features or fixes must compile. One Program per side keeps it fast.
 */
const dir = scratchDir('changes-compiler')
let report: ChangeReport
const diagnostics = { old: new Map<string, string[]>(), new: new Map<string, string[]>() }

beforeAll(async () => {
  const merge = (side: 'old' | 'new') => Object.assign({}, ...RULES.map((row, index) => pathsOf(row[side], caseName(index))))
  const specs = { old: writeSpec(path.join(dir, 'spec-old'), merge('old')), new: writeSpec(path.join(dir, 'spec-new'), merge('new')) }
  report = changesBetween(specs.old, specs.new)
  const host = sharedLibraryHost()
  for (const side of ['old', 'new'] as const) {
    const { files } = await generate(specs[side])
    const out = path.join(dir, `consumer-${side}`)
    mkdirSync(out, { recursive: true })
    writeFileSync(path.join(out, 'index.d.ts'), files.get('index.d.ts')!)
    const roots = RULES.map((row, index) => {
      const file = path.join(out, `${caseName(index)}.ts`)
      writeFileSync(file, consumer(row.consumer.replaceAll('CASE', caseName(index))))
      return file
    })
    const program = ts.createProgram(roots, OPTIONS, host)
    for (const [index, file] of roots.entries()) {
      const messages = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      diagnostics[side].set(caseName(index), messages)
    }
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const OPTIONS: ts.CompilerOptions = { ...STRICT_NODE, skipLibCheck: true }

/** A compiler host that parses the library files (TypeScript's lib, node, axios) once for both Programs. */
function sharedLibraryHost(): ts.CompilerHost {
  const host = ts.createCompilerHost(OPTIONS)
  const parsed = new Map<string, ts.SourceFile | undefined>()
  const getSourceFile = host.getSourceFile.bind(host)
  host.getSourceFile = (fileName, languageVersion, ...rest) => {
    if (!fileName.includes('/node_modules/')) return getSourceFile(fileName, languageVersion, ...rest)
    if (!parsed.has(fileName)) parsed.set(fileName, getSourceFile(fileName, languageVersion, ...rest))
    return parsed.get(fileName)
  }
  return host
}

function consumer(body: string): string {
  const indented = body
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n')
  return `import type { Wechatpay } from './index.js'\ndeclare const wxpay: Wechatpay\n\nexport async function use(): Promise<void> {\n${indented}\n}\n`
}

function classesOf(name: string): Set<string> {
  return new Set(report.changes.filter((change) => change.chain?.startsWith(`wxpay.v3.${name}.`)).map((change) => change.class))
}

describe.each(RULES.map((row, index) => ({ ...row, name: caseName(index) })))('$rule', ({ name }) => {
  it('the consumer compiles against the old typings', () => {
    expect(diagnostics.old.get(name)).toEqual([])
  })

  it('against the new typings it fails exactly when the tool reports a breaking change', () => {
    const classes = classesOf(name)
    expect(classes.size).toBeGreaterThan(0)
    if (classes.has('breaking')) expect(diagnostics.new.get(name)).not.toEqual([])
    else expect(diagnostics.new.get(name)).toEqual([])
  })
})

it('the table covers every class the tool reports', () => {
  expect(new Set(report.changes.map((change) => change.class))).toEqual(new Set(['breaking', 'feature', 'fix']))
})
