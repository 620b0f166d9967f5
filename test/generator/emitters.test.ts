// Given/want tables for what the emitters print from one operation, with the expected text written out by hand.
// The whole-spec goldens (snapshots.test.ts, golden.test.ts) catch the rest.

import { format } from 'prettier'
import { describe, expect, it } from 'vitest'
import { businessFile } from '../../generator/emit/pages/business-file.ts'
import { virtualFile } from '../../generator/emit/pages/virtual-file.ts'
import { childInterfaces, operationNamespace, PRINT_WIDTH, wechatpayInterface } from '../../generator/emit/typings/declarations.ts'
import { buildModel } from '../../generator/model/index.ts'
import type { ApiModel, ChainNode, Operation } from '../../generator/model/types.ts'
import { Resolver } from '../../generator/resolve/resolver.ts'
import { writeSpecFile } from '../helpers.ts'

const SPEC = `openapi: 3.1.0
info:
  title: t
  version: 1.0.0
paths:
  /v3/pay/transactions/{out_trade_no}/close:
    post:
      summary: 关闭订单API
      externalDocs:
        url: https://example.com/close
      parameters:
        - name: out_trade_no
          in: path
          required: true
          description: 商户订单号
          schema:
            type: string
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [mchid]
              properties:
                mchid:
                  type: string
                  description: 商户号
                state:
                  type: string
                  enum: [OPEN, CLOSED]
      responses:
        '204':
          description: No Content
  /v3/bills/{bill_date}:
    get:
      summary: 下载账单API
      parameters:
        - name: bill_date
          in: path
          required: true
          schema:
            type: string
        - name: tar_type
          in: query
          schema:
            type: string
      responses:
        '200':
          description: the file
          content:
            application/octet-stream: {}
  /v3/refunds:
    put:
      summary: 退款API
      deprecated: true
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                out_refund_no:
                  type: string
                time_expire:
                  type: string
                  format: date-time
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                type: object
                properties:
                  refund_id:
                    type: string
                  status:
                    type: string
                  success_time:
                    type: [string, 'null']
                    format: date-time
                  history:
                    type: array
                    items:
                      type: object
                      required: [at]
                      properties:
                        at:
                          type: string
                          format: date-time
  /v3/ping:
    post:
      responses:
        '204':
          description: No Content
`

function buildSpec(): ApiModel {
  return buildModel(new Resolver(writeSpecFile('emitters', SPEC)))
}

const model = buildSpec()
const operation = (urlPath: string): Operation => model.operations.find((candidate) => candidate.path === urlPath)!
const node = (key: string): ChainNode => {
  const find = (at: ChainNode): ChainNode | undefined => (at.key === key ? at : at.children.map(find).find(Boolean))
  return find(model.tree)!
}

describe('the names the model gives an operation', () => {
  const cases: [urlPath: string, want: object][] = [
    [
      '/v3/pay/transactions/{out_trade_no}/close',
      {
        chainKey: 'v3.pay.transactions._out_trade_no_.close',
        methodNamespace: 'PostHttpMethod',
        namespace: 'WeChatPay.OpenAPI.V3.Pay.Transactions._out_trade_no_.Close.PostHttpMethod',
        endpoint: { declaredIn: 'WeChatPay.OpenAPI.V3.Pay.Transactions._out_trade_no_', interfaceName: 'Close', typeReference: '_out_trade_no_.Close' },
        parents: [
          {
            declaredIn: 'WeChatPay.OpenAPI.V3.Pay.Transactions',
            interfaceName: '_out_trade_no_',
            child: { property: 'close', typeReference: '_out_trade_no_.Close' },
          },
          {
            declaredIn: 'WeChatPay.OpenAPI.V3.Pay',
            interfaceName: 'Transactions',
            child: { property: '_out_trade_no_', typeReference: 'Transactions._out_trade_no_' },
          },
          { declaredIn: 'WeChatPay.OpenAPI.V3', interfaceName: 'Pay', child: { property: 'transactions', typeReference: 'Pay.Transactions' } },
          { declaredIn: 'WeChatPay.OpenAPI', interfaceName: 'V3', child: { property: 'pay', typeReference: 'V3.Pay' } },
        ],
        root: { property: 'v3', typeReference: 'WeChatPay.OpenAPI.V3', description: 'APIv3 endpoint' },
      },
    ],
    [
      '/v3/ping',
      {
        chainKey: 'v3.ping',
        namespace: 'WeChatPay.OpenAPI.V3.Ping.PostHttpMethod',
        parents: [{ declaredIn: 'WeChatPay.OpenAPI', interfaceName: 'V3', child: { property: 'ping', typeReference: 'V3.Ping' } }],
      },
    ],
  ]
  it.each(cases)('%s', (urlPath, want) => expect(operation(urlPath).names).toMatchObject(want))

  it('the tree: children in property order, endpoints in chain-key order', () => {
    expect(model.tree.children.map((child) => child.key)).toEqual(['v3'])
    expect(node('v3').children.map((child) => child.property)).toEqual(['bills', 'pay', 'ping', 'refunds'])
    expect(model.endpoints.map((endpoint) => endpoint.key)).toEqual([
      'v3.bills._bill_date_',
      'v3.pay.transactions._out_trade_no_.close',
      'v3.ping',
      'v3.refunds',
    ])
  })
})

describe("an operation's TypeScript shape", () => {
  const cases: [urlPath: string, parameters: string[], returnType: string, declarations: string[]][] = [
    [
      '/v3/pay/transactions/{out_trade_no}/close',
      ['data: Close.PostHttpMethod.JsonDataRequest', 'config: Close.PostHttpMethod.RequestConfig'],
      'AxiosPromise<Close.PostHttpMethod.WellformedResponse>',
      ['interface JsonDataRequest', 'interface RequestConfig extends AxiosRequestConfig', 'interface WellformedResponse'],
    ],
    [
      '/v3/bills/{bill_date}',
      ['config: _bill_date_.GetHttpMethod.RequestConfig'],
      'AxiosPromise<_bill_date_.GetHttpMethod.WellformedResponse>',
      ['interface RequestConfig extends AxiosRequestConfig', 'interface WellformedResponse extends ReadStream'],
    ],
    [
      '/v3/refunds',
      ['data: Refunds.PutHttpMethod.JsonDataRequest', 'config?: Refunds.PutHttpMethod.RequestConfig'],
      'AxiosPromise<Refunds.PutHttpMethod.WellformedResponse>',
      ['interface JsonDataRequest', 'interface RequestConfig extends AxiosRequestConfig', 'interface WellformedResponse'],
    ],
    [
      '/v3/ping',
      ['data?: Ping.PostHttpMethod.JsonDataRequest', 'config?: Ping.PostHttpMethod.RequestConfig'],
      'AxiosPromise<Ping.PostHttpMethod.WellformedResponse>',
      ['interface JsonDataRequest', 'interface RequestConfig extends AxiosRequestConfig', 'interface WellformedResponse'],
    ],
  ]
  it.each(cases)('%s', (urlPath, parameters, returnType, declarations) => {
    const { types } = operation(urlPath)
    expect(types.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`)).toEqual(parameters)
    expect(types.returnType).toBe(returnType)
    expect(
      types.declarations.map(
        (d) => `${d.kind === 'alias' ? 'type' : 'interface'} ${d.name}${d.kind === 'interface' && d.extends ? ` extends ${d.extends}` : ''}`,
      ),
    ).toEqual(declarations)
  })
})

describe("a page's virtual file", () => {
  const cases: [urlPath: string, want: string][] = [
    [
      '/v3/pay/transactions/{out_trade_no}/close',
      `// @filename: virtual.ts
/// <reference types="node" />
import { AxiosRequestConfig, AxiosPromise } from 'axios'
namespace WeChatPay.OpenAPI.V3.Pay.Transactions._out_trade_no_.Close.PostHttpMethod {
  export interface JsonDataRequest {
    mchid: string
    state?: 'OPEN' | 'CLOSED'
  }
  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest
    out_trade_no: string
  }
  export interface WellformedResponse {
  }
}
namespace WeChatPay.OpenAPI.V3.Pay.Transactions._out_trade_no_ {
  export interface Close {
    /**
     * shortland
     * @link https://example.com/close
     */
    (data: Close.PostHttpMethod.JsonDataRequest, config: Close.PostHttpMethod.RequestConfig): AxiosPromise<Close.PostHttpMethod.WellformedResponse>
    /**
     * 关闭订单API
     * @link https://example.com/close
     */
    post(data: Close.PostHttpMethod.JsonDataRequest, config: Close.PostHttpMethod.RequestConfig): AxiosPromise<Close.PostHttpMethod.WellformedResponse>
  }
}
namespace WeChatPay.OpenAPI.V3.Pay.Transactions {
  export interface _out_trade_no_ {
    close: _out_trade_no_.Close
  }
}
namespace WeChatPay.OpenAPI.V3.Pay {
  export interface Transactions {
    _out_trade_no_: Transactions._out_trade_no_
  }
}
namespace WeChatPay.OpenAPI.V3 {
  export interface Pay {
    transactions: Pay.Transactions
  }
}
namespace WeChatPay.OpenAPI {
  export interface V3 {
    pay: V3.Pay
  }
}
export interface Wechatpay {
  /**
   * APIv3 endpoint
   */
  v3: WeChatPay.OpenAPI.V3
}
export var wxpay: Wechatpay`,
    ],
    [
      '/v3/bills/{bill_date}',
      `// @filename: virtual.ts
/// <reference types="node" />
import { ReadStream } from 'fs'
import { AxiosRequestConfig, AxiosPromise } from 'axios'
namespace WeChatPay.OpenAPI.V3.Bills._bill_date_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    bill_date: string
    params?: {
      tar_type?: string
    }
  }
  export interface WellformedResponse extends ReadStream {
  }
}
namespace WeChatPay.OpenAPI.V3.Bills {
  export interface _bill_date_ {
    /**
     * 下载账单API
     */
    get(config: _bill_date_.GetHttpMethod.RequestConfig): AxiosPromise<_bill_date_.GetHttpMethod.WellformedResponse>
  }
}
namespace WeChatPay.OpenAPI.V3 {
  export interface Bills {
    _bill_date_: Bills._bill_date_
  }
}
namespace WeChatPay.OpenAPI {
  export interface V3 {
    bills: V3.Bills
  }
}
export interface Wechatpay {
  /**
   * APIv3 endpoint
   */
  v3: WeChatPay.OpenAPI.V3
}
export var wxpay: Wechatpay`,
    ],
    [
      // The page keeps the public site's `string | Date` in the answer too (the golden pages show it).
      '/v3/refunds',
      `// @filename: virtual.ts
/// <reference types="node" />
import { AxiosRequestConfig, AxiosPromise } from 'axios'
namespace WeChatPay.OpenAPI.V3.Refunds.PutHttpMethod {
  export interface JsonDataRequest {
    out_refund_no?: string
    time_expire?: string | Date
  }
  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest
  }
  export interface WellformedResponse {
    refund_id?: string
    status?: string
    success_time?: string | Date | null
    history?: {
      at: string | Date
    }[]
  }
}
namespace WeChatPay.OpenAPI.V3 {
  export interface Refunds {
    /**
     * 退款API
     * @deprecated
     */
    put(data: Refunds.PutHttpMethod.JsonDataRequest, config?: Refunds.PutHttpMethod.RequestConfig): AxiosPromise<Refunds.PutHttpMethod.WellformedResponse>
  }
}
namespace WeChatPay.OpenAPI {
  export interface V3 {
    refunds: V3.Refunds
  }
}
export interface Wechatpay {
  /**
   * APIv3 endpoint
   */
  v3: WeChatPay.OpenAPI.V3
}
export var wxpay: Wechatpay`,
    ],
  ]
  it.each(cases)('%s', (urlPath, want) => expect(virtualFile(operation(urlPath)).join('\n')).toBe(want))
})

describe("a page's business file", () => {
  const head = "// @filename: business.js\nimport { wxpay } from './virtual'\n// ---cut---\n"
  const cases: [urlPath: string, want: string][] = [
    [
      '/v3/pay/transactions/{out_trade_no}/close',
      `${head}wxpay.v3.pay.transactions._out_trade_no_.close.post({
//                                             ^^^^
  mchid,
  state,
}, { out_trade_no })
.then(({ status, }) => status === 204) // [!code hl]`,
    ],
    [
      '/v3/bills/{bill_date}',
      `${head}wxpay.v3.bills._bill_date_.get({
//                         ^^^
  bill_date,
  params,
})
.then(({ data, }) => data) // [!code hl]`,
    ],
    [
      '/v3/refunds',
      `${head}wxpay.v3.refunds.put({
//               ^^^
  out_refund_no,
  time_expire,
})
.then(
  ({ // [!code hl:13]
    data: {
      refund_id,
      status,
      success_time,
      history,
    },
  }) => ({
    refund_id,
    status,
    success_time,
    history,
  })
)`,
    ],
    ['/v3/ping', `${head}wxpay.v3.ping.post({\n//            ^^^^\n})\n.then(({ status, }) => status === 204) // [!code hl]`],
  ]
  it.each(cases)('%s', (urlPath, want) => expect(businessFile(operation(urlPath)).join('\n')).toBe(want))
})

describe('the typings statements', () => {
  const cases: [name: string, print: () => string, want: string][] = [
    [
      'an operation namespace',
      () => operationNamespace(operation('/v3/pay/transactions/{out_trade_no}/close')),
      `export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions._out_trade_no_.Close.PostHttpMethod {
  export interface JsonDataRequest {
    /** 商户号 */
    mchid: string;
    state?: "OPEN" | "CLOSED";
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
    /** 商户订单号 */
    out_trade_no: string;
  }

  export interface WellformedResponse {}
}`,
    ],
    [
      'a date-time: string | Date in what is sent, string in the answer (JSON carries no Date)',
      () => operationNamespace(operation('/v3/refunds')),
      `export declare namespace WeChatPay.OpenAPI.V3.Refunds.PutHttpMethod {
  export interface JsonDataRequest {
    out_refund_no?: string;
    time_expire?: string | Date;
  }

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {
    refund_id?: string;
    status?: string;
    success_time?: string | null;
    history?: {
      at: string;
    }[];
  }
}`,
    ],
    [
      'a bodiless POST: an empty JsonDataRequest, still data? in the config (as the public site declares it), an empty answer',
      () => operationNamespace(operation('/v3/ping')),
      `export declare namespace WeChatPay.OpenAPI.V3.Ping.PostHttpMethod {
  export interface JsonDataRequest {}

  export interface RequestConfig extends AxiosRequestConfig {
    data?: JsonDataRequest;
  }

  export interface WellformedResponse {}
}`,
    ],
    [
      'a download',
      () => operationNamespace(operation('/v3/bills/{bill_date}')),
      `export declare namespace WeChatPay.OpenAPI.V3.Bills._bill_date_.GetHttpMethod {
  export interface RequestConfig extends AxiosRequestConfig {
    bill_date: string;
    params?: {
      tar_type?: string;
    };
  }

  export interface WellformedResponse extends ReadStream {}
}`,
    ],
    [
      'an endpoint interface with a call signature, its signatures broken as prettier breaks them',
      () => childInterfaces(node('v3.pay.transactions._out_trade_no_')),
      `export declare namespace WeChatPay.OpenAPI.V3.Pay.Transactions._out_trade_no_ {
  export interface Close {
    /**
     * shortland
     * @link https://example.com/close
     */
    (
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
    /**
     * 关闭订单API
     * @link https://example.com/close
     */
    post(
      data: Close.PostHttpMethod.JsonDataRequest,
      config: Close.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Close.PostHttpMethod.WellformedResponse>;
  }
}`,
    ],
    [
      'parents of several children, one-line JSDoc, a bodiless POST, a deprecated PUT (no call signature)',
      () => childInterfaces(node('v3')),
      `export declare namespace WeChatPay.OpenAPI.V3 {
  export interface Bills {
    _bill_date_: Bills._bill_date_;
  }

  export interface Pay {
    transactions: Pay.Transactions;
  }

  export interface Ping {
    /** shortland */
    (
      data?: Ping.PostHttpMethod.JsonDataRequest,
      config?: Ping.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Ping.PostHttpMethod.WellformedResponse>;
    /** POST /v3/pingAPI */
    post(
      data?: Ping.PostHttpMethod.JsonDataRequest,
      config?: Ping.PostHttpMethod.RequestConfig,
    ): AxiosPromise<Ping.PostHttpMethod.WellformedResponse>;
  }

  export interface Refunds {
    /**
     * 退款API
     * @deprecated
     */
    put(
      data: Refunds.PutHttpMethod.JsonDataRequest,
      config?: Refunds.PutHttpMethod.RequestConfig,
    ): AxiosPromise<Refunds.PutHttpMethod.WellformedResponse>;
  }
}`,
    ],
    [
      'the client interface',
      () => wechatpayInterface(model.tree),
      `/** The client: every property chain below it is an endpoint of the API. */
export interface Wechatpay {
  /** APIv3 endpoint */
  v3: WeChatPay.OpenAPI.V3;
}`,
    ],
  ]
  it.each(cases)('%s', (_, print, want) => expect(print()).toBe(want))

  it('prettier leaves each of them unchanged', async () => {
    for (const [, , want] of cases) expect(await format(`${want}\n`, { parser: 'typescript', printWidth: PRINT_WIDTH })).toBe(`${want}\n`)
  })
})
