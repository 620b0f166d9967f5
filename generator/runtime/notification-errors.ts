// Error classes of notification parsing. Signature problems of a notification
// are the answer-verification errors of errors.ts (ResponseVerificationError
// and its subclasses); these cover what comes after the signature.
//
// Rule for every message here: never key material and never plaintext (the
// decrypted resource holds personal data). Messages end up in logs.

import { WechatpayError } from './errors.ts';
import type { Notification } from './notification.ts';

/** Why a resource did not decrypt. */
export type DecryptionFailure =
  /** `algorithm` is not AEAD_AES_256_GCM. */
  | 'unsupported-algorithm'
  /** `ciphertext`, `nonce` or `associated_data` is missing, of the wrong type, or not base64. */
  | 'malformed-resource'
  /** The tag does not verify: wrong APIv3 key, or ciphertext, tag, nonce or associated data altered. */
  | 'authentication-failed';

/** The encrypted `resource` of a notification does not decrypt with the APIv3 key. */
export class NotificationDecryptionError extends WechatpayError {
  override name = 'NotificationDecryptionError';
  readonly reason: DecryptionFailure;
  /** The `algorithm` of the resource as received (at most 64 characters). */
  readonly algorithm: string;

  constructor(reason: DecryptionFailure, algorithm: string, message: string) {
    super(message);
    this.reason = reason;
    this.algorithm = algorithm;
  }
}

/** Why a (correctly signed) notification could not be read. */
export type MalformedNotificationReason =
  /** `body` was not the raw body (a Buffer or string) — typically already parsed by a JSON body parser. */
  | 'body-not-raw'
  /** The body is not JSON, or not a JSON object. */
  | 'body-not-json'
  /** `id`, `create_time`, `event_type`, `resource_type` or `summary` is missing or not a string. */
  | 'envelope-field'
  /** No `resource` object. */
  | 'resource-missing'
  /** The decrypted resource is not a JSON object. */
  | 'resource-not-json';

/** The notification body is not a WeChat Pay notification (not JSON, no `resource`, …). */
export class MalformedNotificationError extends WechatpayError {
  override name = 'MalformedNotificationError';
  readonly reason: MalformedNotificationReason;

  constructor(reason: MalformedNotificationReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/**
 * A verified and decrypted notification whose `event_type` is not among the event types the
 * parser was given (those of the spec, in the generated package). It is authentic: handle it,
 * store it, or answer success to stop WeChat Pay's retries. `notification` is not enumerable, so
 * logging the error (`toJSON`, `util.inspect`) does not print the decrypted resource.
 */
export class UnknownNotificationEventError extends WechatpayError {
  override name = 'UnknownNotificationEventError';
  readonly eventType: string;
  /** The verified notification with its decrypted resource. */
  declare readonly notification: Notification;

  constructor(notification: Notification) {
    super(
      `Notification event type ${JSON.stringify(notification.event_type.slice(0, 64))} is not one this SDK knows; it was verified and decrypted (see error.notification)`,
    );
    this.eventType = notification.event_type;
    Object.defineProperty(this, 'notification', { value: notification, enumerable: false });
  }
}
