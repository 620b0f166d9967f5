import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import type { ApiModel, TypeNode } from '../../../generator/model/types.ts'
import { compareSides } from '../../../generator/tools/changes/index.ts'
import { loadSide, type Side } from '../../../generator/tools/changes/load.ts'
import { openInput } from '../../../generator/tools/changes/sources.ts'
import { endpointsOf } from '../../../generator/tools/changes/surface.ts'
import { scratchDir } from '../../helpers.ts'
import { writeSpec } from './rules.ts'

/**
 * Webhooks are not in the model yet; when it gains a root `webhooks` map they are compared like operations, their
 * notification read as an output. This gives a built model such a map and checks that the comparison picks it up.
 */
const dir = scratchDir('changes-webhooks')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const status = (...values: string[]): TypeNode => ({
  kind: 'object',
  properties: [{ name: 'trade_state', type: { kind: 'union', members: values.map((value) => ({ kind: 'literal', value })) }, optional: false }],
})

function sideWith(name: string, webhooks: Record<string, TypeNode>): Side {
  const file = writeSpec(path.join(dir, name), { '/v3/orders': { get: { responses: { '200': { description: 'OK' } } } } })
  const side = loadSide(openInput(file))
  const source = side.model.operations[0]!.source
  const model = {
    ...side.model,
    webhooks: Object.fromEntries(Object.entries(webhooks).map(([key, type]) => [key, { type, source, tags: ['通知'] }])),
  } as unknown as ApiModel
  return { ...side, model, endpoints: endpointsOf(model) }
}

it('webhooks, once the model has them, are compared by name, their notification as an output', () => {
  const before = sideWith('old', { 'TRANSACTION.SUCCESS': status('SUCCESS', 'REFUND'), 'REFUND.SUCCESS': status('SUCCESS') })
  const after = sideWith('new', { 'TRANSACTION.SUCCESS': status('SUCCESS', 'REFUND', 'CLOSED'), 'PROFITSHARING.FINISH': status('SUCCESS') })
  const report = compareSides(before, after)
  expect(report.changes.map((change) => [change.class, change.kind, change.webhook])).toEqual([
    ['breaking', 'webhook-removed', 'REFUND.SUCCESS'],
    ['breaking', 'notification-enum-value-added', 'TRANSACTION.SUCCESS'],
    ['feature', 'webhook-added', 'PROFITSHARING.FINISH'],
  ])
  expect(report.changes.every((change) => change.area === '通知' && /openapi\.yaml:\d+:\d+$/.test(change.location))).toBe(true)
  expect(report.changes[1]!.pointer).toMatch(/^\/webhooks\/TRANSACTION.SUCCESS/)
})

it('a model without webhooks has none to compare', () => {
  const side = sideWith('plain', {})
  expect(endpointsOf({ ...side.model, webhooks: undefined } as unknown as ApiModel).map((endpoint) => endpoint.kind)).toEqual(['operation'])
})
