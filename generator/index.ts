import { buildModel } from './model/index.ts'
import type { ApiModel } from './model/types.ts'
import { emitBindings } from './emit/bindings/index.ts'
import { emitMarker } from './emit/marker.ts'
import { emitPages } from './emit/pages/index.ts'
import { emitTypings } from './emit/typings/index.ts'
import { Resolver } from './resolve/resolver.ts'

export interface GeneratedOutput {
  readonly model: ApiModel
  /** Output files by path relative to the output directory (forward slashes), in sorted order. */
  readonly files: Map<string, string>
  /** Every spec file that was read. */
  readonly inputs: readonly string[]
}

/** The whole pipeline in memory: load → resolve → model → emit. Only the caller writes. */
export async function generate(specFile: string): Promise<GeneratedOutput> {
  const resolver = new Resolver(specFile)
  const model = buildModel(resolver)
  const files = new Map<string, string>()
  for (const emitted of [emitMarker(), await emitTypings(model), emitBindings(model), emitPages(model)]) for (const [file, text] of emitted) files.set(file, text)
  return { model, files: sortByPath(files), inputs: resolver.loadedFiles() }
}

function sortByPath(files: Map<string, string>): Map<string, string> {
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
