import type { VitePressPlugin as Plugin } from './vite-plugin.ts'

/** MiniSearch's serialized index (`toJSON`, serialization version 2), as VitePress's local search writes it. */
export interface SerializedIndex {
  documentCount: number
  nextId: number
  documentIds: Record<string, string>
  fieldIds: Record<string, number>
  fieldLength: Record<string, (number | null)[]>
  averageFieldLength: number[]
  storedFields: Record<string, unknown>
  dirtCount?: number
  index: [string, Record<string, Record<string, number>>][]
  serializationVersion: number
}

/**
 * The same index, in one order whatever order the pages were added in: documents numbered in the order of their
 * ids, terms sorted, average field lengths computed from the documents in that order. VitePress indexes pages
 * concurrently, as their files are read, so the order it adds them in (and with it the bytes of the index, and the
 * hashes of every chunk that imports it) changed from build to build. Searching the result finds what searching
 * the original finds.
 */
export function canonicalSearchIndex(serialized: SerializedIndex): SerializedIndex {
  if (serialized.serializationVersion !== 2 || (serialized.dirtCount ?? 0) !== 0) return serialized
  const oldIds = Object.keys(serialized.documentIds).sort((a, b) => compareText(serialized.documentIds[a]!, serialized.documentIds[b]!))
  const newIdOf = new Map(oldIds.map((oldId, index) => [oldId, String(index)]))
  const documentIds: Record<string, string> = {}
  const fieldLength: Record<string, (number | null)[]> = {}
  const storedFields: Record<string, unknown> = {}
  const totals: number[] = []
  oldIds.forEach((oldId, index) => {
    documentIds[index] = serialized.documentIds[oldId]!
    const lengths = serialized.fieldLength[oldId]
    if (lengths !== undefined) {
      fieldLength[index] = lengths
      lengths.forEach((length, field) => (totals[field] = (totals[field] ?? 0) + (length ?? 0)))
    }
    if (oldId in serialized.storedFields) storedFields[index] = serialized.storedFields[oldId]
  })
  const index = serialized.index
    .map(([term, fields]): [string, Record<string, Record<string, number>>] => {
      const renumbered: Record<string, Record<string, number>> = {}
      for (const [field, postings] of Object.entries(fields)) {
        const byNewId: Record<string, number> = {}
        for (const [oldId, frequency] of Object.entries(postings)) byNewId[newIdOf.get(oldId) ?? oldId] = frequency
        renumbered[field] = byNewId
      }
      return [term, renumbered]
    })
    .sort(([a], [b]) => compareText(a, b))
  const count = oldIds.length
  return {
    ...serialized,
    nextId: count,
    documentIds,
    fieldLength,
    averageFieldLength: serialized.averageFieldLength.map((_, field) => (count === 0 ? 0 : (totals[field] ?? 0) / count)),
    storedFields,
    index,
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const INDEX_MODULE = /^\/@localSearchIndex.+/
const EXPORT_DEFAULT = 'export default '

/**
 * Rewrites each locale's search index module (`export default "<JSON>"`) into its canonical order, so that the
 * same pages give the same site, byte for byte.
 */
export function canonicalSearchIndexPlugin(): Plugin {
  return {
    name: 'wechatpay:canonical-search-index',
    enforce: 'post',
    transform(code, id) {
      if (!INDEX_MODULE.test(id) || !code.startsWith(EXPORT_DEFAULT)) return undefined
      const text = JSON.parse(code.slice(EXPORT_DEFAULT.length)) as unknown
      if (typeof text !== 'string' || text === '{}') return undefined
      const canonical = canonicalSearchIndex(JSON.parse(text) as SerializedIndex)
      return { code: `${EXPORT_DEFAULT}${JSON.stringify(JSON.stringify(canonical))}`, map: null }
    },
  }
}
