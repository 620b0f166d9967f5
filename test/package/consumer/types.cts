// Type tests of the installed package as a CommonJS consumer sees it ("require" condition: client.d.ts).
// Compiled (never run) with moduleResolution node16 and nodenext; see types.ts.
import { readFileSync } from 'node:fs'
import type { AxiosInstance } from 'axios'
import { AxiosError, SignatureMismatchError, Wechatpay, type WeChatPay } from 'wechatpay-apiv3'
import protocol = require('wechatpay-apiv3/protocol')

const wxpay = new Wechatpay({
  mchid: '1900000109',
  serial: '444F4864EA9B34415C0BBB0D69E50D10B3A8F49C',
  privateKey: readFileSync('apiclient_key.pem'),
  certs: { PUB_KEY_ID_0119000001092025010100000000000001: readFileSync('pub_key.pem') },
})

const order: WeChatPay.OpenAPI.V3.Profitsharing.ReturnOrders.PostHttpMethod.JsonDataRequest = {
  sub_mchid: '1900000109',
  order_id: '3008450740201411110007820472',
  out_order_no: 'P20150806125346',
  out_return_no: 'R20190516001',
  return_mchid: '86693852',
  amount: 10,
  description: '用户退款',
}

export const base: AxiosInstance = wxpay.axios

export async function calls(): Promise<string> {
  try {
    const { data } = await wxpay.v3.profitsharing.returnOrders.post(order)
    const returnId: string = data.return_id
    return returnId
  } catch (error) {
    if (error instanceof AxiosError) return String(error.response?.status)
    if (error instanceof SignatureMismatchError) return error.serial
    if (error instanceof protocol.ResponseVerificationError) return error.name
    throw error
  }
}

export function onNotification(headers: Record<string, string>, body: Buffer): string {
  const notification = wxpay.notifications.parse({ headers, body })
  if (notification.event_type === 'TRANSACTION.SUCCESS') return notification.resource.out_trade_no
  return notification.event_type
}

export async function wrongCalls(): Promise<void> {
  const notification = wxpay.notifications.parse({ headers: {}, body: '' })
  // @ts-expect-error TS2551 a misspelt resource field
  if (notification.event_type === 'TRANSACTION.SUCCESS') void notification.resource.out_trade_number
  // @ts-expect-error TS2561 a wrong field name
  await wxpay.v3.profitsharing.returnOrders.post({ ...order, out_return_number: 'R1' })
  // @ts-expect-error TS2322 a wrong field type
  await wxpay.v3.profitsharing.returnOrders.post({ ...order, amount: '10' })
  const { description: _description, ...withoutDescription } = order
  // @ts-expect-error TS2345 a missing required field
  await wxpay.v3.profitsharing.returnOrders.post(withoutDescription)
  // @ts-expect-error TS2551 a misspelled chain segment
  await wxpay.v3.profitsharing.returnOrder.post(order)
}

// A date-time: a request's takes a string or a Date; an answer's is the string JSON carries, never a Date.
export async function dateTimes(): Promise<string> {
  const { data } = await wxpay.v3.certificates.get()
  const first = data.data[0]!
  // @ts-expect-error TS2322 an answer's date-time typed as a Date
  const asDate: Date = first.expire_time
  void asDate
  await wxpay.v3.pay.transactions.native.post({
    appid: 'wxd678efh567hg6787',
    mchid: '1230000109',
    description: 'Image形象店-深圳腾大-QQ公仔',
    out_trade_no: '1217752501201407033233368018',
    time_expire: new Date(),
    notify_url: 'https://www.weixin.qq.com/wxpay/pay.php',
    amount: { total: 100 },
  })
  return first.effective_time
}
