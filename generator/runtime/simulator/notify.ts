// WeChat Pay → the merchant: a POST to notify_url, signed like an answer, its `resource` encrypted with the
// merchant's APIv3 key (AEAD_AES_256_GCM, AAD = original type, a 12-character nonce).

import { randomBytes, randomUUID } from 'node:crypto';
import { chinaTime, encryptAead, randomHex } from './crypto.ts';
import { isSigningFault, signBody, SIGNING_FAULTS, type PlatformSigner, type SigningFault } from './signing.ts';

/** What can go wrong with a notification besides its signature. */
const RESOURCE_FAULTS = [
  'wrong-apiv3-key', // resource encrypted with another key
  'tampered-ciphertext', // a ciphertext bit flipped, then signed
  'tampered-tag', // a tag bit flipped, then signed
  'tampered-associated-data', // associated_data changed after encryption, then signed
  'unsupported-algorithm', // an algorithm other than AEAD_AES_256_GCM, then signed
  'body-not-json', // a signed body that is not JSON
  'no-resource', // a signed notification without resource
] as const;
export type NotificationFault = SigningFault | (typeof RESOURCE_FAULTS)[number];
export const NOTIFICATION_FAULTS: readonly NotificationFault[] = [...SIGNING_FAULTS, ...RESOURCE_FAULTS];

export interface NotifyOptions {
  /** `transaction`, `refund`, … (default: from the event type's first word, lower-cased). */
  readonly originalType?: string;
  readonly summary?: string;
  /** The notification's id (default: a random UUID). */
  readonly id?: string;
  readonly fault?: NotificationFault;
  /** Extra request headers (e.g. a test's correlation id). */
  readonly headers?: Record<string, string>;
}

export interface BuiltNotification {
  readonly id: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export interface NotificationAnswer {
  /** The notification's id. */
  readonly id: string;
  /** The merchant's answer. */
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

function flipBit(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = bytes[at]! ^ 0x01;
  return bytes.toString('base64');
}

export function buildNotification(
  signer: PlatformSigner,
  apiV3Key: string | Buffer,
  eventType: string,
  resource: unknown,
  nowMs: number,
  options: NotifyOptions = {},
): BuiltNotification {
  const { fault } = options;
  const originalType = options.originalType ?? eventType.split('.')[0]!.toLowerCase();
  const nonce = randomHex(12);
  const key = fault === 'wrong-apiv3-key' ? randomBytes(16).toString('hex') : apiV3Key;
  let ciphertext = encryptAead(JSON.stringify(resource), key, nonce, originalType);
  if (fault === 'tampered-ciphertext') ciphertext = flipBit(ciphertext, 0);
  if (fault === 'tampered-tag') ciphertext = flipBit(ciphertext, -1);
  const id = options.id ?? randomUUID();
  const notification: Record<string, unknown> = {
    id,
    create_time: chinaTime(nowMs),
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary: options.summary ?? '通知',
    resource: {
      original_type: originalType,
      algorithm: fault === 'unsupported-algorithm' ? 'AEAD_SM4_GCM' : 'AEAD_AES_256_GCM',
      ciphertext,
      associated_data: fault === 'tampered-associated-data' ? `${originalType}x` : originalType,
      nonce,
    },
  };
  if (fault === 'no-resource') delete notification['resource'];
  const text = fault === 'body-not-json' ? `<xml><id>${id}</id></xml>` : JSON.stringify(notification);
  const signingFault = isSigningFault(fault) ? fault : undefined;
  const signed = signBody(Buffer.from(text), signer, Math.floor(nowMs / 1000), signingFault);
  return {
    id,
    headers: { 'Content-Type': 'application/json', ...signed.headers, ...options.headers },
    body: signed.body,
  };
}

/** POSTs the notification to `url` and returns the merchant's answer. */
export async function deliver(url: string, notification: BuiltNotification): Promise<NotificationAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: notification.headers,
    body: new Uint8Array(notification.body),
  });
  return {
    id: notification.id,
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}
