import { buildModel } from './model/index.ts'
import type { ApiModel } from './model/types.ts'
import { emitBindings } from './emit/bindings/index.ts'
import { emitMarker } from './emit/marker.ts'
import { emitPackage, runtimeFiles } from './emit/package/index.ts'
import { emitPages } from './emit/pages/index.ts'
import { emitSite } from './emit/site/index.ts'
import { specErrorOf } from './load/spec-error.ts'
import { Resolver } from './resolve/resolver.ts'
import { validateSpec, type SpecWarning, type ValidationCache } from './validate/index.ts'
import type { GenerationSession } from './session.ts'
import { TYPINGS_FILE } from './emit/typings/file-name.ts'

export interface GeneratedOutput {
  readonly model: ApiModel
  /** Output files by path relative to the output directory (forward slashes), in sorted order. */
  readonly files: Map<string, string>
  /** What is legal but suspicious in the spec (errors instead with `strict`). */
  readonly warnings: readonly SpecWarning[]
}

export interface GenerateOptions {
  /** Called as each stage starts (`parsing`, `model`, `typings`, …), for a progress display. */
  readonly onStage?: (stage: string) => void
  /** Carries what this run read and built to the next run in the same process, which then redoes only what changed. */
  readonly session?: GenerationSession
  /** Warnings are errors. */
  readonly strict?: boolean
  /** Folders besides the root document's that `$ref`s may lead into. */
  readonly allowExternalRefs?: readonly string[]
  /** With a session: the previous run's validation, so that only the changed Path Items are checked again. */
  readonly validationCache?: ValidationCache
}

/** The whole pipeline in memory: load → resolve → model → emit. Only the caller writes. */
export async function generate(specFile: string, { onStage = () => {}, session, strict = false, allowExternalRefs, validationCache }: GenerateOptions = {}): Promise<GeneratedOutput> {
  onStage('loading')
  const { emitTypings } = await import('./emit/typings/index.ts')
  void runtimeFiles().catch(() => {}) // its error, if any, surfaces from emitPackage
  // Spec files are parsed as the resolver reaches them; a later run of a session parses only those that changed.
  onStage('parsing')
  const again = session && !session.isEmpty ? session.compare() : undefined
  const resolver = new Resolver(specFile, again?.unchanged, { allowExternalRefs })
  // Every problem of every file, before anything is built from the spec (files are parsed here, as it reaches them).
  onStage('validating')
  const { errors, warnings } = validateSpec(resolver, { cache: session && validationCache, unchanged: again?.unchanged })
  const fatal = strict ? [...errors, ...warnings.map((warning) => warning.toError())] : errors
  if (fatal.length > 0) throw specErrorOf(fatal)
  onStage('model')
  const model = buildModel(resolver, session && { paths: session.paths, changed: again?.changed ?? new Set() })
  session?.remember(resolver)
  const files = new Map<string, string>(emitMarker())
  const emitters: [string, () => Map<string, string> | Promise<Map<string, string>>][] = [
    ['typings', () => emitTypings(model)],
    ['bindings', () => emitBindings(model)],
    ['pages', () => emitPages(model)],
    ['site', () => emitSite(model)],
    ['package', () => emitPackage(model, files.get(TYPINGS_FILE)!)],
  ]
  for (const [stage, emit] of emitters) {
    onStage(stage)
    for (const [file, text] of await emit()) files.set(file, text)
  }
  return { model, files: sortByPath(files), warnings }
}

function sortByPath(files: Map<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
