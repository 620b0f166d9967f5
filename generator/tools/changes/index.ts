import { classify } from './classify.ts'
import { compareEndpoints } from './compare.ts'
import { loadSide, type Side } from './load.ts'
import { openInput, type OpenOptions } from './sources.ts'
import { CHANGE_CLASSES, type Change, type ChangeReport, type DocsAspect, type Found } from './types.ts'
import { bumpFor, nextVersion } from './version.ts'

export type { Change, ChangeReport } from './types.ts'

/** Reads both sides (a folder, a root file or a git revision each), compares them and cleans up. */
export function changesBetween(from: string, to: string, options: OpenOptions = {}): ChangeReport {
  const before = openInput(from, options)
  try {
    const after = openInput(to, options)
    try {
      return compareSides(loadSide(before), loadSide(after))
    } finally {
      after.dispose()
    }
  } finally {
    before.dispose()
  }
}

/** Every change from one built side to the other, classified, located and in a stable order. */
export function compareSides(before: Side, after: Side): ChangeReport {
  const changes = compareEndpoints(before.endpoints, after.endpoints).map((found) => toChange(found, before, after))
  changes.sort(byClassThenPlace)
  const version = before.model.info.version
  const bump = bumpFor(new Set(changes.map((change) => change.class)), version)
  const suggestedVersion = nextVersion(version, bump)
  return {
    from: { label: before.input.label, version },
    to: { label: after.input.label, version: after.model.info.version },
    bump,
    ...(suggestedVersion ? { suggestedVersion } : {}),
    changes,
  }
}

function toChange(found: Found, before: Side, after: Side): Change {
  const verdict = classify(found)
  // A removal is shown where it was; everything else where it is now.
  const removal = found.difference.kind === 'endpoint-removed' || found.difference.kind === 'property-removed'
  const side = removal || !found.after ? before : after
  const endpoint = (removal ? found.before : found.after) ?? found.before!
  const place =
    found.difference.kind === 'docs-changed' && !found.slot
      ? side.locator.placeKey(endpoint, DOCS_KEYS[found.difference.what])
      : side.locator.place(endpoint, found.slot, found.steps)
  return {
    class: verdict.class,
    kind: verdict.kind,
    ...(endpoint.chain ? { chain: `${endpoint.chain}.${endpoint.method}`, method: endpoint.method, path: endpoint.path } : {}),
    ...(endpoint.webhook ? { webhook: endpoint.webhook } : {}),
    ...(endpoint.area ? { area: endpoint.area } : {}),
    pointer: place.pointer,
    location: side.where(place.loc),
    message: verdict.message,
  }
}

/** Where the spec says what an endpoint-level documentation change is about. */
const DOCS_KEYS: Record<DocsAspect, readonly string[]> = {
  title: ['x-title', 'summary'],
  summary: ['summary'],
  description: ['description'],
  examples: [],
  links: ['externalDocs', 'x-see-also', 'description'],
  tags: ['tags'],
  deprecated: ['deprecated'],
  undeprecated: [],
}

function byClassThenPlace(a: Change, b: Change): number {
  const order = CHANGE_CLASSES.indexOf(a.class) - CHANGE_CLASSES.indexOf(b.class)
  if (order !== 0) return order
  const keyA = `${a.chain ?? a.webhook ?? ''}\u0000${a.pointer}\u0000${a.kind}`
  const keyB = `${b.chain ?? b.webhook ?? ''}\u0000${b.pointer}\u0000${b.kind}`
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0
}
