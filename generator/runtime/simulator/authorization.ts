// The check WeChat Pay makes of every request's Authorization header (WECHATPAY2-SHA256-RSA2048): its five
// fields, the merchant id and serial, a 32-character nonce, a timestamp within five minutes of the service's
// clock, and the signature over METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n with the merchant's public key.

import { verify, type KeyObject } from 'node:crypto';

const SCHEME = 'WECHATPAY2-SHA256-RSA2048 ';
export const MAX_SKEW_SECONDS = 300;

export interface MerchantIdentity {
  readonly mchid: string;
  /** The merchant API certificate's serial; when undefined, any serial is accepted. */
  readonly serial: string | undefined;
  readonly publicKey: KeyObject;
}

export interface SignedRequest {
  readonly method: string;
  /** Path and query exactly as received. */
  readonly url: string;
  readonly authorization: string | undefined;
  /** BODY of the message: the raw body, or an upload's `meta` part. */
  readonly body: string;
  /** The service's clock, Unix milliseconds. */
  readonly now: number;
}

function parseFields(header: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of header.slice(SCHEME.length).matchAll(/(\w+)="([^"]*)"/g)) fields[match[1]!] = match[2]!;
  return fields;
}

/** Why the request is refused (the message of a 401 SIGN_ERROR), or undefined when it verifies. */
export function authorizationProblem(request: SignedRequest, merchant: MerchantIdentity): string | undefined {
  const header = request.authorization;
  if (header === undefined || header === '') return 'Authorization 缺失';
  if (!header.startsWith(SCHEME)) return '认证类型不是 WECHATPAY2-SHA256-RSA2048';
  const { mchid, nonce_str: nonce, signature, timestamp, serial_no: serial } = parseFields(header);
  const missing = Object.entries({ mchid, nonce_str: nonce, signature, timestamp, serial_no: serial })
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) return `Authorization 缺少 ${missing.join('、')}`;
  if (mchid !== merchant.mchid) return `商户号 ${mchid} 与签名所用的不符`;
  if (merchant.serial !== undefined && serial!.toUpperCase() !== merchant.serial.toUpperCase()) {
    return `商户证书序列号 ${serial} 不存在或已过期`;
  }
  if (nonce!.length !== 32) return 'nonce_str 长度应为 32';
  if (!/^\d{10}$/.test(timestamp!)) return 'timestamp 应为 10 位 Unix 秒';
  if (Math.abs(request.now / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS)
    return '请求时间戳与服务器时间相差超过 5 分钟';
  const message = `${request.method}\n${request.url}\n${timestamp}\n${nonce}\n${request.body}\n`;
  let valid = false;
  try {
    valid = verify('sha256', Buffer.from(message), merchant.publicKey, Buffer.from(signature!, 'base64'));
  } catch {
    valid = false;
  }
  return valid ? undefined : '签名错误，请检查签名串与商户私钥';
}
