// Pay-sign: the signed parameters a server hands its front end after placing an order, so that the
// WeChat client can open the cashier. Pure functions; clock and nonce are arguments.
//
//   JSAPI, mini program, H5 in WeChat (wx.requestPayment / WeixinJSBridge):
//     message = appId \n timeStamp \n nonceStr \n prepay_id=… \n
//   APP (the SDK's PayReq):
//     message = appId \n timestamp \n nonceStr \n prepayId \n
//   signature = base64(RSASSA-PKCS1-v1_5(SHA-256, merchant private key, message)), as for requests.

import type { KeyLike } from 'node:crypto';
import { createNonce, createTimestamp, signMessage } from './signer.ts';

export interface RequestPaymentInput {
  /** The AppID the order was placed for (公众号/小程序 AppID). */
  appId: string;
  /** `prepay_id` from the order answer, without the `prepay_id=` prefix. */
  prepayId: string;
  /** Merchant API private key. */
  privateKey: KeyLike;
  /** Unix seconds; defaults to now. */
  timestamp?: string | number;
  /** Defaults to createNonce(). */
  nonce?: string;
}

/** What `wx.requestPayment()` / `WeixinJSBridge.invoke('getBrandWCPayRequest', …)` take. */
export interface RequestPaymentParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

export interface AppPaymentInput {
  /** The mobile app's AppID. */
  appId: string;
  /** `prepay_id` from the APP order answer. */
  prepayId: string;
  /** Merchant id, sent as `partnerid`. */
  mchid: string;
  privateKey: KeyLike;
  timestamp?: string | number;
  nonce?: string;
}

/** What the APP SDK's payment request (PayReq) takes. */
export interface AppPaymentParams {
  appid: string;
  partnerid: string;
  prepayid: string;
  package: 'Sign=WXPay';
  noncestr: string;
  timestamp: string;
  sign: string;
}

/** A line of the message: a newline inside it would shift every later line. */
function line(value: unknown, field: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') throw new TypeError(`${field} is required (a string)`);
  const text = String(value);
  if (text === '' || /[\r\n]/.test(text)) throw new TypeError(`${field} must be a non-empty single-line string`);
  return text;
}

function barePrepayId(prepayId: unknown): string {
  const id = line(prepayId, 'prepayId');
  if (id.startsWith('prepay_id=')) throw new TypeError('prepayId is the bare prepay_id (wx…), without "prepay_id="');
  return id;
}

/** The string paySign covers (JSAPI, mini program, H5 in WeChat). */
export function buildRequestPaymentMessage(
  appId: string,
  timeStamp: string | number,
  nonceStr: string,
  packageValue: string,
): string {
  return `${line(appId, 'appId')}\n${line(timeStamp, 'timeStamp')}\n${line(nonceStr, 'nonceStr')}\n${line(packageValue, 'package')}\n`;
}

/** The string the APP sign covers. */
export function buildAppPaymentMessage(
  appId: string,
  timestamp: string | number,
  nonceStr: string,
  prepayId: string,
): string {
  return `${line(appId, 'appId')}\n${line(timestamp, 'timestamp')}\n${line(nonceStr, 'nonceStr')}\n${barePrepayId(prepayId)}\n`;
}

/** Parameters for `wx.requestPayment()` (JSAPI, mini program, H5 in WeChat), signed with the merchant key. */
export function signRequestPayment(input: RequestPaymentInput): RequestPaymentParams {
  const timeStamp = String(input.timestamp ?? createTimestamp());
  const nonceStr = input.nonce ?? createNonce();
  const packageValue = `prepay_id=${barePrepayId(input.prepayId)}`;
  const paySign = signMessage(
    buildRequestPaymentMessage(input.appId, timeStamp, nonceStr, packageValue),
    input.privateKey,
  );
  return { appId: input.appId, timeStamp, nonceStr, package: packageValue, signType: 'RSA', paySign };
}

/** Parameters for the APP SDK's payment request, signed with the merchant key. */
export function signAppPayment(input: AppPaymentInput): AppPaymentParams {
  const timestamp = String(input.timestamp ?? createTimestamp());
  const noncestr = input.nonce ?? createNonce();
  const partnerid = line(input.mchid, 'mchid');
  const sign = signMessage(buildAppPaymentMessage(input.appId, timestamp, noncestr, input.prepayId), input.privateKey);
  return { appid: input.appId, partnerid, prepayid: input.prepayId, package: 'Sign=WXPay', noncestr, timestamp, sign };
}
