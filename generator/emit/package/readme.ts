// The package's README.md: install, construct, call one of its endpoints, handle errors, the merchant toolkit
// (pay-sign, sensitive fields, platform certificates, bills, retries and debug, the certificates command), where
// the docs are. The toolkit's examples call the spec's own endpoints where it has them (JSAPI order, trade bill, a
// request with sensitive fields) and stand alone otherwise, so that every block compiles against the package
// (test/package/readme-examples.test.ts checks them).

import { isIdentifier } from '../../model/naming.ts'
import type { ApiModel, Operation } from '../../model/types.ts'
import { groupByTag } from '../shared/groups.ts'
import { propertyName, quote } from '../shared/quote.ts'
import type { PackageIdentity } from './entries.ts'
import { simulatorSection } from './readme-simulator.ts'
import { sampleCall, sampleValue } from './sample.ts'

const DOCS_URL = 'https://wechatpay.js.org/openapi/'

export function renderReadme(model: ApiModel, { name, version }: PackageIdentity): string {
  const operation = exampleOperation(model)
  const call = operation ? exampleCall(operation) : ['const { data } = await wxpay.v3.some.endpoint.post({ /* … */ })']
  const title = model.info.title === '' ? name : model.info.title
  return [
    `# ${name}`,
    '',
    `${title} ${version}: a typed Node.js client (TypeScript declarations, ESM and CommonJS) on [axios](https://axios-http.com).`,
    "Every request is signed with the merchant API key, and every answer's signature is verified with the WeChat Pay",
    'public keys before the call resolves (except file downloads, which WeChat Pay does not sign). Generated from the',
    'OpenAPI spec by wechatpay-openapi-generator: do not edit it, regenerate it.',
    '',
    '```sh',
    `npm install ${name}`,
    '```',
    '',
    'Node.js 20 or later.',
    '',
    '## Usage',
    '',
    '```js',
    `import { Wechatpay, AxiosError, ResponseVerificationError } from '${name}' // or require('${name}')`,
    `import { readFileSync } from 'node:fs'`,
    '',
    'const wxpay = new Wechatpay({',
    `  mchid: '1900000109', // 商户号`,
    `  serial: '444F4864EA9B34415C0BBB0D69E50D10B3A8F49C', // 商户API证书序列号`,
    `  privateKey: readFileSync('apiclient_key.pem'), // 商户API私钥`,
    '  certs: {',
    '    // 微信支付平台证书序列号或微信支付公钥ID → 公钥',
    `    PUB_KEY_ID_0119000001092025010100000000000001: readFileSync('pub_key.pem'),`,
    '  },',
    '})',
    '',
    'try {',
    ...call.map((line) => `  ${line}`),
    '} catch (error) {',
    '  if (error instanceof AxiosError) {',
    "    // a non-2xx answer (WeChat Pay's { code, message } in error.response.data), a timeout or a connection error",
    '    console.error(error.response?.status, error.response?.data)',
    '  } else if (error instanceof ResponseVerificationError) {',
    '    // a 2xx answer whose signature did not verify: do not trust it',
    '    // (SignatureMismatchError, TimestampSkewError, UnknownSerialError, ResponseHeadersMissingError)',
    '  } else throw error',
    '}',
    '```',
    '',
    'Each endpoint is a property chain under `v3` (`/v3/profitsharing/return-orders/{out_return_no}` →',
    '`wxpay.v3.profitsharing.returnOrders._out_return_no_`); `post(data, config)`, `put`, `patch`, `get(config)`,',
    '`delete(config)` resolve to the axios response, `data` typed by the spec. Path parameters go in `config` by name,',
    'the query string in `config.params`; any other axios option (`baseURL`, `timeout`, …) may be given to the',
    'constructor. `wxpay.axios` is the underlying axios instance. Redirects are not followed (`maxRedirects: 0`: a',
    'signature covers the URL it was made for, so a 3xx answer rejects as an AxiosError), bill downloads included;',
    'give `maxRedirects` to the constructor, or to one call, to change it. While several calls are in flight, their',
    "RSA signatures are made on libuv's thread pool, at most on all but one of its threads at once (3 of the default 4;",
    '`UV_THREADPOOL_SIZE` sets it), so that the event loop is not held up; a call alone signs on the main thread.',
    '',
    ...typedOperationsSection(model),
    ...otherEndpointsSection(name),
    ...notificationSection(model),
    ...toolkitSection(model, name, operation),
    ...simulatorSection(model, name, call),
    `\`${name}/protocol\` exports the signer and verifier alone (\`signRequest\`, \`verifyResponse\`, the error classes), without axios.`,
    '',
    '`import` loads the ESM build, `require` the CommonJS one: use one of them in a process, their classes are distinct.',
    '',
    `The public site <${DOCS_URL}> documents many more endpoints, in the same naming convention; this package types the ones listed above.`,
    '',
  ].join('\n')
}

/** With webhooks: how to receive them, the event type of the first in the text. Nothing without. */
function notificationSection(model: ApiModel): string[] {
  const first = model.webhooks[0]
  if (!first) return []
  const field = first.resource.kind === 'object' ? first.resource.properties.find((property) => !property.optional)?.name : undefined
  return [
    '## Notifications',
    '',
    "Give the constructor the APIv3 key (`apiV3Key`) and hand each notification's headers and raw body to",
    '`wxpay.notifications.parse({ headers, body })`: it verifies the signature, decrypts `resource` and returns',
    `\`${model.notificationUnion.typeReference}\`, a union discriminated by \`event_type\` with one member per event type`,
    `(${model.webhooks.map((webhook) => `\`${webhook.eventType}\``).join(', ')}), so that`,
    `\`if (n.event_type === '${first.eventType}')\` narrows \`n.resource\`${field ? ` (\`n.resource.${field}\`)` : ''}. Another event type`,
    'is thrown as `UnknownNotificationEventError`, verified and decrypted (`error.notification`). `notificationAnswer()`',
    'is the answer to send (204), `notificationAnswer(error)` a failure WeChat Pay retries.',
    '',
  ]
}

/** `new Wechatpay({ … })` with the merchant's identity and `extra` lines (already indented) before the brace. */
function constructorLines(extra: readonly string[] = [], keys: 'certs' | 'apiV3Key' = 'certs'): string[] {
  return [
    'const wxpay = new Wechatpay({',
    `  mchid: '1900000109',`,
    `  serial: '444F4864EA9B34415C0BBB0D69E50D10B3A8F49C',`,
    `  privateKey: readFileSync('apiclient_key.pem'),`,
    keys === 'certs'
      ? `  certs: { PUB_KEY_ID_0119000001092025010100000000000001: readFileSync('pub_key.pem') },`
      : `  apiV3Key: readFileSync('apiv3.key', 'utf8').trim(), // and no certs: the platform certificates are downloaded`,
    ...extra,
    '})',
  ]
}

/** The operation at `path` with `method`, when the spec has it. */
function findOperation(model: ApiModel, path: string, method: Operation['method']): Operation | undefined {
  return model.endpoints.flatMap((node) => node.operations).find((operation) => operation.path === path && operation.method === method)
}

/** `.v3.profitsharing.returnOrders`: property access along a chain, bracketed where a property is no identifier. */
function chainOf(operation: Operation): string {
  return operation.chain.map((property) => (isIdentifier(property) ? `.${property}` : `[${quote(property)}]`)).join('')
}

/** What a merchant writes around the signed calls, one complete example per feature. */
function toolkitSection(model: ApiModel, name: string, example: Operation | undefined): string[] {
  const jsapi = findOperation(model, '/v3/pay/transactions/jsapi', 'post')
  const prepay = jsapi?.response.kind === 'json' ? ['prepay_id'] : []
  const order = jsapi && prepay.length > 0 ? exampleCall(jsapi, 'order') : undefined
  const sensitive = model.endpoints
    .flatMap((node) => node.operations)
    .find((operation) => operation.request.kind === 'json' && (operation.request.sensitive?.length ?? 0) > 0)
  const sensitivePaths = sensitive?.request.kind === 'json' ? (sensitive.request.sensitive ?? []) : []
  const tradebill = findOperation(model, '/v3/bill/tradebill', 'get')
  const billQuery = new Set(tradebill?.queryParameters.map((parameter) => parameter.name))
  const billCall = tradebill && billQuery.has('bill_date') && billQuery.has('tar_type') ? chainOf(tradebill) : undefined
  const call = example ? exampleCall(example) : ['const { data } = await wxpay.v3.some.endpoint.post({ /* … */ })']
  const imports = (names: string) => [`import { readFileSync } from 'node:fs'`, `import { ${names} } from '${name}'`]
  return [
    '## Merchant toolkit',
    '',
    'What an integration needs around the signed calls, on the client (with its own key) and as pure functions in',
    `\`${name}/protocol\`.`,
    '',
    '### Pay-sign for the front end',
    '',
    'After a JSAPI / mini-program / APP order, the server hands the front end signed parameters: `requestPayment`',
    "(paySign: RSA SHA-256 over `appId\\ntimeStamp\\nnonceStr\\npackage\\n`) and `appPayment` (the APP SDK's PayReq,",
    "`partnerid` the client's mchid). Timestamp and nonce default to now and a fresh nonce.",
    '',
    '```js',
    ...imports('Wechatpay'),
    '',
    ...constructorLines(),
    '',
    ...(order ?? [`const order = { prepay_id: 'wx201410272009395522657a690389285100' } // the answer of a JSAPI order`]),
    '',
    '// JSAPI, mini program, H5 in WeChat: the page calls wx.requestPayment({ ...params, success, fail })',
    `const params = wxpay.requestPayment({ appId: 'wxd678efh567hg6787', prepayId: order.prepay_id })`,
    "// { appId, timeStamp, nonceStr, package: 'prepay_id=wx…', signType: 'RSA', paySign }",
    '',
    "// APP: the mobile SDK's PayReq",
    `const app = wxpay.appPayment({ appId: 'wxd678efh567hg6787', prepayId: order.prepay_id })`,
    "// { appid, partnerid: '1900000109', prepayid, package: 'Sign=WXPay', noncestr, timestamp, sign }",
    'console.log(params.paySign, app.sign)',
    '```',
    '',
    `Without a client: \`signRequestPayment({ appId, prepayId, privateKey, timestamp?, nonce? })\` and \`signAppPayment({ …, mchid })\` from \`${name}/protocol\`.`,
    '',
    '### Sensitive fields',
    '',
    'Personal data in requests is encrypted to a WeChat Pay public key with RSA-OAEP (SHA-1, MGF1-SHA-1) and the request',
    'names that key in `Wechatpay-Serial`. Fields the spec marks `x-sensitive` are encrypted by the client before',
    'signing, with `Wechatpay-Serial` set: pass them in plain text. Fields of answers come encrypted to the',
    "merchant's key: `wxpay.decrypt(ciphertext)`.",
    '',
    '```js',
    ...imports('Wechatpay'),
    `import { encryptSensitive, decryptSensitive } from '${name}/protocol'`,
    '',
    ...constructorLines(),
    '',
    ...(sensitive
      ? [
          `// ${sensitivePaths.map((field) => `\`${field}\``).join(', ')}: marked x-sensitive, sent encrypted`,
          ...exampleCall(sensitive, 'data', sensitivePaths),
          'console.log(data)',
        ]
      : []),
    '',
    "// An answer field encrypted to the merchant key, decrypted with the client's private key:",
    `const encryptedName = process.env.ENCRYPTED_NAME ?? '' // base64, as the answer carries it`,
    "if (encryptedName !== '') console.log(wxpay.decrypt(encryptedName))",
    '',
    '// The same without a client: encrypt to a WeChat Pay public key, decrypt with the merchant key',
    `const ciphertext = encryptSensitive('张三', readFileSync('pub_key.pem'))`,
    `console.log(ciphertext.length, typeof decryptSensitive)`,
    '```',
    '',
    '### Platform certificates',
    '',
    'Merchants on platform certificates (not on a WeChat Pay public key) give `apiV3Key` and no `certs`: the client',
    'downloads `GET /v3/certificates` before its first call, decrypts the certificates with the APIv3 key, verifies',
    "the answer's signature with the certificate it names, keeps only certificates valid now, refreshes them every 12",
    'hours and once more when an answer names a serial it does not hold.',
    '',
    '```js',
    ...imports('Wechatpay'),
    '',
    ...constructorLines([], 'apiV3Key'),
    '',
    'await wxpay.certificates?.ready() // optional: the first call would download them anyway',
    'for (const { serial, validTo } of wxpay.certificates?.current() ?? []) console.log(serial, validTo.toISOString())',
    '```',
    '',
    'For operators, the package has a command that fetches them once, checks them the same way, prints each',
    "certificate's serial and validity and writes one PEM per serial (`--help` lists the options):",
    '',
    '```sh',
    `npx ${name} certificates --mchid 1900000109 --serial 444F4864EA9B34415C0BBB0D69E50D10B3A8F49C \\`,
    '  --private-key apiclient_key.pem --apiv3-key-file apiv3.key --out certs/',
    '# 5157F09EFDC096DE15EBE81A47057A7232F1B8E1  2024-01-01T00:00:00.000Z – 2029-01-01T00:00:00.000Z  certs/wechatpay_5157….pem',
    '```',
    '',
    'It exits 0, 1 (failed) or 2 (bad usage), with one line on stderr that never holds a key.',
    '',
    '### Bills',
    '',
    'WeChat Pay does not sign bill files: the signed answer of the bill request carries `download_url`, `hash_type`',
    'and `hash_value` (the digest of the uncompressed bill). `wxpay.downloadBill(answer)` signs the GET of the file,',
    'gunzips it (`gzip: true`, for `tar_type=GZIP`), decrypts encrypted bills (`encrypt_key` and `nonce` in the',
    'answer) and checks the digest; `downloadBillStream` is the same as a stream that errors at its end when the',
    'file does not check (keep what it wrote only once it ended cleanly).',
    '',
    '```js',
    `import { createWriteStream, readFileSync, renameSync } from 'node:fs'`,
    `import { pipeline } from 'node:stream/promises'`,
    `import { Wechatpay, BillDigestMismatchError } from '${name}'`,
    '',
    ...constructorLines(),
    '',
    ...(billCall
      ? [`const { data: answer } = await wxpay${billCall}.get({ params: { bill_date: '2024-01-01', tar_type: 'GZIP' } })`]
      : [
          '// the answer of the bill request (GET /v3/bill/tradebill)',
          `const answer = { download_url: 'https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx', hash_type: 'SHA1', hash_value: '79bb0f45fc4c42234a918000b2668d689e2bde04' }`,
        ]),
    '',
    'try {',
    '  const bill = await wxpay.downloadBill({ ...answer, gzip: true }) // a Buffer: the checked, uncompressed bill',
    "  console.log(bill.toString('utf8').split('\\n')[0])",
    '} catch (error) {',
    '  if (error instanceof BillDigestMismatchError) console.error(error.expected, error.actual)',
    '  else throw error',
    '}',
    '',
    '// Large bills: stream to a temporary file, rename it once the digest matched',
    `await pipeline(await wxpay.downloadBillStream({ ...answer, gzip: true }), createWriteStream('tradebill.csv.part'))`,
    `renameSync('tradebill.csv.part', 'tradebill.csv')`,
    '```',
    '',
    '### Retries and the debug log',
    '',
    '`retry` is off by default. With it, connection errors, timeouts, 429 and 5xx are tried again with jittered',
    "exponential backoff, each try signed anew; other 4xx never. WeChat Pay's order and refund APIs are idempotent on",
    "the merchant's business number (`out_trade_no`, `out_refund_no`, …), so retrying them after a timeout is safe;",
    "calls without such a number are not. A rejected call's message names WeChat Pay's `code` and `message`.",
    "`debug` (or `NODE_DEBUG=wechatpay`) logs each try's method, URL, status, `Request-ID` and the signed string,",
    'never a key or a signature.',
    '',
    '```js',
    ...imports('Wechatpay, AxiosError'),
    '',
    ...constructorLines([
      '  retry: { retries: 2, minDelayMs: 200, maxDelayMs: 5000 },',
      "  debug: (line) => console.debug('[wechatpay]', line), // or debug: true, to stderr",
    ]),
    '',
    'try {',
    ...call.map((line) => `  ${line}`),
    '  console.log(data)',
    '} catch (error) {',
    "  // 'WeChat Pay answered 400 PARAM_ERROR: …'; error.response.data is { code, message }",
    '  if (error instanceof AxiosError) console.error(error.message, error.response?.data)',
    '  else throw error',
    '}',
    '```',
    '',
  ]
}

/** The first POST with a JSON body (chain order), else the first operation. */
function exampleOperation(model: ApiModel): Operation | undefined {
  const operations = model.endpoints.flatMap((node) => node.operations)
  return operations.find((operation) => operation.method === 'post' && operation.request.kind === 'json') ?? operations[0]
}

/** `const { data } = await wxpay.….post(…)` with the operation's sample arguments; `binding` renames `data`. */
function exampleCall(operation: Operation, binding = 'data', alsoFields: readonly string[] = []): string[] {
  const { data, config } = withFields(sampleCall(operation), operation, alsoFields)
  const args = [data, config].filter((arg) => arg !== undefined).map((arg) => literal(arg, ''))
  const link = operation.docLink ? [`// ${operation.apiName}: ${operation.docLink}`] : []
  const target = binding === 'data' ? 'data' : `data: ${binding}`
  return [...link, ...`const { ${target} } = await wxpay${chainOf(operation)}.${operation.method}(${args.join(', ')})`.split('\n')]
}

/** The sample call with the optional top-level body fields `fields` filled in too (the sensitive ones, to show them). */
function withFields(call: ReturnType<typeof sampleCall>, operation: Operation, fields: readonly string[]): ReturnType<typeof sampleCall> {
  const body = operation.request.kind === 'json' ? operation.request.type : undefined
  if (body?.kind !== 'object' || typeof call.data !== 'object' || call.data === null) return call
  const data: Record<string, unknown> = { ...(call.data as Record<string, unknown>) }
  for (const property of body.properties) {
    if (fields.includes(property.name) && !(property.name in data)) data[property.name] = sampleValue(property.type, property.examples)
  }
  return { ...call, data }
}

/** A JavaScript literal, one property a line. */
function literal(value: unknown, indent: string): string {
  if (typeof value === 'string') return quote(value)
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, indent)).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    const inner = `${indent}  `
    const lines = entries.map(([key, item]) => `${inner}${propertyName(key)}: ${literal(item, inner)},`)
    return `{\n${lines.join('\n')}\n${indent}}`
  }
  return String(value)
}

/**
 * What the package types, from the model: every operation, grouped by its first tag in the spec's tag order, with
 * its chain, its HTTP method and URL, and its title linked to WeChat Pay's documentation.
 */
function typedOperationsSection(model: ApiModel): string[] {
  if (model.operations.length === 0) return []
  const groups = groupByTag(model.operations, (operation) => operation.tags[0], model.tags)
  const count = `${model.operations.length} operation${model.operations.length === 1 ? '' : 's'}`
  return [
    '## What it types',
    '',
    `Generated from the spec, the package types ${count} of WeChat Pay APIv3, in ${groups.length} group${groups.length === 1 ? '' : 's'}: each`,
    "one's request body, path, query and header parameters and its answer, down to the enums. An answer's `date-time`",
    'is a `string` (as JSON carries it); a request takes a `string` or a `Date`.',
    '',
    ...groups.flatMap(({ tag, items }) => [
      `### ${tag}`,
      '',
      '| API | chain | HTTP |',
      '| --- | --- | --- |',
      ...items.map((operation) => {
        const title = tableCell(operation.title)
        const api = operation.docLink ? `[${title}](${operation.docLink})` : title
        const chain = `\`wxpay${chainOf(operation)}.${operation.method}\``
        return `| ${api}${operation.deprecated ? ' (deprecated)' : ''} | ${chain} | \`${operation.method.toUpperCase()} ${tableCell(operation.path)}\` |`
      }),
      '',
    ]),
  ]
}

/** How to call an endpoint the spec does not have, and how to type it by module augmentation (a checked example). */
function otherEndpointsSection(name: string): string[] {
  return [
    '## Other endpoints',
    '',
    'Every other APIv3 endpoint stays callable: the client builds its URL from the chain by the same naming convention',
    '(`/v3/marketing/favor/stocks/{stock_id}/pause` → `wxpay.v3.marketing.favor.stocks._stock_id_.pause`: kebab-case',
    'segments in camelCase, `{x}` as `_x_` filled from `config.x`, a trailing `/` as `_empty_`), and signs and verifies',
    'the call like any other. JavaScript calls it as it is. TypeScript knows only the chains listed above: declare the',
    "new endpoint's types once, by module augmentation in the shape of the package's own declarations (one",
    "`WeChatPay.OpenAPI.V3…` namespace per level, the operation's in `…PostHttpMethod`), and the chain is typed like the",
    'others:',
    '',
    '```ts',
    "import type { AxiosPromise, AxiosRequestConfig } from 'axios'",
    `import type { Wechatpay } from '${name}'`,
    '',
    `declare module '${name}' {`,
    '  namespace WeChatPay.OpenAPI.V3.Marketing.Favor.Stocks._stock_id_.Pause.PostHttpMethod {',
    '    interface JsonDataRequest {',
    '      stock_creator_mchid: string',
    '    }',
    '    interface RequestConfig extends AxiosRequestConfig {',
    '      data?: JsonDataRequest',
    '      stock_id: string',
    '    }',
    '    interface WellformedResponse {',
    '      pause_time: string',
    '      stock_id: string',
    '    }',
    '  }',
    '  namespace WeChatPay.OpenAPI.V3.Marketing.Favor.Stocks._stock_id_ {',
    '    interface Pause {',
    '      post(data: Pause.PostHttpMethod.JsonDataRequest, config: Pause.PostHttpMethod.RequestConfig): AxiosPromise<Pause.PostHttpMethod.WellformedResponse>',
    '    }',
    '  }',
    '  namespace WeChatPay.OpenAPI.V3.Marketing.Favor.Stocks {',
    '    interface _stock_id_ {',
    '      pause: _stock_id_.Pause',
    '    }',
    '  }',
    '  namespace WeChatPay.OpenAPI.V3.Marketing.Favor {',
    '    interface Stocks {',
    '      _stock_id_: Stocks._stock_id_',
    '    }',
    '  }',
    '  namespace WeChatPay.OpenAPI.V3.Marketing {',
    '    interface Favor {',
    '      stocks: Favor.Stocks',
    '    }',
    '  }',
    '  namespace WeChatPay.OpenAPI.V3 {',
    '    interface Marketing {',
    '      favor: Marketing.Favor',
    '    }',
    '  }',
    '  namespace WeChatPay.OpenAPI {',
    '    interface V3 {',
    '      marketing: V3.Marketing',
    '    }',
    '  }',
    '}',
    '',
    'export async function pauseStock(wxpay: Wechatpay, stock_id: string): Promise<string> {',
    "  const { data } = await wxpay.v3.marketing.favor.stocks._stock_id_.pause.post({ stock_creator_mchid: '8956000' }, { stock_id })",
    '  return data.pause_time',
    '}',
    '```',
    '',
    'A level the package already has (`v3.pay`) takes the new property in its existing interface',
    '(`namespace WeChatPay.OpenAPI.V3 { interface Pay { … } }`). The augmentation works for `import` and `require` alike.',
    '',
  ]
}

/** Text in a Markdown table cell: a `|` would end it. */
function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|')
}
