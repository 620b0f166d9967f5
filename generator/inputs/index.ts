import type { GenerationCache } from '../cache.ts'
import { readProjectFacts, type ProjectFacts } from './project.ts'
import { compileRuntime } from './runtime/index.ts'
import { readSiteAssets, type SiteAssets } from './site-assets.ts'

/** What the emitters need besides the model: read and built before emission, handed to them in `ctx.inputs`. */
export interface GeneratorInputs extends ProjectFacts {
  /** The site's theme files (generator/emit/site/assets). */
  readonly siteAssets: SiteAssets
  /** generator/runtime compiled (bundles and declarations), by path relative to the package's runtime folder. */
  readonly runtime: ReadonlyMap<string, string>
}

/**
 * Reads the generator's own inputs. `generate` starts this before parsing the spec, so that the runtime is
 * compiled (or read from its disk cache) meanwhile; a session keeps the compiled runtime for its next runs.
 */
export async function readInputs(cache?: GenerationCache): Promise<GeneratorInputs> {
  const runtime = cache?.runtime ?? compileRuntime()
  if (cache) {
    cache.runtime = runtime
    runtime.catch(() => (cache.runtime = undefined))
  }
  return { ...readProjectFacts(), siteAssets: readSiteAssets(), runtime: await runtime }
}
