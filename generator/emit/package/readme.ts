// The package's README.md: install, construct, call one of its endpoints, handle errors, where the docs are.

import { isIdentifier } from '../../model/naming.ts'
import type { ApiModel, Operation } from '../../model/types.ts'
import { propertyName, quote } from '../shared/quote.ts'
import type { PackageIdentity } from './entries.ts'
import { simulatorSection } from './readme-simulator.ts'
import { sampleCall } from './sample.ts'

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
    'constructor. `wxpay.axios` is the underlying axios instance.',
    '',
    ...notificationSection(model),
    ...simulatorSection(model, name, call),
    `\`${name}/protocol\` exports the signer and verifier alone (\`signRequest\`, \`verifyResponse\`, the error classes), without axios.`,
    '',
    '`import` loads the ESM build, `require` the CommonJS one: use one of them in a process, their classes are distinct.',
    '',
    `Documentation of every endpoint: <${DOCS_URL}>.`,
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

/** The first POST with a JSON body (chain order), else the first operation. */
function exampleOperation(model: ApiModel): Operation | undefined {
  const operations = model.endpoints.flatMap((node) => node.operations)
  return operations.find((operation) => operation.method === 'post' && operation.request.kind === 'json') ?? operations[0]
}

function exampleCall(operation: Operation): string[] {
  const { data, config } = sampleCall(operation)
  const args = [data, config].filter((arg) => arg !== undefined).map((arg) => literal(arg, ''))
  const chain = operation.chain.map((property) => (isIdentifier(property) ? `.${property}` : `[${quote(property)}]`)).join('')
  const link = operation.docLink ? [`// ${operation.apiName}: ${operation.docLink}`] : []
  return [...link, ...`const { data } = await wxpay${chain}.${operation.method}(${args.join(', ')})`.split('\n')]
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
