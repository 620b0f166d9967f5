import { isBindingName } from '../../model/naming.ts'
import type { Webhook } from '../../model/types.ts'
import { printMembers, type PrintOptions } from '../shared/type-printer.ts'
import { frontmatter } from '../shared/text.ts'
import { exampleHeader, exampleValue } from './webhook-example.ts'

const PAGE_TYPES: PrintOptions = { indent: 4, docs: false, untypedArray: '[]', separator: '', quote: "'" }

/** How many of the resource's required fields the handler destructures. */
const SHOWN_FIELDS = 3

/**
 * One webhook's page, in the public site's webhook format: the request WeChat Pay sends (headers, body, and the
 * resource once decrypted), a handler using `parseNotification` in a `js twoslash` block, and the answer it expects.
 */
export function renderWebhookPage(webhook: Webhook): string {
  const lines = [
    ...frontmatter(webhook.title, webhook.description),
    '',
    '# {{ $frontmatter.title }} {#post}',
    '',
    ...(webhook.description === '' ? [] : ['{{ $frontmatter.description }}', '']),
    `事件类型 \`${webhook.eventType}\`：微信支付以 \`POST\` 请求把通知发到商户的 \`notify_url\`。`,
    '',
    '## 请求头 {#headers}',
    '',
    '```ansi',
    'POST /notify_url HTTP/1.1',
    'Content-Type: application/json',
    ...webhook.headers.map((header) => `${header.name}: ${exampleHeader(header)}`),
    '```',
    '',
    '## 请求体 {#body}',
    '',
    '```json',
    json(exampleValue(webhook.envelope)),
    '```',
    '',
    '::: details 解密后的 resource',
    '',
    '```json',
    json(exampleValue(webhook.resource)),
    '```',
    '',
    ':::',
    '',
    '## 处理 {#handler}',
    '',
    '先以原始报文验签，再以 APIv3 密钥解密 `resource`；同一通知可能多次送达，处理须幂等。',
    '',
    '```js twoslash',
    ...virtualFile(webhook),
    ...businessFile(webhook),
    '```',
    '',
    '## 应答 {#answer}',
    ...webhook.answers.flatMap((answer) => [
      '',
      `\`${answer.status}\`${answer.description ? ` ${answer.description}` : ''}`,
      ...(answer.body ? ['', '```json', json(exampleValue(answer.body)), '```'] : []),
    ]),
  ]
  return `${lines.join('\n')}\n`
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2)
}

/** What the handler needs, declared: the notification's interface, `parseNotification` and `notificationAnswer`. */
function virtualFile(webhook: Webhook): string[] {
  const { names, notification } = webhook
  return [
    '// @filename: virtual.ts',
    '/// <reference types="node" />',
    "import { IncomingHttpHeaders } from 'http'",
    `namespace ${names.declaredIn} {`,
    `  export interface ${names.interfaceName} {`,
    ...printMembers(notification.properties, undefined, PAGE_TYPES),
    '  }',
    '}',
    'export declare function parseNotification(input: {',
    '  headers: IncomingHttpHeaders',
    '  body: string | Buffer',
    '  certs: Record<string, string | Buffer>',
    '  apiV3Key: string | Buffer',
    `}): ${names.typeReference}`,
    'export declare function notificationAnswer(outcome?: unknown): {',
    '  status: number',
    '  headers: Record<string, string>',
    '  body: string',
    '}',
    'export var certs: Record<string, string | Buffer>',
    'export var apiV3Key: string',
  ]
}

/** A node:http handler: the raw body, verified and decrypted, a few of the resource's fields, the answer. */
function businessFile(webhook: Webhook): string[] {
  const resource = webhook.resource
  const fields =
    resource.kind === 'object'
      ? resource.properties
          .filter((property) => !property.optional && isBindingName(property.name))
          .slice(0, SHOWN_FIELDS)
          .map((property) => property.name)
      : []
  const use =
    fields.length > 0
      ? [`    const { ${fields.join(', ')} } = notification.resource // [!code hl]`, `    console.log(notification.event_type, ${fields.join(', ')})`]
      : ['    console.log(notification.event_type, notification.resource) // [!code hl]']
  return [
    '// @filename: business.js',
    "import { parseNotification, notificationAnswer, certs, apiV3Key } from './virtual'",
    '// ---cut---',
    "import { createServer } from 'node:http'",
    '',
    'createServer(async (request, response) => {',
    '  const chunks = []',
    '  for await (const chunk of request) chunks.push(chunk)',
    '  let answer',
    '  try {',
    '    const notification = parseNotification({ headers: request.headers, body: Buffer.concat(chunks), certs, apiV3Key })',
    ...use,
    '    answer = notificationAnswer()',
    '  } catch (error) {',
    '    answer = notificationAnswer(error)',
    '  }',
    '  response.writeHead(answer.status, answer.headers).end(answer.body)',
    '}).listen(8080)',
  ]
}
