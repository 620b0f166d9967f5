import type { GenerationCache } from '../cache.ts'
import type { GeneratorInputs } from '../inputs/index.ts'
import type { ApiModel } from '../model/types.ts'

/** What every emitter is given besides the model. */
export interface EmitContext {
  /** What the generator reads and builds besides the spec (site assets, license, the compiled runtime), read before emission. */
  readonly inputs: GeneratorInputs
  /** A generation session's cache (`--watch`): what an emitter made from objects the model kept. Without one, nothing is reused. */
  readonly cache?: GenerationCache
}

/** One artefact of the output: the files it makes, by path relative to the output directory. No emitter reads or writes files. */
export interface Emitter {
  readonly name: string
  emit(model: ApiModel, ctx: EmitContext): Map<string, string> | Promise<Map<string, string>>
}
