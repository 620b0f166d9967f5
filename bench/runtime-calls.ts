// What bench/runtime.ts's contenders call, and how: the endpoint and body, the canned answer and the axios adapter
// that hands it over at once, and each client built on the run's TEST-ONLY keys. Imported by the bench (its loopback
// and protocol parts) and by each contender's own process (bench/runtime-contender.ts). The plugin is required only
// when one is built: a contender process that replaces node:crypto's RSA must do so before the plugin copies its
// functions.
import { sign, type KeyObject } from 'node:crypto'
import { createRequire } from 'node:module'
import axios, { AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios'
import { buildResponseMessage, createNonce, createTimestamp, createWechatpay, type UntypedApi } from '../generator/runtime/index.ts'
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, endpoints, subsidyReturn } from '../test/runtime/fixtures.ts'

export const PATH = '/v3/ecommerce/subsidies/return'
export const BODY = subsidyReturn
export const ANSWER = Buffer.from(
  JSON.stringify({ ...BODY, subsidy_refund_id: '3008450740201411110007820472', result: 'SUCCESS', success_time: '2024-01-02T03:04:05+08:00' }),
)
export const IN_PROCESS_BASE_URL = 'https://api.mch.weixin.qq.com/'

/** The keys a client needs: the merchant's private key, and the platform's public key its answers verify with. */
export interface ClientKeys {
  readonly merchantPrivateKey: KeyObject
  readonly platformPublicKey: KeyObject
}

/** An answer the platform key signed: fixed body, fresh timestamp and nonce. */
export function signedAnswerHeaders(platformPrivateKey: KeyObject): Record<string, string> {
  const timestamp = createTimestamp()
  const nonce = createNonce()
  const signature = sign('sha256', buildResponseMessage(timestamp, nonce, ANSWER), platformPrivateKey).toString('base64')
  return {
    'content-type': 'application/json; charset=utf-8',
    'wechatpay-timestamp': timestamp,
    'wechatpay-nonce': nonce,
    'wechatpay-signature': signature,
    'wechatpay-serial': PLATFORM_SERIAL,
    'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
  }
}

/** Answers every request at once with the canned answer, as axios' http adapter would hand it over. */
export function cannedAdapter(headers: () => Record<string, string>): AxiosAdapter {
  return (config) =>
    Promise.resolve({
      data: config.responseType === 'arraybuffer' ? ANSWER : ANSWER.toString('utf8'),
      status: 200,
      statusText: 'OK',
      headers: new AxiosHeaders(headers()),
      config,
      request: {},
    })
}

export type Call = () => Promise<AxiosResponse>

/** Our client's call: chain lookup, prepare, sign, send, verify, parse. */
export function oursCall(keys: ClientKeys, options: Record<string, unknown>): Call {
  const client = createWechatpay<UntypedApi>(
    { mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: keys.merchantPrivateKey, certs: { [PLATFORM_SERIAL]: keys.platformPublicKey }, ...options },
    { endpoints },
  )
  return () => client.v3.ecommerce.subsidies.return.post(BODY)
}

interface PluginClient {
  v3: { ecommerce: { subsidies: { return: { post(data: unknown): Promise<AxiosResponse> } } } }
}
type PluginConstructor = new (config: Record<string, unknown>) => PluginClient

/** wechatpay-axios-plugin's call of the same endpoint, through its chain, signer and verifier. */
export function pluginCall(keys: ClientKeys, options: Record<string, unknown>): Call {
  const { Wechatpay } = createRequire(import.meta.url)('wechatpay-axios-plugin') as { Wechatpay: PluginConstructor }
  const client = new Wechatpay({
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: keys.merchantPrivateKey,
    certs: { [PLATFORM_SERIAL]: keys.platformPublicKey },
    ...options,
  })
  return () => client.v3.ecommerce.subsidies.return.post(BODY)
}

/** A POST of the same JSON through axios alone: nothing signed or verified. */
export function bareCall(options: Record<string, unknown>): Call {
  const client = axios.create(options)
  return () => client.post(PATH, BODY, { headers: { Accept: 'application/json' } })
}
