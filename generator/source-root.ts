import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Defined by bin/generate.mjs when it runs the CLI from a bundle, where import.meta.url is the bundle's.
declare const GENERATOR_DIR_OF_BUNDLE: string | undefined

/** The generator's folder in the repository: what it reads besides the spec (runtime sources, site assets) is found from here. */
export const GENERATOR_DIR = typeof GENERATOR_DIR_OF_BUNDLE === 'string' ? GENERATOR_DIR_OF_BUNDLE : path.dirname(fileURLToPath(import.meta.url))
