// package.json of the generated SDK. CommonJS by default (`.js`, `.d.ts`) with ESM beside it (`.mjs`, `.d.mts`),
// each `exports` condition with its own `types`, so that TypeScript sees the module format Node.js loads.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { BINDINGS_FILE } from '../bindings/index.ts'
import type { PackageIdentity } from './entries.ts'
import { CLIENT, fromRoot, LICENSE_FILE, PROTOCOL, README_FILE, RUNTIME_DIR, TYPINGS_ESM_FILE, TYPINGS_FILE } from './layout.ts'
import { GENERATOR_DIR } from '../../source-root.ts'

/** The generator's own package.json: the SDK depends on the axios range the generator is developed and tested with. */
const GENERATOR_MANIFEST = path.resolve(GENERATOR_DIR, '../package.json')
/** The project's license, which the SDK is published under: its text ships in the package, its name in package.json. */
const GENERATOR_LICENSE = path.resolve(GENERATOR_DIR, '../LICENSE')

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

export class ManifestError extends Error {}

export interface ManifestInput extends PackageIdentity {
  readonly description: string
}

export function renderManifest({ name, version, description }: ManifestInput): string {
  if (!SEMVER.test(version)) throw new ManifestError(`info.version ${JSON.stringify(version)} is not a semantic version; package.json needs one`)
  const generator = readGeneratorManifest()
  const manifest = {
    name,
    version,
    description,
    license: licenseName(generator),
    keywords: ['wechatpay', 'wechat-pay', 'apiv3', 'axios', 'typescript'],
    type: 'commonjs',
    main: fromRoot(CLIENT.cjs),
    types: fromRoot(CLIENT.cjsTypes),
    exports: {
      '.': conditions(CLIENT),
      './protocol': conditions(PROTOCOL),
      [`./${BINDINGS_FILE}`]: fromRoot(BINDINGS_FILE),
      './package.json': './package.json',
    },
    files: [
      ...Object.values(CLIENT),
      ...Object.values(PROTOCOL),
      `${RUNTIME_DIR}/`,
      TYPINGS_FILE,
      TYPINGS_ESM_FILE,
      BINDINGS_FILE,
      README_FILE,
      LICENSE_FILE,
    ],
    sideEffects: false,
    engines: { node: '>=20' },
    dependencies: { axios: axiosRange(generator) },
  }
  return `${JSON.stringify(manifest, null, 2)}\n`
}

function conditions(entry: { cjs: string; esm: string; cjsTypes: string; esmTypes: string }): object {
  return {
    import: { types: fromRoot(entry.esmTypes), default: fromRoot(entry.esm) },
    require: { types: fromRoot(entry.cjsTypes), default: fromRoot(entry.cjs) },
  }
}

interface GeneratorManifest {
  readonly license?: unknown
  readonly dependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
}

function readGeneratorManifest(): GeneratorManifest {
  return JSON.parse(readFileSync(GENERATOR_MANIFEST, 'utf8')) as GeneratorManifest
}

function axiosRange(generator: GeneratorManifest): string {
  const range = generator.dependencies?.['axios'] ?? generator.devDependencies?.['axios']
  if (range === undefined) throw new ManifestError(`${GENERATOR_MANIFEST} does not depend on axios; the SDK package needs its range`)
  return range
}

/** The project's license name (SPDX), from the generator's package.json; its text is LICENSE (licenseText). */
function licenseName(generator: GeneratorManifest): string {
  if (typeof generator.license !== 'string') throw new ManifestError(`${GENERATOR_MANIFEST} has no license`)
  return generator.license
}

/** The text of the project's LICENSE, which the package ships. */
export function licenseText(): string {
  return readFileSync(GENERATOR_LICENSE, 'utf8')
}
