/** The package's declaration file, written by the typings emitter and copied by the package emitter. */
export const TYPINGS_FILE = 'index.d.ts'
