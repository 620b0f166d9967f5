// Files one emitter writes and another names (package.json lists them, the entries import them).

/** The declaration file (the typings emitter). */
export const TYPINGS_FILE = 'index.d.ts'

/**
 * The same declarations as ESM (the typings emitter): TypeScript reads the file as ESM for its extension, so that its
 * `import type … from 'axios'` gives ESM consumers the ESM axios declarations.
 */
export const TYPINGS_ESM_FILE = 'index.d.mts'

/** The endpoint table the client's proxy chain reads (the bindings emitter). */
export const BINDINGS_FILE = 'endpoints.json'

/** The spec's operations as data for `wechatpay-apiv3/simulator` (the simulator emitter). */
export const SIMULATOR_OPERATIONS_FILE = 'simulator/operations.json'
