import { readFileSync } from 'node:fs'
import path from 'node:path'
import { GENERATOR_DIR } from '../source-root.ts'
import { ProjectFileError } from './errors.ts'

/** The generator's own package.json: the SDK depends on the axios range the generator is developed and tested with. */
const GENERATOR_MANIFEST = path.resolve(GENERATOR_DIR, '../package.json')
/** The project's license, which the SDK is published under: its text ships in the package, its name in package.json. */
const GENERATOR_LICENSE = path.resolve(GENERATOR_DIR, '../LICENSE')

/** What the package takes from the generator's project: its license and the axios range it is tested with. */
export interface ProjectFacts {
  readonly license: { readonly name: string; readonly text: string }
  readonly axiosRange: string
}

interface GeneratorManifest {
  readonly license?: unknown
  readonly dependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
}

export function readProjectFacts(): ProjectFacts {
  const manifest = JSON.parse(readFileSync(GENERATOR_MANIFEST, 'utf8')) as GeneratorManifest
  const axiosRange = manifest.dependencies?.['axios'] ?? manifest.devDependencies?.['axios']
  if (axiosRange === undefined) throw new ProjectFileError(`${GENERATOR_MANIFEST} does not depend on axios; the SDK package needs its range`)
  if (typeof manifest.license !== 'string') throw new ProjectFileError(`${GENERATOR_MANIFEST} has no license`)
  return { license: { name: manifest.license, text: readFileSync(GENERATOR_LICENSE, 'utf8') }, axiosRange }
}
