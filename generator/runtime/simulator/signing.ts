// The headers WeChat Pay signs its answers and notifications with: Wechatpay-Timestamp, -Nonce, -Signature over
// TIMESTAMP\nNONCE\nBODY\n with the platform key, -Serial naming that key, and the faults that break them.

import type { KeyObject } from 'node:crypto';
import { randomHex, signMessage } from './crypto.ts';

/** A serial no client knows: what the `unknown-serial` fault puts in Wechatpay-Serial. */
export const UNKNOWN_SERIAL = 'PUB_KEY_ID_0000000000000000000000000000000000';

/** What can go wrong with a signed message, an answer or a notification alike. */
export const SIGNING_FAULTS = [
  'tampered-signature', // signed over something else
  'tampered-body', // the body changed after signing
  'stale-timestamp', // correctly signed, Wechatpay-Timestamp an hour old
  'unknown-serial', // correctly signed, Wechatpay-Serial names a key the client does not know
  'missing-signature', // no Wechatpay-Signature header
  'missing-headers', // none of the Wechatpay-* signature headers
] as const;
export type SigningFault = (typeof SIGNING_FAULTS)[number];

export function isSigningFault(fault: string | undefined): fault is SigningFault {
  return fault !== undefined && (SIGNING_FAULTS as readonly string[]).includes(fault);
}

export interface PlatformSigner {
  readonly serial: string;
  readonly privateKey: KeyObject;
}

export interface SignedBody {
  readonly headers: Record<string, string>;
  /** The bytes to send: `body`, unless the fault tampered with it. */
  readonly body: Buffer;
}

/** Signs `body` as of `nowSeconds`, with the fault (if any) applied. */
export function signBody(body: Buffer, signer: PlatformSigner, nowSeconds: number, fault?: SigningFault): SignedBody {
  const timestamp = String(fault === 'stale-timestamp' ? nowSeconds - 3600 : nowSeconds);
  const nonce = randomHex(32);
  const signed = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), body, Buffer.from('\n')]);
  const message = fault === 'tampered-signature' ? Buffer.concat([signed, Buffer.from('tampered')]) : signed;
  if (fault === 'missing-headers') return { headers: {}, body };
  const headers: Record<string, string> = {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Serial': fault === 'unknown-serial' ? UNKNOWN_SERIAL : signer.serial,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
  if (fault !== 'missing-signature') headers['Wechatpay-Signature'] = signMessage(message, signer.privateKey);
  const sent = fault === 'tampered-body' ? tamper(body) : body;
  return { headers, body: sent };
}

/** The same length of body with one character changed (or one added to an empty body). */
function tamper(body: Buffer): Buffer {
  if (body.length === 0) return Buffer.from(' ');
  const copy = Buffer.from(body);
  const at = copy.lastIndexOf('"'.charCodeAt(0)) - 1;
  const index = at >= 0 ? at : copy.length - 1;
  copy[index] = copy[index] === 0x30 ? 0x31 : 0x30;
  return copy;
}
