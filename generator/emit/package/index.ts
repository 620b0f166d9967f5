import type { ApiModel } from '../../model/types.ts'
import { endpointTable } from '../bindings/index.ts'
import { entryFiles, type PackageIdentity } from './entries.ts'
import { LICENSE_FILE, MANIFEST_FILE, PACKAGE_NAME, README_FILE, TYPINGS_ESM_FILE } from './layout.ts'
import { licenseText, renderManifest } from './manifest.ts'
import { renderReadme } from './readme.ts'
import { cachedRuntime } from './runtime-cache.ts'

export { PACKAGE_NAME } from './layout.ts'

/**
 * The publishable package around the typings (index.d.ts) and the endpoint table (endpoints.json), which their own
 * emitters write: package.json, README.md, LICENSE (the project's), the runtime compiled from generator/runtime
 * (`runtime/`), the entries that bind the table to it (`client.*`, `protocol.*`), and the typings' ESM copy
 * (index.d.mts, from `typings`, the text of index.d.ts). Layout: layout.ts.
 */
export async function emitPackage(model: ApiModel, typings: string): Promise<Map<string, string>> {
  const runtime = runtimeFiles()
  const identity: PackageIdentity = { name: PACKAGE_NAME, version: model.info.version }
  const description = `${model.info.title || 'WeChat Pay APIv3'} client for Node.js: typed endpoints, signed requests, verified responses`
  return new Map([
    [MANIFEST_FILE, renderManifest({ ...identity, description })],
    [README_FILE, renderReadme(model, identity)],
    [LICENSE_FILE, licenseText()],
    [TYPINGS_ESM_FILE, typings],
    ...entryFiles(identity, endpointTable(model.operations)),
    ...(await runtime),
  ])
}

let runtime: Promise<Map<string, string>> | undefined

/**
 * The compiled runtime does not depend on the spec: built once per process (esbuild and typescript loaded then),
 * and kept between runs in node_modules/.cache (runtime-cache.ts).
 * `generate` starts it early, so that it is built while the spec is being parsed.
 */
export function runtimeFiles(): Promise<Map<string, string>> {
  runtime ??= cachedRuntime(async () => {
    const [{ bundleRuntime }, { runtimeDeclarations }] = await Promise.all([import('./runtime-bundle.ts'), import('./runtime-declarations.ts')])
    return new Map([...(await bundleRuntime()), ...runtimeDeclarations()])
  })
  runtime.catch(() => (runtime = undefined))
  return runtime
}
