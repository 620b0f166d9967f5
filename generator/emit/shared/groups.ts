/** The group of whatever has no tag. */
export const UNTAGGED = '其他'

export interface Group<T> {
  readonly tag: string
  readonly items: readonly T[]
}

/**
 * `items` grouped by tag. Groups follow the spec's tag order (`model.tags`: the root `tags` list, then tags only
 * operations name, in path order), then the untagged group (`其他`, which also takes a tag of that name); empty
 * groups are left out. Items keep their order.
 */
export function groupByTag<T>(items: readonly T[], tagOf: (item: T) => string | undefined, tags: readonly string[]): Group<T>[] {
  const byTag = new Map<string, T[]>()
  for (const item of items) {
    const tag = tagOf(item) ?? UNTAGGED
    const group = byTag.get(tag)
    if (group) group.push(item)
    else byTag.set(tag, [item])
  }
  // `tags` is the model's: it holds every tag an operation names, in the spec's order.
  return [...tags.filter((tag) => tag !== UNTAGGED), UNTAGGED].flatMap((tag) => {
    const group = byTag.get(tag)
    return group ? [{ tag, items: group }] : []
  })
}
