// The errors of reading the generator's own inputs, in a module of their own: the reporter recognises them without
// loading esbuild or the TypeScript compiler (which a spec error's report would otherwise wait most of a second for).

/** A file of the generator itself is not what the package needs (not a spec error: the repository is broken). */
export class ProjectFileError extends Error {}

/** esbuild could not bundle generator/runtime. */
export class BundleError extends Error {}

/** The TypeScript compiler could not write generator/runtime's declarations. */
export class DeclarationError extends Error {}
