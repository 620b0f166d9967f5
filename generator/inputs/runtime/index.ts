import { cachedRuntime } from './cache.ts'

/**
 * generator/runtime compiled for the package: the bundles (esbuild) and one declaration file per module (the
 * TypeScript compiler that ts-morph bundles), by path relative to the package's runtime folder. It depends on the
 * generator's files only, never on the spec: read from node_modules/.cache when its inputs are unchanged
 * (cache.ts), and the compilers are loaded only when it is not.
 */
export function compileRuntime(): Promise<Map<string, string>> {
  return cachedRuntime(async () => {
    const [{ bundleRuntime }, { runtimeDeclarations }] = await Promise.all([import('./bundle.ts'), import('./declarations.ts')])
    return new Map([...(await bundleRuntime()), ...runtimeDeclarations()])
  })
}
