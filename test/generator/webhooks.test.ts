// Webhooks in the model and the emitters: given a small spec with two webhooks (one sharing a definitions file),
// the model entries, the typings' union, the entries' bindings, a page's pieces, the site's overview and sidebar, the
// spec errors, and reuse in a session. Expected text is written out by hand.

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCache } from '../../generator/cache.ts'
import { packageFiles } from '../../generator/emit/package/index.ts'
import { pages } from '../../generator/emit/pages/index.ts'
import { exampleValue } from '../../generator/emit/pages/webhook-example.ts'
import { renderWebhookIndex } from '../../generator/emit/site/webhook-index.ts'
import { buildSidebar } from '../../generator/emit/site/sidebar.ts'
import { notificationEventTypes } from '../../generator/emit/shared/endpoint-table.ts'
import { notificationDeclarations } from '../../generator/emit/typings/declarations.ts'
import { SpecError, SpecErrors } from '../../generator/load/spec-error.ts'
import { buildModel } from '../../generator/model/index.ts'
import type { ApiModel } from '../../generator/model/types.ts'
import { Resolver } from '../../generator/resolve/resolver.ts'
import { scratchDir } from '../helpers.ts'

const DEFINITIONS = `schemas:
  Notification:
    type: object
    required: [id, event_type, resource]
    properties:
      id:
        type: string
        example: EV-1
      event_type:
        type: string
        example: A.B
      resource:
        type: object
        required: [ciphertext]
        properties:
          ciphertext:
            type: string
          original_type:
            type: string
`

function webhookFile(eventType: string, { constValue = eventType, decrypted = true, post = true } = {}): string {
  if (!post) return 'summary: no post here\n'
  return `post:
  summary: ${eventType} 通知
  description: 发生 ${eventType} 时推送。
  tags: [通知]
  parameters:
    - name: Wechatpay-Serial
      in: header
      required: true
      schema:
        type: string
      example: PUB_KEY_ID_1
  requestBody:
    content:
      application/json:
        schema:
          allOf:
            - $ref: ./definitions.yaml#/schemas/Notification
            - type: object
              properties:
                event_type:
                  const: ${constValue}
                resource:
                  type: object
                  properties:
                    original_type:
                      const: thing
  responses:
    '204':
      description: 收到
${
  decrypted
    ? `  x-decrypted-resource:
    schema:
      type: object
      required: [out_trade_no]
      properties:
        out_trade_no:
          type: string
          example: T1
        paid_at:
          type: string
          format: date-time
`
    : ''
}`
}

/** A spec in a scratch folder: one path, and a webhook per entry of `webhooks` (key → file text). */
function writeSpec(name: string, webhooks: Record<string, string>): string {
  const dir = scratchDir(`webhooks-${name}`)
  mkdirSync(path.join(dir, 'webhooks'), { recursive: true })
  writeFileSync(path.join(dir, 'webhooks/definitions.yaml'), DEFINITIONS)
  const entries = Object.entries(webhooks)
  entries.forEach(([key, text]) => writeFileSync(path.join(dir, `webhooks/${key}.yaml`), text))
  const file = path.join(dir, 'openapi.yaml')
  writeFileSync(
    file,
    [
      'openapi: 3.1.0',
      'info: { title: t, version: 1.0.0 }',
      'paths:',
      '  /v3/things:',
      '    get:',
      "      responses: { '204': { description: No Content } }",
      'webhooks:',
      ...entries.map(([key]) => `  ${key}:\n    $ref: ./webhooks/${key}.yaml`),
      '',
    ].join('\n'),
  )
  return file
}

const model = (file: string, cache?: Parameters<typeof buildModel>[1]): ApiModel => buildModel(new Resolver(file), cache)
// Written in reverse order: the model sorts them.
const spec = writeSpec('two', { 'Z.DONE': webhookFile('Z.DONE'), 'A.B_C': webhookFile('A.B_C') })
const built = model(spec)

describe('the model of webhooks', () => {
  it('holds each webhook by event type, with its names, title, tags, headers and source', () => {
    expect(built.webhooks.map((webhook) => [webhook.eventType, webhook.names.interfaceName, webhook.names.typeReference, webhook.title, webhook.tags])).toEqual(
      [
        ['A.B_C', 'ABC', 'WeChatPay.OpenAPI.Notifications.ABC', 'A.B_C 通知', ['通知']],
        ['Z.DONE', 'ZDone', 'WeChatPay.OpenAPI.Notifications.ZDone', 'Z.DONE 通知', ['通知']],
      ],
    )
    expect(built.notificationUnion).toEqual({ name: 'Notification', declaredIn: 'WeChatPay.OpenAPI', typeReference: 'WeChatPay.OpenAPI.Notification' })
    expect(built.webhooks[0]!.headers.map((header) => [header.name, header.optional, header.examples])).toEqual([['Wechatpay-Serial', false, ['PUB_KEY_ID_1']]])
    expect(built.webhooks[0]!.source.file).toBe(path.join(path.dirname(spec), 'webhooks/A.B_C.yaml'))
    expect(built.tags).toContain('通知')
  })

  it('merges the envelope with the event’s consts, nested resource included', () => {
    expect(exampleValue(built.webhooks[0]!.envelope)).toEqual({ id: 'EV-1', event_type: 'A.B_C', resource: { ciphertext: '', original_type: 'thing' } })
  })
})

describe('the typings of webhooks', () => {
  it('declares one interface per webhook and their union on event_type', () => {
    expect(notificationDeclarations(built).join('\n\n')).toBe(`export declare namespace WeChatPay.OpenAPI.Notifications {
  /**
   * A.B_C 通知
   *
   * 发生 A.B_C 时推送。
   */
  export interface ABC {
    /** @example EV-1 */
    id: string;
    event_type: "A.B_C";
    original_type: string;
    resource: {
      /**
       * @example T1
       */
      out_trade_no: string;
      paid_at?: string;
    };
  }

  /**
   * Z.DONE 通知
   *
   * 发生 Z.DONE 时推送。
   */
  export interface ZDone {
    /** @example EV-1 */
    id: string;
    event_type: "Z.DONE";
    original_type: string;
    resource: {
      /**
       * @example T1
       */
      out_trade_no: string;
      paid_at?: string;
    };
  }
}

export declare namespace WeChatPay.OpenAPI {
  /** A verified notification, its \`resource\` decrypted: one member per webhook of the spec, discriminated by \`event_type\`. */
  export type Notification = WeChatPay.OpenAPI.Notifications.ABC | WeChatPay.OpenAPI.Notifications.ZDone;
}`)
  })

  it('declares nothing, and binds no event types, for a spec without webhooks', () => {
    const plain = { ...built, webhooks: [] }
    expect(notificationDeclarations(plain)).toEqual([])
    expect(notificationEventTypes(plain)).toBeUndefined()
  })

  it('binds the event types in the entries and types notifications.parse with the union', async () => {
    expect(notificationEventTypes(built)).toEqual(['A.B_C', 'Z.DONE'])
    const files = await packageFiles.emit(built, { inputs: { license: { text: '' }, runtime: new Map(), siteAssets: new Map(), axiosRange: '^1' } as never })
    expect(files.get('client.mjs')).toContain(
      "const eventTypes = ['A.B_C', 'Z.DONE']\n\nexport const Wechatpay = defineWechatpay({ endpoints, product: { name: 'wechatpay-apiv3', version: '1.0.0' }, eventTypes })",
    )
    expect(files.get('client.js')).toContain("const eventTypes = ['A.B_C', 'Z.DONE']")
    expect(files.get('client.d.ts')).toContain('  readonly notifications: { parse(input: ClientNotificationInput): WeChatPay.OpenAPI.Notification }\n}')
    expect(files.get('README.md')).toContain("(`A.B_C`, `Z.DONE`), so that\n`if (n.event_type === 'A.B_C')` narrows `n.resource` (`n.resource.out_trade_no`).")
  })
})

describe('the pages of webhooks', () => {
  const files = pages.emit(built, { inputs: {} as never }) as Map<string, string>
  const page = files.get('docs/webhook/v3/A.B_C.md')!

  it('writes one page per webhook under docs/webhook/v3/', () => {
    expect([...files.keys()].filter((file) => file.startsWith('docs/webhook/'))).toEqual(['docs/webhook/v3/A.B_C.md', 'docs/webhook/v3/Z.DONE.md'])
  })

  it('opens with the frontmatter, the {#post} heading and the request headers', () => {
    expect(page.split('\n## 请求体')[0]).toBe(`---
title: A.B_C 通知
description: 发生 A.B_C 时推送。
---

# {{ $frontmatter.title }} {#post}

{{ $frontmatter.description }}

事件类型 \`A.B_C\`：微信支付以 \`POST\` 请求把通知发到商户的 \`notify_url\`。

## 请求头 {#headers}

\`\`\`ansi
POST /notify_url HTTP/1.1
Content-Type: application/json
Wechatpay-Serial: PUB_KEY_ID_1
\`\`\`
`)
  })

  it('shows the decrypted resource in a details block and the answers', () => {
    expect(page).toContain('::: details 解密后的 resource\n\n```json\n{\n  "out_trade_no": "T1",\n  "paid_at": ""\n}\n```\n\n:::\n')
    expect(page.endsWith('## 应答 {#answer}\n\n`204` 收到\n')).toBe(true)
  })

  it('declares the notification and parseNotification in the virtual file, and destructures required fields in the handler', () => {
    expect(page).toContain(`namespace WeChatPay.OpenAPI.Notifications {
  export interface ABC {
    id: string
    event_type: 'A.B_C'
    original_type: string
    resource: {
      out_trade_no: string
      paid_at?: string
    }
  }
}`)
    expect(page).toContain('}): WeChatPay.OpenAPI.Notifications.ABC\n')
    expect(page).toContain('    const { out_trade_no } = notification.resource // [!code hl]\n')
  })
})

describe('the site of webhooks', () => {
  it('lists every event type with its title on the overview page', () => {
    expect(renderWebhookIndex(built).split('| --- | --- |\n')[1]).toBe(
      '| [`A.B_C`](/webhook/v3/A.B_C) | A.B\\_C 通知 |\n| [`Z.DONE`](/webhook/v3/Z.DONE) | Z.DONE 通知 |\n\n:::\n',
    )
  })

  it('adds a last sidebar group: the overview, then each webhook', () => {
    expect(buildSidebar(built).at(-1)).toEqual({
      text: '回调通知',
      collapsed: true,
      items: [
        { text: '总览', link: '/webhook/' },
        { text: 'A.B_C 通知', link: '/webhook/v3/A.B_C' },
        { text: 'Z.DONE 通知', link: '/webhook/v3/Z.DONE' },
      ],
    })
  })
})

describe('spec errors of webhooks', () => {
  const cases: [name: string, text: string, where: RegExp, message: string][] = [
    ['no-post', webhookFile('X.Y', { post: false }), /webhooks\/X\.Y\.yaml:1:1$/, "webhook 'X.Y' needs a 'post' operation: the notification WeChat Pay sends"],
    [
      'no-decrypted',
      webhookFile('X.Y', { decrypted: false }),
      /webhooks\/X\.Y\.yaml:2:3$/,
      "webhook 'X.Y' needs 'x-decrypted-resource: { schema }', the resource once decrypted",
    ],
    [
      'wrong-const',
      webhookFile('X.Y', { constValue: 'X.Z' }),
      /webhooks\/X\.Y\.yaml:21:26$/,
      `webhook 'X.Y': the body's event_type is the const "X.Z"; it must be the const 'X.Y' (the webhook's key)`,
    ],
  ]
  it.each(cases)('%s is a SpecError at file:line:col', (name, text, where, message) => {
    const error = (() => {
      try {
        model(writeSpec(name, { 'X.Y': text }))
      } catch (caught) {
        return caught
      }
    })() as SpecError
    expect(error).toBeInstanceOf(SpecError)
    const [location, ...rest] = error.message.split(': ')
    expect(location).toMatch(where)
    expect(rest.join(': ')).toBe(message)
  })

  it('two event types with one interface name are reported together with other problems', () => {
    let error: unknown
    try {
      model(writeSpec('clash', { 'A.B': webhookFile('A.B'), A_B: webhookFile('A_B'), 'C.D': webhookFile('C.D', { decrypted: false }) }))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(SpecErrors)
    expect((error as SpecErrors).message).toMatch(/webhook 'A_B' is named AB in the typings, as 'A\.B' is/)
    expect((error as SpecErrors).message).toMatch(/webhook 'C\.D' needs 'x-decrypted-resource/)
  })
})

describe('webhooks in a session', () => {
  it('reuses an unchanged webhook, objects and all, and rebuilds one whose file changed', () => {
    const cache = createCache()
    const first = model(spec, { paths: cache.paths, webhooks: cache.webhooks, changed: new Set() })
    const changedFile = path.join(path.dirname(spec), 'webhooks/Z.DONE.yaml')
    const second = model(spec, { paths: cache.paths, webhooks: cache.webhooks, changed: new Set([changedFile]) })
    expect(second.webhooks[0]).toBe(first.webhooks[0])
    expect(second.webhooks[1]).not.toBe(first.webhooks[1])
    expect(second.webhooks[1]).toEqual(first.webhooks[1])
  })
})
