// Type tests of the installed package, compiled with the real TypeScript compiler in the consumer project
// (test/package/consumer/types.ts as ESM, types.cts as CommonJS) under node16, nodenext and bundler resolution:
//
// 1. as written: no diagnostic in the consumer's files or the package's declarations — so every
//    `// @ts-expect-error` line does fail (an unneeded directive is itself an error);
// 2. with the directives disabled: each marked line fails with the code its directive names, and nothing else fails.

import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_NAME } from '../../generator/emit/package/index.ts'
import { FIXTURES } from '../helpers.ts'
import { buildAndInstall, removeScratch, type InstalledPackage } from './harness.ts'

const DIRECTIVE = /\/\/ @ts-expect-error (TS\d+) (.+)$/
const REQUIRED_CASES = ['a wrong field name', 'a wrong field type', 'a missing required field', 'a misspelled chain segment', 'a misspelt resource field']

let installed: InstalledPackage

beforeAll(async () => {
  installed = await buildAndInstall(FIXTURES['spec']!)
})
afterAll(() => removeScratch(installed?.scratch))

interface Finding {
  readonly file: string
  readonly line: number
  readonly code: string
}

function compile(configName: string, disableDirectives: boolean): { findings: Finding[]; messages: string[]; rootNames: string[]; checked: string[] } {
  const configFile = path.join(installed.consumerDir, configName)
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
      },
    },
  )!
  const host = ts.createCompilerHost(parsed.options)
  if (disableDirectives) {
    const original = host.getSourceFile.bind(host)
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
      parsed.fileNames.includes(fileName)
        ? ts.createSourceFile(fileName, ts.sys.readFile(fileName)!.replace(/\/\/ @ts-expect-error/g, '// (disabled)'), languageVersion)
        : original(fileName, languageVersion, onError, shouldCreate)
  }
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, host })
  // The consumer's files and the package's declarations; not @types/node's or axios's (slow, and not ours).
  const packageDir = path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME) + path.sep
  const checked = program.getSourceFiles().filter((file) => parsed.fileNames.includes(file.fileName) || path.resolve(file.fileName).startsWith(packageDir))
  const diagnostics = [
    ...parsed.errors,
    ...program.getOptionsDiagnostics(),
    ...program.getGlobalDiagnostics(),
    ...checked.flatMap((file) => [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]),
  ]
  const findings: Finding[] = []
  const messages: string[] = []
  for (const diagnostic of diagnostics) {
    const at = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined
    const file = diagnostic.file ? path.relative(installed.consumerDir, diagnostic.file.fileName) : ''
    findings.push({ file, line: at ? at.line + 1 : 0, code: `TS${diagnostic.code}` })
    messages.push(`${file}:${at ? at.line + 1 : 0}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`)
  }
  const relative = (file: string) => path.relative(installed.consumerDir, file)
  return { findings, messages, rootNames: parsed.fileNames.map(relative), checked: checked.map((file) => relative(file.fileName)) }
}

/** Each `// @ts-expect-error TSxxxx why` of a file: the line it covers (the next) and the code it names. */
function directives(file: string): (Finding & { why: string })[] {
  const lines = readFileSync(path.join(installed.consumerDir, file), 'utf8').split('\n')
  return lines.flatMap((text, index) => {
    const match = DIRECTIVE.exec(text.trim())
    return match ? [{ file, line: index + 2, code: match[1]!, why: match[2]! }] : []
  })
}

describe.each(['tsconfig.node16.json', 'tsconfig.nodenext.json', 'tsconfig.bundler.json'])('consumer types, %s', (config) => {
  it("compile with no error (the package's declarations checked too), every @ts-expect-error used", () => {
    const { messages, rootNames, checked } = compile(config, false)
    expect(rootNames.length).toBeGreaterThan(0)
    expect(checked.filter((file) => file.includes(`${PACKAGE_NAME}/`)).length).toBeGreaterThan(5)
    expect(messages).toEqual([])
  })

  it('fail on each marked line with the named code, and nowhere else, once the directives are off', () => {
    const { findings, messages, rootNames } = compile(config, true)
    const expected = rootNames.flatMap(directives)
    for (const file of rootNames) expect(directives(file).map((directive) => directive.why)).toEqual(expect.arrayContaining(REQUIRED_CASES))
    const key = (finding: Finding) => `${finding.file}:${finding.line}: ${finding.code}`
    expect([...new Set(findings.map(key))].sort(), messages.join('\n')).toEqual(expected.map(key).sort())
  })
})

// What `import` or `require` of an entry gives at runtime is what its declarations say it gives: no value declared
// and missing, none there and undeclared. Declarations are read with the real compiler under node16 resolution, from
// an ES module for `import` (the .d.mts files) and from a CommonJS one for `require` (the .d.ts files).
describe.each([
  ['import', 'mts'],
  ['require', 'cts'],
] as const)('each entry, through %s', (how, extension) => {
  const ENTRIES = [PACKAGE_NAME, `${PACKAGE_NAME}/protocol`, `${PACKAGE_NAME}/simulator`]

  /** The names of the values each entry's declarations export. */
  function declaredValues(): string[][] {
    const probe = path.join(installed.consumerDir, `exports-probe.${extension}`)
    const importLine = (entry: string, index: number) =>
      extension === 'mts' ? `import * as entry${index} from '${entry}'` : `import entry${index} = require('${entry}')`
    writeFileSync(probe, `${ENTRIES.map(importLine).join('\n')}\nexport const all = [${ENTRIES.map((_, index) => `entry${index}`).join(', ')}]\n`)
    const program = ts.createProgram({
      rootNames: [probe],
      options: { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, strict: true, noEmit: true, types: ['node'] },
    })
    const checker = program.getTypeChecker()
    const source = program.getSourceFile(probe)!
    expect(ts.getPreEmitDiagnostics(program, source).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '))).toEqual([])
    const specifiers: ts.Expression[] = []
    source.forEachChild((node) => {
      if (ts.isImportDeclaration(node)) specifiers.push(node.moduleSpecifier)
      if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) specifiers.push(node.moduleReference.expression)
    })
    return specifiers.map((specifier) => {
      const module = checker.getSymbolAtLocation(specifier)!
      return checker
        .getExportsOfModule(module)
        .filter((symbol) => {
          const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
          return (target.flags & ts.SymbolFlags.Value) !== 0 && !isTypeOnly(symbol)
        })
        .map((symbol) => symbol.name)
        .sort()
    })
  }

  /** The names each entry gives at runtime, in a node process of the consumer project. */
  function runtimeValues(): string[][] {
    const load = how === 'import' ? 'await import(entry)' : 'require(entry)'
    const script = `const entries = ${JSON.stringify(ENTRIES)}; const names = []; for (const entry of entries) names.push(Object.keys(${load}).sort()); console.log(JSON.stringify(names))`
    const args = how === 'import' ? ['--input-type=module', '-e', script] : ['-e', script]
    return JSON.parse(execFileSync(process.execPath, args, { cwd: installed.consumerDir, encoding: 'utf8' })) as string[][]
  }

  it('gives at runtime exactly the values its declarations declare', () => {
    const declared = declaredValues()
    expect(declared.every((names) => names.length > 5)).toBe(true)
    // What the notifications issue promises from both entries, by name: declared, and so (below) there at runtime.
    const notifications = [
      'parseNotification',
      'decryptResource',
      'notificationAnswer',
      'NotificationDecryptionError',
      'MalformedNotificationError',
      'UnknownNotificationEventError',
    ]
    ENTRIES.forEach((entry, index) => {
      // The simulator is WeChat Pay's side: it sends notifications and parses none.
      if (!entry.endsWith('/simulator')) expect(declared[index], entry).toEqual(expect.arrayContaining(notifications))
    })
    expect(runtimeValues()).toEqual(declared)
  })
})

/** `export type { X }`: a name that is a value elsewhere, exported as a type only. */
function isTypeOnly(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration))
}
