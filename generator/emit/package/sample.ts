// Example values for an operation's inputs, from the spec's `example`s where there are any: the README's usage
// example, and the package tests' calls of every operation.

import type { Operation, Property, TypeNode } from '../../model/types.ts'

/** A value of `type`, preferring the first example; `undefined` only for `never`. */
export function sampleValue(type: TypeNode, examples: readonly unknown[] = []): unknown {
  const example = examples[0]
  switch (type.kind) {
    case 'keyword':
      if (type.name === 'string') return typeof example === 'string' ? example : example === undefined ? 'string' : String(example)
      if (type.name === 'number') return typeof example === 'number' ? example : Number.isFinite(Number(example)) && example !== undefined ? Number(example) : 1
      if (type.name === 'boolean') return typeof example === 'boolean' ? example : true
      if (type.name === 'null') return null
      return example ?? (type.name === 'never' ? undefined : 'any')
    case 'literal':
      return type.value
    case 'date':
      return typeof example === 'string' ? example : '2024-01-01T00:00:00+08:00'
    case 'stream':
      return undefined
    case 'object':
      return sampleObject(type.properties, type.additional)
    case 'array':
      return Array.isArray(example) ? example : type.items === undefined ? [] : [sampleValue(type.items)]
    case 'union': {
      const matching = type.members.find((member) => member.kind === 'literal' && member.value === example)
      return sampleValue(matching ?? type.members.find((member) => !(member.kind === 'keyword' && member.name === 'null')) ?? type.members[0]!, examples)
    }
    case 'intersection':
      return Object.assign({}, ...type.members.map((member) => sampleValue(member)))
    case 'reference':
      return example ?? {}
  }
}

/** An object with every required property (and, with `all`, every optional one too). */
export function sampleObject(properties: readonly Property[], additional?: TypeNode, all = false): Record<string, unknown> {
  const value: Record<string, unknown> = {}
  for (const property of properties) {
    if (property.optional && !all) continue
    const sample = sampleValue(property.type, property.examples)
    if (sample !== undefined) value[property.name] = sample
  }
  if (properties.length === 0 && additional !== undefined) value['key'] = sampleValue(additional)
  return value
}

/** The arguments of one call of `operation`: `data` (POST/PUT/PATCH) and `config` (path, query); no upload `{ meta, file }`. */
export function sampleCall(operation: Operation): { data?: unknown; config?: Record<string, unknown> } {
  const config: Record<string, unknown> = { ...sampleObject(operation.pathParameters) }
  const query = sampleObject(operation.queryParameters)
  if (Object.keys(query).length > 0) config['params'] = query
  const { takesData } = operation.types
  const data = operation.request.kind === 'json' ? sampleValue(operation.request.type) : operation.request.kind === 'none' && takesData ? {} : undefined
  const call: { data?: unknown; config?: Record<string, unknown> } = {}
  if (data !== undefined && takesData) call.data = data
  else if (data !== undefined) config['data'] = data
  if (Object.keys(config).length > 0) call.config = config
  return call
}
