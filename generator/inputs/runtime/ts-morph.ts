import { createRequire } from 'node:module'
import type * as TsMorph from 'ts-morph'

// ts-morph (with the TypeScript compiler it bundles) is CommonJS. Loading it with `require` skips the
// ESM loader's scan of its ~10 MB of code for export names, about a third of a second per run.
const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph

/** The TypeScript compiler API that ts-morph bundles: the runtime's declarations are made with it. */
export const ts = tsMorph.ts
