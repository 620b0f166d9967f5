import { SpecError } from '../load/spec-error.ts'
import { isObject, locKey, type JsonObject, type Loc, type Located, type Resolver } from '../resolve/resolver.ts'
import { suggestion } from './did-you-mean.ts'
import type { Findings } from './findings.ts'
import { describeValue, hasType, KIND_NAMES, OBJECT_KINDS, TYPE_NAMES, type ObjectKind, type ValueType } from './object-kinds.ts'

/** What one validation walks with: where to report, and the `$ref` targets already checked (each is checked once). */
export interface Walk {
  readonly resolver: Resolver
  readonly findings: Findings
  readonly visited: Set<string>
}

export function at(loc: Loc, ...keys: (string | number)[]): Loc {
  return { file: loc.file, path: [...loc.path, ...keys] }
}

/**
 * Checks that `node` is a mapping of `kind` with only the fields OpenAPI allows, each of its type (fields marked
 * `walk` are left to the caller). Returns the mapping, or undefined when it is not one.
 */
export function checkObject(walk: Walk, kind: ObjectKind, node: Located): Located<JsonObject> | undefined {
  if (!isObject(node.value)) {
    walk.findings.error(node.loc, `${KIND_NAMES[kind]} must be a mapping (it is ${describeValue(node.value)})`)
    return undefined
  }
  const fields: Record<string, ValueType> = OBJECT_KINDS[kind]
  for (const key in node.value) {
    if (key.startsWith('x-')) continue
    const value = node.value[key]
    const type = fields[key]
    if (type === undefined) {
      walk.findings.error(at(node.loc, key), `unknown key '${key}' in ${KIND_NAMES[kind]}${suggestion(key, Object.keys(fields))}`, { key: true })
    } else if (type !== 'walk' && type !== 'any' && !hasType(value, type)) {
      walk.findings.error(at(node.loc, key), `'${key}' must be ${TYPE_NAMES[type]} (it is ${describeValue(value)})`)
    }
  }
  return node as Located<JsonObject>
}

/**
 * An object that may be a Reference Object: checks the keys beside its `$ref` and returns the object it leads to, or
 * undefined when it leads nowhere (reported) or the target was checked before (`once`, for objects whose checks
 * do not depend on where they are used).
 */
export function follow(walk: Walk, node: Located, { once = false } = {}): Located | undefined {
  if (!isObject(node.value) || !('$ref' in node.value)) return node
  checkObject(walk, 'reference', node)
  if (typeof node.value.$ref !== 'string') return undefined
  const target = deref(walk, { value: { $ref: node.value.$ref }, loc: node.loc })
  if (!target || !once) return target
  return firstVisit(walk, target) ? target : undefined
}

/** Follows a `$ref` chain; a missing file or pointer, bad YAML or a cycle is reported and gives undefined. */
export function deref(walk: Walk, node: Located): Located | undefined {
  try {
    return walk.resolver.deref(node)
  } catch (error) {
    if (!(error instanceof SpecError)) throw error
    walk.findings.caught(error)
    return undefined
  }
}

/** True the first time a located object is met. */
export function firstVisit(walk: Walk, node: Located): boolean {
  const key = locKey(node.loc)
  if (walk.visited.has(key)) return false
  walk.visited.add(key)
  return true
}

/** The entries of a mapping field, each located; reports a field that is not a mapping. */
export function mapEntries(walk: Walk, node: Located, what: string): [string, Located][] {
  if (!isObject(node.value)) {
    walk.findings.error(node.loc, `${what} must be a mapping (it is ${describeValue(node.value)})`)
    return []
  }
  return walk.resolver.entries(node)
}

/** The items of a list field, each located; reports a field that is not a list. */
export function listItems(walk: Walk, node: Located, what: string): Located[] {
  if (!Array.isArray(node.value)) {
    walk.findings.error(node.loc, `${what} must be a list (it is ${describeValue(node.value)})`)
    return []
  }
  return node.value.map((_, index) => walk.resolver.child(node, index)!)
}
