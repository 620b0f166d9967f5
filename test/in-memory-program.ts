import path from 'node:path'
import ts from 'typescript'

/** `tsc --strict` as the package's users compile it: Node's module resolution, `@types/node` only. */
export const STRICT_NODE: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  types: ['node'],
}

export interface ProgramReport {
  /** Diagnostics of each given file (every given file has an entry, empty when it compiles). */
  readonly byFile: ReadonlyMap<string, readonly ts.Diagnostic[]>
  /** Diagnostics in no given file: options, lib or `node_modules` declarations. */
  readonly elsewhere: readonly ts.Diagnostic[]
  /** For questions the diagnostics do not answer (the checker's view of a type). */
  readonly program: ts.Program
}

/**
 * Compiles files that exist only in memory, all in ONE program with the real TypeScript compiler (the libs and
 * `node_modules` declarations are read and checked once). Their absolute paths should lie inside the repository,
 * so that `axios` and `@types/node` resolve from its node_modules.
 */
export function compileInMemory(files: ReadonlyMap<string, string>, options: ts.CompilerOptions = STRICT_NODE): ProgramReport {
  const program = createInMemoryProgram(files, options)
  const byFile = new Map<string, ts.Diagnostic[]>(program.getRootFileNames().map((file) => [file, []]))
  const elsewhere: ts.Diagnostic[] = []
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const own = diagnostic.file ? byFile.get(path.resolve(diagnostic.file.fileName)) : undefined
    if (own) own.push(diagnostic)
    else elsewhere.push(diagnostic)
  }
  return { byFile, elsewhere, program }
}

/** The program alone, nothing checked yet; `oldProgram` lends it the source files that did not change. */
export function createInMemoryProgram(files: ReadonlyMap<string, string>, options: ts.CompilerOptions, oldProgram?: ts.Program): ts.Program {
  const byPath = new Map([...files].map(([file, text]) => [path.resolve(file), text]))
  const host = ts.createCompilerHost(options, true)
  const { fileExists, readFile, getSourceFile, directoryExists } = host
  host.fileExists = (file) => byPath.has(path.resolve(file)) || fileExists.call(host, file)
  host.readFile = (file) => byPath.get(path.resolve(file)) ?? readFile.call(host, file)
  host.directoryExists = (dir) => [...byPath.keys()].some((file) => file.startsWith(path.resolve(dir) + path.sep)) || (directoryExists?.call(host, dir) ?? true)
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const text = byPath.get(path.resolve(file))
    // The old program's file object, when its text is the same, is what lets TypeScript reuse it.
    const old = oldProgram?.getSourceFile(file)
    if (old && (text === undefined || old.text === text)) return old
    return text === undefined ? getSourceFile.call(host, file, languageVersion, onError, shouldCreate) : ts.createSourceFile(file, text, languageVersion, true)
  }
  return ts.createProgram({ rootNames: [...byPath.keys()], options, host, ...(oldProgram ? { oldProgram } : {}) })
}

/** `file:line:col: message` (the position 1-based), as tsc prints it. */
export function formatDiagnostic(diagnostic: ts.Diagnostic, root: string): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
  if (!diagnostic.file || diagnostic.start === undefined) return message
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
  return `${path.relative(root, diagnostic.file.fileName)}:${line + 1}:${character + 1}: ${message}`
}
