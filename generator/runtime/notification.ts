// Inbound notifications (回调通知): WeChat Pay POSTs them to the merchant's
// notify_url, signed like an API answer and with an encrypted `resource`.
// Order matters: the signature is checked on the raw body first, and only a
// verified body is parsed and decrypted.

import { decryptResource, type ApiV3KeyInput, type EncryptedResource } from './aead.ts';
import { MalformedNotificationError, UnknownNotificationEventError } from './notification-errors.ts';
import { verifyResponse, type PublicKeyMap, type ResponseHeaders } from './verifier.ts';
import type { PublicKeyStore } from './key-store.ts';

/**
 * A verified notification with its resource decrypted. The generated typings narrow it into a
 * union on `event_type`, each member with the resource's schema.
 */
export interface Notification<EventType extends string = string, Resource = Record<string, unknown>> {
  /** Notification id (the same notification may be delivered several times with the same id). */
  id: string;
  /** RFC 3339, e.g. 2015-05-20T13:29:35+08:00. */
  create_time: string;
  event_type: EventType;
  /** `encrypt-resource`. */
  resource_type: string;
  summary: string;
  /** The `resource.original_type` of the notification as sent (`transaction`, `refund`, …). */
  original_type: string;
  /** The decrypted resource. */
  resource: Resource;
}

/** Node's IncomingHttpHeaders, fetch's Headers, AxiosHeaders or a plain object (any letter case). */
export type NotificationHeaders = ResponseHeaders;

export interface ParseNotificationInput {
  headers: NotificationHeaders;
  /** The raw body exactly as received (Buffer or string), never a parsed object. */
  body: string | Uint8Array;
  /** Serial or public key id → WeChat Pay public key / platform certificate, as in the client. */
  certs: PublicKeyMap | PublicKeyStore;
  apiV3Key: ApiV3KeyInput;
  /** Local clock, Unix seconds (default: now). */
  now?: number;
  maxSkewSeconds?: number;
  /**
   * The event types the caller handles. A verified notification of another type rejects with
   * UnknownNotificationEventError, which carries it; without this list every type is returned.
   */
  eventTypes?: readonly string[] | ReadonlySet<string>;
}

const ENVELOPE_FIELDS = ['id', 'create_time', 'event_type', 'resource_type', 'summary'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(body: unknown): string {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  throw new MalformedNotificationError(
    'body-not-raw',
    `Notification body must be the raw body (Buffer or string) exactly as received, got ${body === null ? 'null' : typeof body}; ` +
      "a JSON body parser ran first? Read it raw, e.g. express.raw({ type: 'application/json' })",
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // No cause: JSON.parse's message quotes the text.
    return undefined;
  }
}

/**
 * Verifies a notification's signature (the rules and errors of verifyResponse: missing headers,
 * unknown serial, bad signature, timestamp more than 300 s off), then decrypts its resource and
 * returns the notification with `resource` replaced by the decrypted object. Throws
 * MalformedNotificationError, NotificationDecryptionError, or UnknownNotificationEventError
 * (see `eventTypes`).
 */
export function parseNotification(input: ParseNotificationInput): Notification {
  const { headers, certs, apiV3Key, now, maxSkewSeconds } = input;
  const text = readBody(input.body);
  verifyResponse({ headers, body: input.body, certs, now, maxSkewSeconds });

  const body = parseJson(text);
  if (!isObject(body)) throw new MalformedNotificationError('body-not-json', 'Notification body is not a JSON object');
  for (const field of ENVELOPE_FIELDS) {
    if (typeof body[field] !== 'string') {
      throw new MalformedNotificationError('envelope-field', `Notification field ${field} is missing or not a string`);
    }
  }
  const { resource: encrypted, ...envelope } = body;
  if (!isObject(encrypted))
    throw new MalformedNotificationError('resource-missing', 'Notification has no resource object');

  const resource = parseJson(decryptResource(encrypted as unknown as EncryptedResource, apiV3Key));
  if (!isObject(resource)) {
    throw new MalformedNotificationError(
      'resource-not-json',
      'Notification resource decrypted, but is not a JSON object',
    );
  }
  const notification = {
    ...envelope,
    original_type: typeof encrypted['original_type'] === 'string' ? encrypted['original_type'] : '',
    resource,
  } as Notification;

  if (input.eventTypes !== undefined && !new Set(input.eventTypes).has(notification.event_type)) {
    throw new UnknownNotificationEventError(notification);
  }
  return notification;
}
