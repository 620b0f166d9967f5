// The model's wire contract of an operation (model/contract.ts, model/wire-schema.ts), which the simulator emitter
// writes as simulator/operations.json: given a small spec, the schemas as data, `$ref`s inlined, the constraining
// keywords no validator of ours reads listed as `unchecked`, examples and sensitive marks carried.

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { scratchDir } from '../helpers.ts'

const SPEC = `openapi: 3.1.0
info: { title: t, version: 1.0.0 }
paths:
  /v3/test/items/{item_id}:
    parameters:
      - { name: item_id, in: path, required: true, schema: { type: integer, minimum: 1 } }
    post:
      parameters:
        - { name: mode, in: query, required: true, schema: { type: string, enum: [A, B] } }
        - { name: page, in: query, schema: { type: integer } }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { $ref: '#/components/schemas/Name', x-sensitive: true }
                tags: { type: array, items: { type: string, maxLength: 8 }, uniqueItems: true }
                odd: { type: string, not: { const: x }, patternProperties: { a: {} } }
                node: { $ref: '#/components/schemas/Node' }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { type: object, properties: { id: { type: integer } } }
              example: { id: 7 }
  /v3/test/items/{item_id}/close:
    post:
      parameters:
        - { name: item_id, in: path, required: true, schema: { type: string } }
      responses:
        '204': { description: closed }
components:
  schemas:
    Name: { type: string, maxLength: 4, example: 张三 }
    Node: { type: object, properties: { child: { $ref: '#/components/schemas/Node' } } }
`

describe('the wire contract', () => {
  it('gives path, query, body and answer schemas as data', async () => {
    const dir = scratchDir('contract')
    mkdirSync(dir, { recursive: true })
    const spec = path.join(dir, 'openapi.yaml')
    writeFileSync(spec, SPEC)
    const { model, files } = await generate(spec)
    const [post, close] = model.operations
    expect(post!.contract).toEqual({
      pathParameters: { item_id: { type: 'integer', minimum: 1 } },
      queryParameters: { mode: { type: 'string', enum: ['A', 'B'] }, page: { type: 'integer' } },
      requiredQuery: ['mode'],
      body: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', maxLength: 4, example: '张三', sensitive: true },
          tags: { type: 'array', uniqueItems: true, items: { type: 'string', maxLength: 8 } },
          odd: { type: 'string', not: { const: 'x' }, unchecked: ['patternProperties'] },
          // The repeat of a schema inside itself is anything.
          node: { type: 'object', properties: { child: {} } },
        },
      },
      bodyRequired: true,
      answer: { status: 200, schema: { type: 'object', properties: { id: { type: 'integer' } } }, example: { id: 7 } },
    })
    expect(close!.contract).toMatchObject({ pathParameters: { item_id: { type: 'string' } }, bodyRequired: false, answer: { status: 204 } })
    expect(close!.contract.body).toBeUndefined()
    const data = JSON.parse(files.get('simulator/operations.json')!) as { version: string; operations: { method: string; answer: { kind: string } }[] }
    expect(data.version).toBe('1.0.0')
    expect(data.operations.map((operation) => `${operation.method} ${operation.answer.kind}`)).toEqual(['POST json', 'POST empty'])
  })
})
