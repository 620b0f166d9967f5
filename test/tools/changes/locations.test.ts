import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { changesBetween } from '../../../generator/tools/changes/index.ts'
import { scratchDir } from '../../helpers.ts'

/** A spec in three files: the root, a Path Item, and shared schemas reached by `$ref` and combined with `allOf`. */
const dir = scratchDir('changes-locations')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const ROOT_DOC = `openapi: 3.1.0
info: { title: t, version: 2.3.4 }
paths:
  /v3/orders/{id}:
    $ref: ./paths/orders.yaml
`
const PATH_ITEM = `get:
  parameters:
    - name: id
      in: path
      required: true
      schema: { type: string }
    - name: limit
      in: query
      schema: { type: integer }
  responses:
    '200':
      description: OK
      content:
        application/json:
          schema:
            $ref: ./schemas.yaml#/Order
`
const schemas = (state: string) => `Base:
  type: object
  required: [id]
  properties:
    id:
      type: string
Order:
  allOf:
    - $ref: '#/Base'
    - type: object
      required: [state]
      properties:
        state:
${state}
`

function write(name: string, state: string, pathItem = PATH_ITEM): string {
  const root = path.join(dir, name)
  mkdirSync(path.join(root, 'paths'), { recursive: true })
  writeFileSync(path.join(root, 'openapi.yaml'), ROOT_DOC)
  writeFileSync(path.join(root, 'paths/orders.yaml'), pathItem)
  writeFileSync(path.join(root, 'paths/schemas.yaml'), schemas(state))
  return path.join(root, 'openapi.yaml')
}

/** `file:line:col` where `pattern` first matches in `text`. */
function positionOf(file: string, text: string, pattern: RegExp): string {
  const lines = text.split('\n')
  const index = lines.findIndex((line) => pattern.test(line))
  return `${path.relative(process.cwd(), file)}:${index + 1}:${lines[index]!.search(pattern) + 1}`
}

it('a change inside a $ref to another file and an allOf member is located in that file, at the property', () => {
  const before = write('old', '          type: string\n          enum: [OPEN, CLOSED]')
  const state = '          type: string\n          enum: [OPEN, CLOSED, REFUNDED]'
  const after = write('new', state)
  const [change, ...rest] = changesBetween(before, after).changes
  expect(rest).toEqual([])
  expect(change).toMatchObject({ class: 'breaking', kind: 'response-enum-value-added', chain: 'wxpay.v3.orders._id_.get' })
  expect(change!.pointer).toBe('/paths/~1v3~1orders~1{id}/get/responses/200/content/application~1json/schema/allOf/1/properties/state')
  // The location is the property's value: its first line under `state:`.
  const file = path.join(dir, 'new/paths/schemas.yaml')
  expect(change!.location).toBe(positionOf(file, schemas(state), /(?<=^ {10})type: string$/))
})

it('a parameter is located at its entry in the parameter list; a removal on the old side', () => {
  const plain = '          type: string'
  const before = write('params-old', plain)
  const after = write('params-new', plain, PATH_ITEM.replace('schema: { type: integer }', 'schema: { type: integer }\n      required: true'))
  const changes = changesBetween(before, after).changes
  expect(changes.map((change) => [change.class, change.kind, change.pointer])).toEqual([
    ['breaking', 'query-parameter-made-required', '/paths/~1v3~1orders~1{id}/get/parameters/1'],
  ])
  expect(changes[0]!.location).toBe(positionOf(path.join(dir, 'params-new/paths/orders.yaml'), PATH_ITEM, /name: limit/))
  const removed = changesBetween(after, write('params-gone', plain, PATH_ITEM.replace(/ {4}- name: limit\n.*\n.*\n/, ''))).changes
  expect(removed.map((change) => change.kind)).toEqual(['query-parameter-removed'])
  expect(removed[0]!.location).toBe(positionOf(path.join(dir, 'params-new/paths/orders.yaml'), PATH_ITEM, /name: limit/))
})
