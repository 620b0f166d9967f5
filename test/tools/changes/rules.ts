import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stringify } from 'yaml'

/**
 * One row per classification rule: an old and a new spec fragment (Path Items by URL; `CASE` stands for the
 * row's own URL segment), what the tool must report, and a consumer written against the old typings that uses
 * the changed thing (`CASE` again for the chain property). The compiler-agreement test builds every row into one
 * old and one new spec.
 */
export interface Rule {
  readonly rule: string
  readonly old: PathItems
  readonly new: PathItems
  /** `class kind`, one entry per change. */
  readonly want: readonly string[]
  /** The body of an async function; `wxpay` is the client, typed by the old or new `index.d.ts`. */
  readonly consumer: string
}

type Schema = Record<string, unknown>
type PathItems = Record<string, Record<string, unknown>>

const str: Schema = { type: 'string' }
const int: Schema = { type: 'integer' }
const anEnum = (...values: string[]): Schema => ({ type: 'string', enum: values })
const obj = (properties: Record<string, Schema>, required: readonly string[] = Object.keys(properties)): Schema => ({ type: 'object', required, properties })

interface OperationParts {
  readonly request?: Schema
  readonly multipart?: boolean
  readonly response?: Schema
  readonly download?: boolean
  readonly parameters?: readonly Record<string, unknown>[]
  readonly extra?: Record<string, unknown>
}

function operation({ request, multipart, response, download, parameters, extra }: OperationParts): Record<string, unknown> {
  const ok = download
    ? { description: 'OK', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }
    : response
      ? { description: 'OK', content: { 'application/json': { schema: response } } }
      : { description: 'OK' }
  const body = multipart
    ? {
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, meta: obj({ a: str }) } } } },
        },
      }
    : request
      ? { requestBody: { required: true, content: { 'application/json': { schema: request } } } }
      : {}
  return { tags: ['规则'], summary: '规则API', ...body, ...(parameters ? { parameters } : {}), responses: { '200': ok }, ...extra }
}

const post = (parts: OperationParts = { request: obj({ a: str }) }) => ({ post: operation(parts) })
const get = (parts: OperationParts = {}) => ({ get: operation(parts) })
const query = (name: string, required: boolean, schema: Schema = str) => ({ name, in: 'query', required, schema })
const header = (name: string, required: boolean) => ({ name, in: 'header', required, schema: str })
/** The path parameters of a URL template's variables: the validator refuses a template variable nobody declares. */
const pathParameters = (...names: string[]) => names.map((name) => ({ name, in: 'path', required: true, schema: str }))

const one = (item: Record<string, unknown>): PathItems => ({ '/v3/CASE': item })
const callPost = "await wxpay.v3.CASE.post({ a: 'x' })"
const readB = 'const { data } = await wxpay.v3.CASE.get()\nconst n: number = data.b.length\nvoid n'

export const RULES: readonly Rule[] = [
  // Operations and chains
  { rule: 'an operation removed', old: one({ ...get(), ...post() }), new: one(get()), want: ['breaking operation-removed'], consumer: callPost },
  { rule: 'an operation added', old: one(get()), new: one({ ...get(), ...post() }), want: ['feature operation-added'], consumer: 'await wxpay.v3.CASE.get()' },
  {
    rule: 'a chain renamed (a path segment)',
    old: { '/v3/CASE/old-name': post() },
    new: { '/v3/CASE/new-name': post() },
    want: ['breaking operation-removed', 'feature operation-added'],
    consumer: "await wxpay.v3.CASE.oldName.post({ a: 'x' })",
  },
  {
    rule: 'a method renamed',
    old: one(post()),
    new: one({ put: operation({ request: obj({ a: str }) }) }),
    want: ['breaking operation-removed', 'feature operation-added'],
    consumer: callPost,
  },
  {
    rule: 'a path parameter renamed (the chain changes)',
    old: { '/v3/CASE/{a}': get({ parameters: pathParameters('a') }) },
    new: { '/v3/CASE/{b}': get({ parameters: pathParameters('b') }) },
    want: ['breaking operation-removed', 'feature operation-added'],
    consumer: "await wxpay.v3.CASE._a_.get({ a: 'x' })",
  },
  {
    rule: 'a path parameter added (a new URL, so a new chain)',
    old: { '/v3/CASE/{a}': get({ parameters: pathParameters('a') }) },
    new: { '/v3/CASE/{a}/{b}': get({ parameters: pathParameters('a', 'b') }) },
    want: ['breaking operation-removed', 'feature operation-added'],
    consumer: "await wxpay.v3.CASE._a_.get({ a: 'x' })",
  },
  // Request fields (inputs)
  {
    rule: 'a request field added as required',
    old: one(post()),
    new: one(post({ request: obj({ a: str, b: str }) })),
    want: ['breaking request-field-added'],
    consumer: callPost,
  },
  {
    rule: 'an optional request field added',
    old: one(post()),
    new: one(post({ request: obj({ a: str, b: str }, ['a']) })),
    want: ['feature request-field-added'],
    consumer: callPost,
  },
  {
    rule: 'a request field made required',
    old: one(post({ request: obj({ a: str, b: str }, ['a']) })),
    new: one(post({ request: obj({ a: str, b: str }) })),
    want: ['breaking request-field-made-required'],
    consumer: callPost,
  },
  {
    rule: 'a request field made optional',
    old: one(post({ request: obj({ a: str, b: str }) })),
    new: one(post({ request: obj({ a: str, b: str }, ['a']) })),
    want: ['feature request-field-made-optional'],
    consumer: "await wxpay.v3.CASE.post({ a: 'x', b: 'y' })",
  },
  {
    rule: 'a request field removed',
    old: one(post({ request: obj({ a: str, b: str }) })),
    new: one(post()),
    want: ['breaking request-field-removed'],
    consumer: "await wxpay.v3.CASE.post({ a: 'x', b: 'y' })",
  },
  {
    rule: 'a request field narrowed (to an enum)',
    old: one(post()),
    new: one(post({ request: obj({ a: anEnum('A', 'B') }) })),
    want: ['breaking request-type-changed'],
    consumer: "await wxpay.v3.CASE.post({ a: 'anything' })",
  },
  {
    rule: 'a request field changed (when unsure, breaking)',
    old: one(post()),
    new: one(post({ request: obj({ a: int }) })),
    want: ['breaking request-type-changed'],
    consumer: callPost,
  },
  {
    rule: 'a request field widened (made nullable)',
    old: one(post({ request: obj({ a: int }) })),
    new: one(post({ request: obj({ a: { type: ['integer', 'null'] } }) })),
    want: ['feature request-type-widened'],
    consumer: 'await wxpay.v3.CASE.post({ a: 1 })',
  },
  {
    rule: 'an enum value removed from a request field',
    old: one(post({ request: obj({ a: anEnum('A', 'B') }) })),
    new: one(post({ request: obj({ a: anEnum('A') }) })),
    want: ['breaking request-enum-value-removed'],
    consumer: "await wxpay.v3.CASE.post({ a: 'B' })",
  },
  {
    rule: 'an enum value added to a request field',
    old: one(post({ request: obj({ a: anEnum('A') }) })),
    new: one(post({ request: obj({ a: anEnum('A', 'B') }) })),
    want: ['feature request-enum-value-added'],
    consumer: "await wxpay.v3.CASE.post({ a: 'A' })",
  },
  {
    rule: 'a nested request field added as required',
    old: one(post({ request: obj({ amount: obj({ total: int }) }) })),
    new: one(post({ request: obj({ amount: obj({ total: int, currency: str }) }) })),
    want: ['breaking request-field-added'],
    consumer: 'await wxpay.v3.CASE.post({ amount: { total: 1 } })',
  },
  {
    rule: 'a request field widened from a string to a date-time',
    old: one(post()),
    new: one(post({ request: obj({ a: { type: 'string', format: 'date-time' } }) })),
    want: ['feature request-type-widened'],
    consumer: callPost,
  },
  {
    rule: 'a oneOf member of the request gained a required field',
    old: one(post({ request: { oneOf: [obj({ a: str }), obj({ b: str })] } })),
    new: one(post({ request: { oneOf: [obj({ a: str, c: str }), obj({ b: str })] } })),
    want: ['breaking request-field-added'],
    consumer: callPost,
  },
  // Response fields (outputs)
  {
    rule: 'a response field removed',
    old: one(get({ response: obj({ a: str, b: str }) })),
    new: one(get({ response: obj({ a: str }) })),
    want: ['breaking response-field-removed'],
    consumer: readB,
  },
  {
    rule: 'a response field made optional',
    old: one(get({ response: obj({ a: str, b: str }) })),
    new: one(get({ response: obj({ a: str, b: str }, ['a']) })),
    want: ['breaking response-field-made-optional'],
    consumer: readB,
  },
  {
    rule: 'a response field type changed',
    old: one(get({ response: obj({ b: str }) })),
    new: one(get({ response: obj({ b: int }) })),
    want: ['breaking response-type-changed'],
    consumer: readB,
  },
  {
    rule: 'a response field made nullable',
    old: one(get({ response: obj({ b: str }) })),
    new: one(get({ response: obj({ b: { type: ['string', 'null'] } }) })),
    want: ['breaking response-type-changed'],
    consumer: readB,
  },
  {
    rule: 'a response field added',
    old: one(get({ response: obj({ b: str }) })),
    new: one(get({ response: obj({ a: str, b: str }) })),
    want: ['feature response-field-added'],
    consumer: readB,
  },
  {
    rule: 'a response field made required',
    old: one(get({ response: obj({ a: str, b: str }, ['a']) })),
    new: one(get({ response: obj({ a: str, b: str }) })),
    want: ['feature response-field-made-required'],
    consumer: 'const { data } = await wxpay.v3.CASE.get()\nconst n: number | undefined = data.b?.length\nvoid n',
  },
  {
    rule: 'an enum value added to a response field (an exhaustive switch breaks)',
    old: one(get({ response: obj({ status: anEnum('A', 'B') }) })),
    new: one(get({ response: obj({ status: anEnum('A', 'B', 'C') }) })),
    want: ['breaking response-enum-value-added'],
    consumer: `const { data } = await wxpay.v3.CASE.get()
switch (data.status) {
  case 'A':
  case 'B':
    break
  default: {
    const unhandled: never = data.status
    void unhandled
  }
}`,
  },
  {
    rule: 'an enum value removed from a response field',
    old: one(get({ response: obj({ status: anEnum('A', 'B') }) })),
    new: one(get({ response: obj({ status: anEnum('A') }) })),
    want: ['breaking response-enum-value-removed'],
    consumer: "const { data } = await wxpay.v3.CASE.get()\nif (data.status === 'B') console.log('b')",
  },
  {
    rule: 'a field removed from response array items',
    old: one(get({ response: obj({ list: { type: 'array', items: obj({ id: str, b: str }) } }) })),
    new: one(get({ response: obj({ list: { type: 'array', items: obj({ id: str }) } }) })),
    want: ['breaking response-field-removed'],
    consumer: 'const { data } = await wxpay.v3.CASE.get()\nconst first = data.list[0]\nif (first) console.log(first.b.length)',
  },
  {
    rule: 'the values of a response map changed type',
    old: one(get({ response: obj({ m: { type: 'object', additionalProperties: str } }) })),
    new: one(get({ response: obj({ m: { type: 'object', additionalProperties: int } }) })),
    want: ['breaking response-type-changed'],
    consumer: "const { data } = await wxpay.v3.CASE.get()\nconst value: string | undefined = data.m['k']\nvoid value",
  },
  {
    rule: 'the items of a response array changed type',
    old: one(get({ response: obj({ list: { type: 'array', items: str } }) })),
    new: one(get({ response: obj({ list: { type: 'array', items: int } }) })),
    want: ['breaking response-type-changed'],
    consumer: 'const { data } = await wxpay.v3.CASE.get()\nconsole.log(data.list[0]?.length)',
  },
  // Parameters
  {
    rule: 'a query parameter added as required',
    old: one(get({ parameters: [query('a', false)] })),
    new: one(get({ parameters: [query('a', false), query('b', true)] })),
    want: ['breaking query-parameter-added'],
    consumer: "await wxpay.v3.CASE.get({ params: { a: 'x' } })",
  },
  {
    rule: 'an optional query parameter added',
    old: one(get({ parameters: [query('a', true)] })),
    new: one(get({ parameters: [query('a', true), query('b', false)] })),
    want: ['feature query-parameter-added'],
    consumer: "await wxpay.v3.CASE.get({ params: { a: 'x' } })",
  },
  {
    rule: 'a query parameter made required',
    old: one(get({ parameters: [query('a', false)] })),
    new: one(get({ parameters: [query('a', true)] })),
    want: ['breaking query-parameter-made-required'],
    consumer: 'await wxpay.v3.CASE.get({ params: {} })',
  },
  {
    rule: 'a query parameter made optional',
    old: one(get({ parameters: [query('a', true)] })),
    new: one(get({ parameters: [query('a', false)] })),
    want: ['feature query-parameter-made-optional'],
    consumer: "await wxpay.v3.CASE.get({ params: { a: 'x' } })",
  },
  {
    rule: 'a query parameter removed',
    old: one(get({ parameters: [query('a', true), query('b', false)] })),
    new: one(get({ parameters: [query('a', true)] })),
    want: ['breaking query-parameter-removed'],
    consumer: "await wxpay.v3.CASE.get({ params: { a: 'x', b: 'y' } })",
  },
  {
    rule: 'a query parameter narrowed to an enum',
    old: one(get({ parameters: [query('a', true)] })),
    new: one(get({ parameters: [query('a', true, anEnum('A'))] })),
    want: ['breaking query-parameter-type-changed'],
    consumer: "await wxpay.v3.CASE.get({ params: { a: 'x' } })",
  },
  {
    rule: 'a header parameter added as required',
    old: one(get({ parameters: [header('Wechatpay-Serial', false)] })),
    new: one(get({ parameters: [header('Wechatpay-Serial', false), header('Idempotency-Key', true)] })),
    want: ['breaking header-parameter-added'],
    consumer: 'await wxpay.v3.CASE.get({})',
  },
  // Body kinds
  {
    rule: 'a JSON request body turned into a multipart upload',
    old: one(post()),
    new: one(post({ multipart: true })),
    want: ['breaking request-body-kind-changed'],
    consumer: callPost,
  },
  {
    rule: 'a file download turned into JSON',
    old: one(get({ download: true })),
    new: one(get({ response: obj({ a: str }) })),
    want: ['breaking response-body-kind-changed'],
    consumer: 'const { data } = await wxpay.v3.CASE.get()\ndata.pipe(process.stdout)',
  },
  {
    rule: 'a JSON response turned into a file download',
    old: one(get({ response: obj({ a: str }) })),
    new: one(get({ download: true })),
    want: ['breaking response-body-kind-changed'],
    consumer: 'const { data } = await wxpay.v3.CASE.get()\nconsole.log(data.a.length)',
  },
  // Documentation (fixes)
  {
    rule: 'a description changed',
    old: one(post()),
    new: one(post({ request: obj({ a: str }), extra: { description: '新的说明' } })),
    want: ['fix description-changed'],
    consumer: callPost,
  },
  {
    rule: 'a field description and example changed',
    old: one(post({ request: obj({ a: { type: 'string', description: '旧', example: 'x' } }) })),
    new: one(post({ request: obj({ a: { type: 'string', description: '新', example: 'y' } }) })),
    want: ['fix description-changed', 'fix examples-changed'],
    consumer: callPost,
  },
  {
    rule: 'a summary changed (and with it the title)',
    old: one(post()),
    new: one(post({ request: obj({ a: str }), extra: { summary: '新规则API' } })),
    want: ['fix summary-changed', 'fix title-changed'],
    consumer: callPost,
  },
  {
    rule: 'a page title changed (x-title)',
    old: one(post()),
    new: one(post({ request: obj({ a: str }), extra: { 'x-title': '新标题' } })),
    want: ['fix title-changed'],
    consumer: callPost,
  },
  {
    rule: 'a documentation link changed',
    old: one(post({ request: obj({ a: str }), extra: { externalDocs: { url: 'https://example.com/old' } } })),
    new: one(post({ request: obj({ a: str }), extra: { externalDocs: { url: 'https://example.com/new' } } })),
    want: ['fix links-changed'],
    consumer: callPost,
  },
  {
    rule: 'an operation deprecated',
    old: one(post()),
    new: one(post({ request: obj({ a: str }), extra: { deprecated: true } })),
    want: ['fix deprecated'],
    consumer: callPost,
  },
  {
    rule: 'a request field deprecated',
    old: one(post()),
    new: one(post({ request: obj({ a: { type: 'string', deprecated: true } }) })),
    want: ['fix deprecated'],
    consumer: callPost,
  },
  {
    rule: 'the tags changed',
    old: one(post()),
    new: one(post({ request: obj({ a: str }), extra: { tags: ['别的'] } })),
    want: ['fix tags-changed'],
    consumer: callPost,
  },
]

/** The URL segment (and chain property) standing for a row: `rule7`. */
export function caseName(index: number): string {
  return `rule${index}`
}

/** The row's Path Items with `CASE` replaced. */
export function pathsOf(items: PathItems, name: string): PathItems {
  return Object.fromEntries(Object.entries(items).map(([url, item]) => [url.replace('CASE', name), item]))
}

/** Writes a one-file spec (every Path Item inline) into `dir`; returns its root file. */
export function writeSpec(dir: string, paths: PathItems, version = '1.4.2'): string {
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'openapi.yaml')
  writeFileSync(file, stringify({ openapi: '3.1.0', info: { title: 'rules', version }, tags: [{ name: '规则' }], paths }, { aliasDuplicateObjects: false }))
  return file
}
