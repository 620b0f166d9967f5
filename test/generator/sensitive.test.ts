import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { generate } from '../../generator/index.ts'
import { writeSpecFile } from '../helpers.ts'

/** A POST of an application/json body with `schema`, answering 204. */
const jsonPost = (schema: object) => ({
  post: { requestBody: { content: { 'application/json': { schema } } }, responses: { '204': { description: 'No Content' } } },
})

// A request body marking sensitive fields both ways: `x-sensitive: true` on a property (also beside a $ref, inside
// an array's items and an allOf), and the corpus's `x-is-sensitive: [names]` list on an object schema; and one
// without marks.
const SPEC = stringify({
  openapi: '3.1.0',
  info: { title: 't', version: '1.0.0' },
  paths: {
    '/v3/things': jsonPost({
      type: 'object',
      properties: {
        name: { type: 'string', description: '姓名', 'x-sensitive': true },
        plain: { type: 'string' },
        contact: { $ref: '#/components/schemas/Contact' },
        receivers: {
          type: 'array',
          items: {
            type: 'object',
            'x-is-sensitive': ['account_name'],
            properties: { account_name: { type: 'string' }, amount: { type: 'integer' } },
          },
        },
        identity: {
          allOf: [{ type: 'object', properties: { id_number: { $ref: '#/components/schemas/Secret', 'x-sensitive': true } } }],
        },
      },
    }),
    '/v3/plain': jsonPost({ type: 'object', properties: { name: { type: 'string' } } }),
  },
  components: {
    schemas: {
      Secret: { type: 'string' },
      Contact: { type: 'object', properties: { mobile: { type: 'string', 'x-sensitive': true }, email: { type: 'string' } } },
    },
  },
})

async function generated() {
  return generate(writeSpecFile('sensitive', SPEC))
}

describe('sensitive fields from the spec', () => {
  it('the model lists the paths of a request body’s sensitive fields; the endpoint table carries them', async () => {
    const { model, files } = await generated()
    const things = model.operations.find((operation) => operation.path === '/v3/things')!
    const want = ['name', 'contact.mobile', 'receivers[].account_name', 'identity.id_number']
    expect(things.request.kind === 'json' && things.request.sensitive).toEqual(want)
    const table = JSON.parse(files.get('endpoints.json')!) as Record<string, { methods: { post: Record<string, unknown> } }>
    expect(table['v3.things']!.methods.post).toEqual({ request: 'json', response: 'empty', sensitive: want })
    // No marks, no key: the table of an endpoint without sensitive fields is as before.
    expect(table['v3.plain']!.methods.post).toEqual({ request: 'json', response: 'empty' })
  })

  it('the typings mark each sensitive property in its JSDoc, and only those', async () => {
    const { files } = await generated()
    const typings = files.get('index.d.ts')!
    const line = '@sensitive 敏感信息：请求时由 SDK 用微信支付公钥加密；应答中的用 wxpay.decrypt() 解密'
    expect(typings).toContain(`/**\n     * 姓名\n     * ${line}\n     */\n    name?: string;`)
    expect(typings.split(line).length - 1).toBe(4)
  })
})
