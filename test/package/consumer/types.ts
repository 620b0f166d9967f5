// Type tests of the installed package as an ESM consumer sees it ("import" condition: client.d.mts). Compiled, never
// run, by test/package/package.test.ts with moduleResolution node16, nodenext and bundler: it must have no error, so
// each `@ts-expect-error` line must fail to compile, with the code named after it (checked in a second compile
// without the directives).
import { readFileSync } from 'node:fs'
import type { AxiosInstance, AxiosRequestConfig, AxiosResponse } from 'axios'
import {
  AxiosError,
  ResponseVerificationError,
  SignatureMismatchError,
  TimestampSkewError,
  Wechatpay,
  WechatpayError,
  type WeChatPay,
  type WechatpayConfig,
} from 'wechatpay-apiv3'
import { signRequest, verifyResponse, type SignedRequest } from 'wechatpay-apiv3/protocol'

const config: WechatpayConfig = {
  mchid: '1900000109',
  serial: '444F4864EA9B34415C0BBB0D69E50D10B3A8F49C',
  privateKey: readFileSync('apiclient_key.pem'),
  certs: { PUB_KEY_ID_0119000001092025010100000000000001: readFileSync('pub_key.pem') },
  timeout: 10_000,
}
const wxpay = new Wechatpay(config)
const base: AxiosInstance = wxpay.axios
const isClient: boolean = wxpay instanceof Wechatpay

type SubsidyReturn = WeChatPay.OpenAPI.V3.Ecommerce.Subsidies.Return.PostHttpMethod.JsonDataRequest
const subsidy: SubsidyReturn = {
  sub_mchid: '1900000109',
  out_order_no: 'P20150806125346',
  transaction_id: '4208450740201411110007820472',
  refund_id: '3008450740201411110007820472',
  amount: 10,
  description: '补差回退',
}

export async function correctCalls(): Promise<void> {
  const { data } = await wxpay.v3.ecommerce.subsidies.return.post(subsidy)
  const refund: string = data.subsidy_refund_id
  const amount: number = data.amount
  const response: AxiosResponse<WeChatPay.OpenAPI.V3.Ecommerce.Subsidies.Return.PostHttpMethod.WellformedResponse> = await wxpay.v3.ecommerce.subsidies.return(
    subsidy,
    { timeout: 1000, headers: { 'Wechatpay-Serial': 'PUB_KEY_ID_0119000001092025010100000000000001' } },
  )
  const returned = await wxpay.v3.profitsharing.returnOrders.post({
    sub_mchid: '1900000109',
    order_id: '3008450740201411110007820472',
    out_order_no: 'P20150806125346',
    out_return_no: 'R20190516001',
    return_mchid: '86693852',
    amount: 10,
    description: '用户退款',
  })
  const result: string = returned.data.result
  // The application's own axios types go in and come out (the package's ESM declarations use the ESM axios types).
  const options: AxiosRequestConfig = { timeout: 1000, maxRedirects: 0 }
  const again: AxiosResponse = await wxpay.v3.ecommerce.subsidies.return.post(subsidy, options)
  void [refund, amount, response, result, base, isClient, again]
}

export function signing(): SignedRequest {
  const signed = signRequest({ method: 'GET', pathWithQuery: '/v3/certificates', mchid: '1900000109', serial: 'S', privateKey: 'pem' })
  const verified: { serial: string; timestamp: number; nonce: string } = verifyResponse({ headers: {}, body: '', certs: {} })
  void verified
  return signed
}

export async function errorHandling(): Promise<string> {
  try {
    await wxpay.v3.ecommerce.subsidies.return.post(subsidy)
    return 'ok'
  } catch (error) {
    if (error instanceof AxiosError) return `${error.response?.status ?? error.code}`
    if (error instanceof SignatureMismatchError) return error.serial
    if (error instanceof TimestampSkewError) return `${error.timestamp} ${error.now} ${error.maxSkewSeconds}`
    if (error instanceof ResponseVerificationError) return String(error.response?.status)
    if (error instanceof WechatpayError) return error.name
    throw error
  }
}

// Notifications: the union on event_type narrows the decrypted resource.
export function onNotification(headers: Record<string, string>, body: Buffer): string {
  const notification: WeChatPay.OpenAPI.Notification = wxpay.notifications.parse({ headers, body })
  if (notification.event_type === 'TRANSACTION.SUCCESS') {
    const paid: number = notification.resource.amount.total
    return `${notification.resource.out_trade_no} ${paid} ${notification.original_type}`
  }
  if (notification.event_type === 'REFUND.SUCCESS') return notification.resource.out_refund_no
  // @ts-expect-error TS2339 a field of another event's resource, before narrowing
  void notification.resource.out_trade_no
  return notification.id
}

export function wrongNotifications(headers: Record<string, string>, body: Buffer): void {
  const notification = wxpay.notifications.parse({ headers, body })
  if (notification.event_type === 'TRANSACTION.SUCCESS') {
    // @ts-expect-error TS2551 a misspelt resource field
    void notification.resource.out_trade_number
  }
  // @ts-expect-error TS2367 an event type the spec does not have
  if (notification.event_type === 'TRANSACTION.UNKNOWN') return
}

export async function wrongCalls(): Promise<void> {
  await wxpay.v3.ecommerce.subsidies.return.post({
    // @ts-expect-error TS2561 a wrong field name
    sub_mchidd: '1900000109',
    out_order_no: 'P20150806125346',
    transaction_id: '4208450740201411110007820472',
    refund_id: '3008450740201411110007820472',
    amount: 10,
    description: '补差回退',
  })
  await wxpay.v3.ecommerce.subsidies.return.post({
    sub_mchid: '1900000109',
    out_order_no: 'P20150806125346',
    transaction_id: '4208450740201411110007820472',
    refund_id: '3008450740201411110007820472',
    // @ts-expect-error TS2322 a wrong field type
    amount: '10',
    description: '补差回退',
  })
  // description is missing:
  // @ts-expect-error TS2345 a missing required field
  await wxpay.v3.ecommerce.subsidies.return.post({
    sub_mchid: '1900000109',
    out_order_no: 'P20150806125346',
    transaction_id: '4208450740201411110007820472',
    refund_id: '3008450740201411110007820472',
    amount: 10,
  })
  // @ts-expect-error TS2551 a misspelled chain segment
  await wxpay.v3.ecommerce.subsidie.return.post(subsidy)
  // @ts-expect-error TS2339 a method the endpoint does not have
  await wxpay.v3.ecommerce.subsidies.return.get()
  const { data } = await wxpay.v3.ecommerce.subsidies.return.post(subsidy)
  // @ts-expect-error TS2339 a response field that does not exist
  void data.subsidy_id
  // @ts-expect-error TS2345 a client without its private key
  void new Wechatpay({ mchid: '1900000109', serial: 'S', certs: {} })
}

// A date-time: a request's takes a string or a Date; an answer's is the string JSON carries, never a Date.
export async function dateTimes(): Promise<string> {
  const { data } = await wxpay.v3.ecommerce.subsidies.return.post(subsidy)
  const received: string = data.success_time
  // @ts-expect-error TS2322 an answer's date-time typed as a Date
  const asDate: Date = data.success_time
  const order = { appid: 'wxd678efh567hg6787', mchid: '1230000109', description: 'Image形象店-深圳腾大-QQ公仔', out_trade_no: '1217752501201407033233368018' }
  const rest = { notify_url: 'https://www.weixin.qq.com/wxpay/pay.php', amount: { total: 100 } }
  await wxpay.v3.pay.transactions.native.post({ ...order, ...rest, time_expire: new Date() })
  await wxpay.v3.pay.transactions.native.post({ ...order, ...rest, time_expire: '2018-06-08T10:34:56+08:00' })
  void asDate
  return received
}

// An answer without a body (204) still has its namespace's WellformedResponse, empty.
export async function closeOrder(): Promise<number> {
  type Closed = WeChatPay.OpenAPI.V3.Pay.Transactions.OutTradeNo._out_trade_no_.Close.PostHttpMethod.WellformedResponse
  const closed: AxiosResponse<Closed> = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.close.post(
    { mchid: '1230000109' },
    { out_trade_no: '1217752501201407033233368018' },
  )
  // @ts-expect-error TS2339 a field of an answer without a body
  void closed.data.status
  return closed.status
}
