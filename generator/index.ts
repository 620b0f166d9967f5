import { EMITTERS } from './emit/index.ts'
import { readInputs } from './inputs/index.ts'
import { buildModel } from './model/index.ts'
import { compareStrings } from './model/naming.ts'
import type { ApiModel } from './model/types.ts'
import { specErrorOf } from './load/spec-error.ts'
import { Resolver } from './resolve/resolver.ts'
import { validateSpec, type SpecWarning } from './validate/index.ts'
import type { GenerationSession } from './session.ts'
import { MARKER_FILE, MARKER_TEXT } from './write/marker.ts'

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
}

/** The whole pipeline in memory: inputs, load → resolve → validate → model → emit. Only the caller writes. */
export async function generate(
  specFile: string,
  { onStage = () => {}, session, strict = false, allowExternalRefs }: GenerateOptions = {},
): Promise<GeneratedOutput> {
  onStage('inputs')
  // Read (the runtime compiled) while the spec is parsed; its error, if any, surfaces when it is awaited.
  const inputs = readInputs(session?.cache)
  inputs.catch(() => {})
  // Spec files are parsed as the resolver reaches them; a later run of a session parses only those that changed.
  onStage('parsing')
  const again = session && !session.isEmpty ? session.compare() : undefined
  const resolver = new Resolver(specFile, again?.unchanged, { allowExternalRefs })
  // Every problem of every file, before anything is built from the spec (files are parsed here, as it reaches them).
  onStage('validating')
  const { errors, warnings } = validateSpec(resolver, { cache: session?.cache.validation, unchanged: again?.unchanged })
  const fatal = strict ? [...errors, ...warnings.map((warning) => warning.toError())] : errors
  if (fatal.length > 0) throw specErrorOf(fatal)
  onStage('model')
  const model = buildModel(resolver, session && { paths: session.cache.paths, webhooks: session.cache.webhooks, changed: again?.changed ?? new Set() })
  session?.remember(resolver)
  const ctx = { inputs: await inputs, ...(session ? { cache: session.cache } : {}) }
  const files = new Map<string, string>([[MARKER_FILE, MARKER_TEXT]])
  for (const emitter of EMITTERS) {
    onStage(emitter.name)
    for (const [file, text] of await emitter.emit(model, ctx)) files.set(file, text)
  }
  return { model, files: sortByPath(files), warnings }
}

function sortByPath(files: Map<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => compareStrings(a, b)))
}
