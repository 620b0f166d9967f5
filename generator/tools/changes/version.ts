import type { Bump, ChangeClass } from './types.ts'

/**
 * The release a set of changes calls for, by semver: breaking → major, feature → minor, fix → patch.
 * Before 1.0.0 a caret range (`^0.4.1` = `>=0.4.1 <0.5.0`) treats the minor number as major, so in 0.x a
 * breaking change bumps the minor version and a feature or fix the patch version.
 */
export function bumpFor(classes: ReadonlySet<ChangeClass>, version: string): Bump {
  const zero = parseVersion(version)?.[0] === 0
  if (classes.has('breaking')) return zero ? 'minor' : 'major'
  if (classes.has('feature')) return zero ? 'patch' : 'minor'
  if (classes.has('fix')) return 'patch'
  return 'none'
}

/** `1.4.2` + major → `2.0.0`; undefined when the version is not `MAJOR.MINOR.PATCH` (a pre-release tag is dropped). */
export function nextVersion(version: string, bump: Bump): string | undefined {
  const parts = parseVersion(version)
  if (!parts) return undefined
  const [major, minor, patch] = parts
  switch (bump) {
    case 'major':
      return `${major + 1}.0.0`
    case 'minor':
      return `${major}.${minor + 1}.0`
    case 'patch':
      return `${major}.${minor}.${patch + 1}`
    case 'none':
      return `${major}.${minor}.${patch}`
  }
}

function parseVersion(version: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version.trim())
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}
