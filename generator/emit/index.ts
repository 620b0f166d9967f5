import { bindings } from './bindings/index.ts'
import type { Emitter } from './emitter.ts'
import { packageFiles } from './package/index.ts'
import { pages } from './pages/index.ts'
import { simulatorData } from './simulator/index.ts'
import { site } from './site/index.ts'
import { typings } from './typings/index.ts'

export type { EmitContext, Emitter } from './emitter.ts'

/** Every artefact of the output, each from its own emitter; none reads another's output. */
export const EMITTERS: readonly Emitter[] = [typings, bindings, simulatorData, pages, site, packageFiles]
