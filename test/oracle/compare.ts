/**
 * openapi-typescript as an oracle: for every operation of a spec, our request and response types (read through the
 * client's public surface, `Wechatpay['v3'][…][method]`) and openapi-typescript's (`paths[url][method]`) must be
 * mutually assignable, property keys included. Both are compiled with the generated typings in ONE in-memory
 * TypeScript program; each failing check is mapped back to its operation and side.
 *
 * Deliberate differences are normalised here and only here (the README's Tests section lists them):
 * - `format: date-time` is `string | Date` in what our types send (request body, parameters) and `string` in what
 *   they receive (the response: JSON carries no Date): openapi-typescript's `transform` marks it `DateTime`, which
 *   their request sides read as `string | Date` and their response as `string`;
 * - a `format: binary` field is a `ReadStream`: likewise;
 * - a download (a success response whose content is not JSON) is a `ReadStream`: both sides read as 'binary';
 * - an empty response (no content) is an empty interface: both sides read as 'empty';
 * - a multipart upload is `BinaryDataRequest`, `meta` being the JSON text: openapi-typescript's parts are mapped so;
 * - a URL with a trailing slash takes its empty last segment from `config.empty`: an `empty: ''` path parameter.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { generate } from '../../generator/index.ts'
import type { Operation } from '../../generator/model/types.ts'
import { TYPINGS_FILE } from '../../generator/emit/shared/output-files.ts'
import { compileInMemory, createInMemoryProgram, formatDiagnostic, STRICT_NODE } from '../in-memory-program.ts'

/** What is compared for each operation. */
export const SIDES = ['request body', 'query parameters', 'path parameters', 'header parameters', 'response'] as const
export type Side = (typeof SIDES)[number]

export interface Mismatch {
  /** `GET /v3/profitsharing/return-orders/{out_return_no}` */
  readonly operation: string
  readonly side: Side
  /** Property paths where the two disagree (`.amount`, `.items[].id`), or `(the whole type)`. */
  readonly where: readonly string[]
  readonly ours: string
  readonly theirs: string
}

export interface OracleReport {
  readonly operations: number
  /** Operations × sides compared. */
  readonly checks: number
  /** Of those, the ones where our side is a type of the spec's (not 'none', 'empty' or 'binary'). */
  readonly schemas: number
  readonly mismatches: readonly Mismatch[]
  /** Diagnostics that belong to no check (in either declaration file, or the check file's prelude): none expected. */
  readonly otherErrors: readonly string[]
}

/** openapi-typescript's `paths` for the spec, with the deliberate differences above applied through `transform`. */
export async function theirTypes(specFile: string): Promise<string> {
  const { factory } = ts
  const ast = await openapiTS(pathToFileURL(specFile), {
    // A field with a default is optional in our types, as the spec's `required` says.
    defaultNonNullable: false,
    transform(schema) {
      if (typeof schema !== 'object' || schema === null || !('format' in schema)) return undefined
      if (schema.format === 'date-time') return factory.createTypeReferenceNode('DateTime')
      if (schema.format === 'binary') return factory.createTypeReferenceNode('ReadStream')
      return undefined
    },
  })
  // The marker of a `date-time`: an object no schema gives (a unique symbol key), replaced by the checks' `Dates`.
  const marker = 'declare const dateTime: unique symbol\nexport interface DateTime { readonly [dateTime]: true }'
  return `import type { ReadStream } from 'fs'\n${marker}\n${astToString(ast)}`
}

/** The helper types every check uses (a fixed prelude; nothing in it names an operation). */
const PRELUDE = `import type { AxiosRequestConfig, AxiosResponse } from 'axios'
import type { ReadStream } from 'fs'
import type { Wechatpay } from './ours/index.js'
import type { DateTime, paths } from './theirs.js'

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type IsAny<T> = 0 extends 1 & T ? true : false
/** Every key required, recursively: two types that differ only in an optional key differ here. */
type Shape<T> = IsAny<T> extends true ? T : T extends ReadStream | Date | string | number | boolean | bigint | symbol | null | undefined ? T
  : T extends readonly (infer E)[] ? Shape<E>[] : T extends object ? { [K in keyof T]-?: Shape<T[K]> } : T
type Agree<A, B> = Same<A, B> extends true ? Same<Shape<A>, Shape<B>> : false
type Assert<T extends true> = T

/** Where two types disagree: property paths (\`.amount\`, \`.items[].id\`), for the report of a failed check. */
type Where<A, B, P extends string> = Agree<A, B> extends true ? never : WhereIn<A, B, P> extends infer W ? ([W] extends [never] ? (P extends '' ? '(the whole type)' : P) : W) : never
type WhereIn<A, B, P extends string> = [A, B] extends [readonly (infer X)[], readonly (infer Y)[]] ? Where<X, Y, \`\${P}[]\`>
  : [A, B] extends [object, object] ? (
      | (Exclude<keyof A, keyof B> extends infer K ? (K extends string ? \`\${P}.\${K} (ours only)\` : never) : never)
      | (Exclude<keyof B, keyof A> extends infer K ? (K extends string ? \`\${P}.\${K} (openapi-typescript only)\` : never) : never)
      | { [K in keyof A & keyof B & string]: Where<A[K], B[K], \`\${P}.\${K}\`> }[keyof A & keyof B & string])
  : never

/** 'none' for what a side does not have: openapi-typescript's \`never\`, axios's own \`any\`, an object without keys. */
type Part<T> = IsAny<T> extends true ? 'none' : [NonNullable<T>] extends [never] ? 'none' : [keyof NonNullable<T>] extends [never] ? 'none' : NonNullable<T>

// Ours, through the client's methods.
type ConfigOf<M> = M extends (...args: infer P) => unknown ? (Required<P> extends [unknown, infer C] ? NonNullable<C> : Required<P> extends [infer C] ? NonNullable<C> : never) : never
type OursBody<M> = ConfigOf<M> extends { data?: infer D } ? Part<D> : 'none'
type OursQuery<M> = ConfigOf<M> extends { params?: infer Q } ? Part<Q> : 'none'
type OursPath<M> = Part<Omit<ConfigOf<M>, keyof AxiosRequestConfig>>
type OursHeaders<M> = ConfigOf<M> extends { headers?: infer H } ? (Same<NonNullable<H>, NonNullable<AxiosRequestConfig['headers']>> extends true ? 'none' : Part<H>) : 'none'
type OursResponse<M> = M extends (...args: never[]) => Promise<AxiosResponse<infer R>> ? (R extends ReadStream ? 'binary' : [keyof R] extends [never] ? 'empty' : R) : never

// Theirs, from openapi-typescript's operation object; a \`date-time\` (their \`DateTime\`) is D: \`string | Date\` sent, \`string\` received.
type Dates<T, D> = T extends DateTime ? D : T extends ReadStream ? T : T extends readonly (infer E)[] ? Dates<E, D>[] : T extends object ? { [K in keyof T]: Dates<T[K], D> } : T
type Sent<T> = Dates<T, string | Date>
type JsonOf<C> = { [K in keyof C]: K extends \`application/\${string}json\${string}\` ? C[K] : never }[keyof C]
type Content<C> = [JsonOf<C>] extends [never] ? ([keyof C] extends [never] ? 'empty' : 'binary') : JsonOf<C>
type Upload<T> = { [K in keyof T]: K extends 'meta' ? string : K extends 'file' ? ReadStream : T[K] }
type TheirBody<O> = O extends { requestBody?: infer B } ? ([NonNullable<B>] extends [never] ? 'none'
  : NonNullable<B> extends { content: infer C } ? ('multipart/form-data' extends keyof C ? Upload<Sent<C['multipart/form-data']>> : Part<Sent<JsonOf<C>>>) : 'none') : 'none'
type Parameter<O, In extends string> = O extends { parameters: infer P } ? (P extends { [K in In]?: infer Q } ? Part<Sent<Q>> : 'none') : 'none'
type Success<R> = R[Extract<keyof R, 200 | 201 | 202 | 203 | 204 | 205 | 206 | '2XX'>]
type TheirResponse<O> = O extends { responses: infer R } ? (Success<R> extends infer S ? (S extends { content?: infer C } ? ([NonNullable<C>] extends [never] ? 'empty' : Dates<Content<NonNullable<C>>, string>) : 'empty') : never) : never
/** A trailing slash: the client fills the empty last segment from \`config.empty\`. */
type TrailingSlash<P> = P extends 'none' ? { empty: '' } : P & { empty: '' }
`

interface Check {
  readonly operation: string
  readonly side: Side
  readonly id: string
}

export interface OracleSpec {
  readonly specFile: string
  /** Where its in-memory files lie: inside the repository, so that axios and @types/node resolve; one per spec. */
  readonly virtualDir: string
  /** The spec openapi-typescript reads, when not `specFile` (a test gives it the original of a changed copy). */
  readonly oracleSpecFile?: string
}

interface PreparedSpec {
  readonly spec: OracleSpec
  readonly operations: number
  readonly checkFile: string
  readonly lines: readonly string[]
  /** By 1-based line of the check file. */
  readonly checks: ReadonlyMap<number, Check>
}

/**
 * Runs openapi-typescript and our generator on each spec and compares every operation's types; all specs are
 * compiled in ONE program (the libs, axios and @types/node are checked once). Reports in the order of `specs`.
 */
export async function compareWithOpenapiTypescript(specs: readonly OracleSpec[]): Promise<OracleReport[]> {
  const sources = new Map<string, string>()
  const prepared: PreparedSpec[] = []
  for (const spec of specs) {
    const [{ model, files }, theirs] = await Promise.all([generate(spec.specFile), theirTypes(spec.oracleSpecFile ?? spec.specFile)])
    const lines = PRELUDE.split('\n')
    const checks = new Map<number, Check>()
    model.operations.forEach((operation, index) => {
      const name = `${operation.method.toUpperCase()} ${operation.path}`
      const ours = `O${index}`
      const their = `T${index}`
      lines.push(
        `// ${name}`,
        `type ${ours} = Wechatpay${operation.chain.map((key) => `[${JSON.stringify(key)}]`).join('')}[${JSON.stringify(operation.method)}]`,
        `type ${their} = paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method)}]`,
      )
      for (const [side, oursType, theirType] of sides(operation, ours, their)) {
        const id = `${index}_${SIDES.indexOf(side)}`
        lines.push(`type Ours${id} = ${oursType}`, `type Theirs${id} = ${theirType}`, `type Check${id} = Assert<Agree<Ours${id}, Theirs${id}>>`)
        checks.set(lines.length, { operation: name, side, id })
      }
    })
    const checkFile = path.join(spec.virtualDir, 'checks.ts')
    // As a .ts file, so that skipLibCheck (which spares the libs and node_modules) still checks it.
    sources.set(path.join(spec.virtualDir, 'ours/index.ts'), files.get(TYPINGS_FILE)!)
    sources.set(path.join(spec.virtualDir, 'theirs.ts'), theirs)
    sources.set(checkFile, `${lines.join('\n')}\n`)
    prepared.push({ spec, operations: model.operations.length, checkFile, lines, checks })
  }

  // noUnusedLocals stays off: the check aliases are never used. The libs and node_modules are typecheck.test.ts's.
  const options = { ...STRICT_NODE, skipLibCheck: true }
  const { byFile, elsewhere, program } = compileInMemory(sources, options)
  const firstChecker = program.getTypeChecker()
  const found = prepared.map(({ spec, checkFile, lines, checks }, index) => {
    const failed: Check[] = []
    // Errors outside every spec's files (options, libs) are reported with the first spec.
    const otherErrors: string[] = index === 0 ? elsewhere.map((diagnostic) => formatDiagnostic(diagnostic, spec.virtualDir)) : []
    const source = program.getSourceFile(checkFile)!
    const oursAliases = source.statements.filter((statement) => ts.isTypeAliasDeclaration(statement) && /^Ours\d/.test(statement.name.text))
    const schemas = oursAliases.filter((alias) => {
      const type = firstChecker.getTypeAtLocation((alias as ts.TypeAliasDeclaration).name)
      return !(type.isStringLiteral() && ['none', 'empty', 'binary'].includes(type.value))
    }).length
    for (const [file, diagnostics] of byFile) {
      if (!file.startsWith(spec.virtualDir + path.sep)) continue
      for (const diagnostic of diagnostics) {
        const line = file === checkFile && diagnostic.start !== undefined ? source.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0
        const check = checks.get(line)
        if (check) failed.push(check)
        else otherErrors.push(`${formatDiagnostic(diagnostic, spec.virtualDir)}${line ? ` (${lines[line - 1]})` : ''}`)
      }
    }
    return { failed, otherErrors, schemas }
  })

  // A second program, reusing the first one's files, only to say where each failed check's types disagree.
  const explained = new Map(sources)
  prepared.forEach(({ checkFile }, index) => {
    const wheres = found[index]!.failed.map(({ id }) => `type Where${id} = Where<Ours${id}, Theirs${id}, ''>`)
    if (wheres.length > 0) explained.set(checkFile, `${sources.get(checkFile)!}${wheres.join('\n')}\n`)
  })
  const explainer = createInMemoryProgram(explained, options, program)
  const checker = explainer.getTypeChecker()
  return prepared.map(({ operations, checkFile, checks }, index) => {
    const source = explainer.getSourceFile(checkFile)!
    const aliases = new Map(source.statements.filter(ts.isTypeAliasDeclaration).map((alias) => [alias.name.text, alias]))
    const typeOf = (name: string) => checker.getTypeAtLocation(aliases.get(name)!.name)
    const printed = (type: ts.Type) => checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias)
    const mismatches = found[index]!.failed.map(({ operation, side, id }): Mismatch => {
      const where = typeOf(`Where${id}`)
      const paths = (where.isUnion() ? where.types : [where]).map((type) => (type.isStringLiteral() ? type.value : printed(type))).sort()
      return { operation, side, where: paths, ours: printed(typeOf(`Ours${id}`)), theirs: printed(typeOf(`Theirs${id}`)) }
    })
    return { operations, checks: checks.size, schemas: found[index]!.schemas, mismatches, otherErrors: found[index]!.otherErrors }
  })
}

/** The sides of one operation: [side, our type, their type], the deliberate differences normalised. */
function sides(operation: Operation, ours: string, their: string): [Side, string, string][] {
  const trailingSlash = operation.path.endsWith('/') && operation.path !== '/'
  return [
    ['request body', `OursBody<${ours}>`, `TheirBody<${their}>`],
    ['query parameters', `OursQuery<${ours}>`, `Parameter<${their}, 'query'>`],
    ['path parameters', `OursPath<${ours}>`, trailingSlash ? `TrailingSlash<Parameter<${their}, 'path'>>` : `Parameter<${their}, 'path'>`],
    ['header parameters', `OursHeaders<${ours}>`, `Parameter<${their}, 'header'>`],
    ['response', `OursResponse<${ours}>`, `TheirResponse<${their}>`],
  ]
}

/** One line per mismatch, for a test's failure message or the bench's report. */
export function describeMismatch({ operation, side, where, ours, theirs }: Mismatch): string {
  const short = (type: string) => (type.length > 300 ? `${type.slice(0, 300)}…` : type)
  return `${operation} (${side}) differs at ${where.join(', ')}: ours ${short(ours)}; openapi-typescript ${short(theirs)}`
}
