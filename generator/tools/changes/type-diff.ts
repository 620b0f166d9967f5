import type { Property, TypeNode } from '../../model/types.ts'
import type { Difference, Step } from './types.ts'

type Literal = string | number | boolean
type Report = (difference: Difference, steps: readonly Step[]) => void

const ANY: TypeNode = { kind: 'keyword', name: 'any' }
const NULL: TypeNode = { kind: 'keyword', name: 'null' }

/**
 * Walks two TypeNodes side by side and reports what differs, as deep as both sides have the same shape:
 * properties by name, array items, additional properties, nullability, literal sets (enums) and union or
 * intersection members by position. Where the shapes part, the whole node is one `type-changed`.
 */
export function diffTypes(before: TypeNode, after: TypeNode, report: Report, steps: readonly Step[] = []): void {
  const b = splitNull(before)
  const a = splitNull(after)
  if (b.nullable !== a.nullable) {
    report({ kind: 'type-changed', before, after, widened: isAssignable(before, after), note: a.nullable ? 'now nullable' : 'no longer nullable' }, steps)
  }
  diffCore(b.core, a.core, report, steps)
}

function diffCore(before: TypeNode, after: TypeNode, report: Report, steps: readonly Step[]): void {
  if (before.kind === 'object' && after.kind === 'object') return diffObjects(before, after, report, steps)
  if (before.kind === 'array' && after.kind === 'array') {
    if (!before.items !== !after.items) return changed(before, after, report, steps)
    if (before.items && after.items) diffTypes(before.items, after.items, report, [...steps, { kind: 'items' }])
    return
  }
  const beforeValues = literalSet(before)
  const afterValues = literalSet(after)
  if (beforeValues && afterValues) return diffLiterals(beforeValues, afterValues, report, steps)
  if ((before.kind === 'union' && after.kind === 'union') || (before.kind === 'intersection' && after.kind === 'intersection')) {
    const sameLayout = before.members.length === after.members.length && before.members.every((member, index) => member.kind === after.members[index]!.kind)
    if (!sameLayout) return changed(before, after, report, steps)
    before.members.forEach((member, index) => diffTypes(member, after.members[index]!, report, [...steps, { kind: 'member', index }]))
    return
  }
  if (typeKey(before) !== typeKey(after)) changed(before, after, report, steps)
}

function changed(before: TypeNode, after: TypeNode, report: Report, steps: readonly Step[]): void {
  report({ kind: 'type-changed', before, after, widened: isAssignable(before, after) }, steps)
}

function diffObjects(
  before: Extract<TypeNode, { kind: 'object' }>,
  after: Extract<TypeNode, { kind: 'object' }>,
  report: Report,
  steps: readonly Step[],
): void {
  const old = new Map(before.properties.map((property) => [property.name, property]))
  const names = new Set(after.properties.map((property) => property.name))
  for (const property of after.properties) {
    const at = [...steps, { kind: 'property', name: property.name } as const]
    const previous = old.get(property.name)
    if (!previous) {
      report({ kind: 'property-added', property }, at)
      continue
    }
    if (previous.optional !== property.optional) report({ kind: property.optional ? 'made-optional' : 'made-required', name: property.name }, at)
    diffTypes(previous.type, property.type, report, at)
    diffPropertyDocs(previous, property, report, at)
  }
  for (const property of before.properties) {
    if (!names.has(property.name)) report({ kind: 'property-removed', property }, [...steps, { kind: 'property', name: property.name }])
  }
  const at = [...steps, { kind: 'additional' } as const]
  if (before.additional && after.additional) diffTypes(before.additional, after.additional, report, at)
  else if (before.additional || after.additional) changed(before, after, report, steps)
}

function diffPropertyDocs(before: Property, after: Property, report: Report, steps: readonly Step[]): void {
  if ((before.description ?? '') !== (after.description ?? '')) {
    report({ kind: 'docs-changed', what: 'description', before: before.description, after: after.description }, steps)
  }
  if (JSON.stringify(before.examples ?? []) !== JSON.stringify(after.examples ?? [])) {
    report({ kind: 'docs-changed', what: 'examples', before: before.examples, after: after.examples }, steps)
  }
  if (!!before.deprecated !== !!after.deprecated) report({ kind: 'docs-changed', what: after.deprecated ? 'deprecated' : 'undeprecated' }, steps)
}

function diffLiterals(before: readonly Literal[], after: readonly Literal[], report: Report, steps: readonly Step[]): void {
  const key = (value: Literal) => `${typeof value}:${String(value)}`
  const old = new Set(before.map(key))
  const now = new Set(after.map(key))
  const added = after.filter((value) => !old.has(key(value)))
  const removed = before.filter((value) => !now.has(key(value)))
  if (added.length > 0) report({ kind: 'enum-values-added', values: added }, steps)
  if (removed.length > 0) report({ kind: 'enum-values-removed', values: removed }, steps)
}

/** A type without its `null` member, and whether it had one. */
function splitNull(type: TypeNode): { core: TypeNode; nullable: boolean } {
  if (type.kind !== 'union' || !type.members.some(isNull)) return { core: type, nullable: false }
  const rest = type.members.filter((member) => !isNull(member))
  return { core: rest.length === 1 ? rest[0]! : rest.length === 0 ? NULL : { kind: 'union', members: rest }, nullable: true }
}

function isNull(type: TypeNode): boolean {
  return type.kind === 'keyword' && type.name === 'null'
}

/** The values of an enum or const (a literal or a union of literals), else undefined. */
function literalSet(type: TypeNode): Literal[] | undefined {
  if (type.kind === 'literal') return [type.value]
  if (type.kind === 'union' && type.members.every((member) => member.kind === 'literal')) {
    return type.members.map((member) => (member as Extract<TypeNode, { kind: 'literal' }>).value)
  }
  return undefined
}

/** Equal keys for types of the same shape; documentation (descriptions, examples, deprecation) is left out. */
export function typeKey(type: TypeNode): string {
  switch (type.kind) {
    case 'keyword':
      return type.name
    case 'literal':
      return JSON.stringify(type.value)
    case 'date':
    case 'stream':
      return type.kind
    case 'reference':
      return `ref:${type.name}`
    case 'array':
      return `(${type.items ? typeKey(type.items) : 'unknown'})[]`
    case 'union':
    case 'intersection':
      return `${type.kind}(${type.members.map(typeKey).join(',')})`
    case 'object':
      return `{${type.properties.map((p) => `${JSON.stringify(p.name)}${p.optional ? '?' : ''}:${typeKey(p.type)}`).join(',')}${type.additional ? `,[k]:${typeKey(type.additional)}` : ''}}`
  }
}

/**
 * Whether every value of `source` is a value of `target` too (a request field widened), judged conservatively:
 * true only when it is certain; anything it cannot prove counts as not assignable, so the change is breaking.
 */
export function isAssignable(source: TypeNode, target: TypeNode): boolean {
  if (typeKey(source) === typeKey(target)) return true
  if (target.kind === 'keyword' && target.name === 'any') return true
  if (source.kind === 'keyword' && source.name === 'never') return true
  if (source.kind === 'union') return source.members.every((member) => isAssignable(member, target))
  if (target.kind === 'union') return target.members.some((member) => isAssignable(source, member))
  if (target.kind === 'keyword' && source.kind === 'literal') return typeof source.value === target.name
  // `format: date-time` accepts a string or a Date.
  if (target.kind === 'date') return (source.kind === 'keyword' && source.name === 'string') || (source.kind === 'literal' && typeof source.value === 'string')
  if (source.kind === 'array' && target.kind === 'array')
    return isAssignable(source.items ?? ANY, target.items ?? ANY) && (target.items === undefined || source.items !== undefined)
  if (source.kind === 'object' && target.kind === 'object') return objectAssignable(source, target)
  return false
}

/** An object literal written for `source` is accepted as `target`: no property lost, none newly required, each type widened. */
function objectAssignable(source: Extract<TypeNode, { kind: 'object' }>, target: Extract<TypeNode, { kind: 'object' }>): boolean {
  const targets = new Map(target.properties.map((property) => [property.name, property]))
  for (const property of source.properties) {
    const match = targets.get(property.name)
    if (!match) {
      if (!target.additional || !isAssignable(property.type, target.additional)) return false
      continue
    }
    if (property.optional && !match.optional) return false
    if (!isAssignable(property.type, match.type)) return false
  }
  const known = new Set(source.properties.map((property) => property.name))
  if (target.properties.some((property) => !known.has(property.name) && !property.optional)) return false
  if (source.additional) return target.additional !== undefined && isAssignable(source.additional, target.additional)
  return true
}

/** A short TypeScript-like rendering of a type, for messages. */
export function describeType(type: TypeNode): string {
  switch (type.kind) {
    case 'keyword':
      return type.name
    case 'literal':
      return JSON.stringify(type.value)
    case 'date':
      return 'string | Date'
    case 'stream':
      return 'ReadStream'
    case 'reference':
      return type.name
    case 'array':
      return type.items ? `${wrap(type.items)}[]` : 'unknown[]'
    case 'union':
      return type.members.map(describeType).join(' | ')
    case 'intersection':
      return type.members.map(wrap).join(' & ')
    case 'object': {
      if (type.properties.length === 0) return type.additional ? `Record<string, ${describeType(type.additional)}>` : '{}'
      const names = type.properties.slice(0, 3).map((p) => `${p.name}${p.optional ? '?' : ''}`)
      return `{ ${names.join(', ')}${type.properties.length > 3 ? ', …' : ''} }`
    }
  }
}

function wrap(type: TypeNode): string {
  return type.kind === 'union' || type.kind === 'intersection' ? `(${describeType(type)})` : describeType(type)
}
