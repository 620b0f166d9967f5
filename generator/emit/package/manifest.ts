// package.json of the generated SDK. CommonJS by default (`.js`, `.d.ts`) with ESM beside it (`.mjs`, `.d.mts`),
// each `exports` condition with its own `types`, so that TypeScript sees the module format Node.js loads.

import type { ProjectFacts } from '../../inputs/project.ts'
import type { PackageIdentity } from './entries.ts'
import {
  BIN,
  BINDINGS_FILE,
  CLIENT,
  fromRoot,
  LICENSE_FILE,
  PROTOCOL,
  README_FILE,
  RUNTIME_DIR,
  SIMULATOR,
  SIMULATOR_OPERATIONS_FILE,
  TYPINGS_ESM_FILE,
  TYPINGS_FILE,
} from './layout.ts'

export interface ManifestInput extends PackageIdentity {
  readonly description: string
}

/** `info.version` is checked by the model; the license and the axios range are the generator project's (`ctx.inputs`). */
export function renderManifest({ name, version, description }: ManifestInput, project: ProjectFacts): string {
  const manifest = {
    name,
    version,
    description,
    license: project.license.name,
    keywords: ['wechatpay', 'wechat-pay', 'apiv3', 'axios', 'typescript'],
    type: 'commonjs',
    main: fromRoot(CLIENT.cjs),
    types: fromRoot(CLIENT.cjsTypes),
    exports: {
      '.': conditions(CLIENT),
      './protocol': conditions(PROTOCOL),
      './simulator': conditions(SIMULATOR),
      [`./${SIMULATOR_OPERATIONS_FILE}`]: fromRoot(SIMULATOR_OPERATIONS_FILE),
      [`./${BINDINGS_FILE}`]: fromRoot(BINDINGS_FILE),
      './package.json': './package.json',
    },
    bin: { [BIN.name]: BIN.file },
    files: [
      ...Object.values(CLIENT),
      ...Object.values(PROTOCOL),
      ...Object.values(SIMULATOR),
      `${RUNTIME_DIR}/`,
      SIMULATOR_OPERATIONS_FILE,
      BIN.file,
      TYPINGS_FILE,
      TYPINGS_ESM_FILE,
      BINDINGS_FILE,
      README_FILE,
      LICENSE_FILE,
    ],
    sideEffects: false,
    engines: { node: '>=20' },
    dependencies: { axios: project.axiosRange },
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

function conditions(entry: { cjs: string; esm: string; cjsTypes: string; esmTypes: string }): object {
  return {
    import: { types: fromRoot(entry.esmTypes), default: fromRoot(entry.esm) },
    require: { types: fromRoot(entry.cjsTypes), default: fromRoot(entry.cjs) },
  }
}
