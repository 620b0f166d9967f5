// AEAD_AES_256_GCM, the encryption of notification resources (and of some
// answers' fields): key = the merchant's 32-byte APIv3 key, IV = the UTF-8
// bytes of `nonce`, AAD = the UTF-8 bytes of `associated_data`, and the
// base64 `ciphertext` is the encrypted bytes followed by the 16-byte tag.

import { createDecipheriv, createSecretKey, KeyObject } from 'node:crypto';
import { WechatpayConfigError } from './errors.ts';
import { NotificationDecryptionError } from './notification-errors.ts';

export const AEAD_AES_256_GCM = 'AEAD_AES_256_GCM';

const KEY_BYTES = 32;
const TAG_BYTES = 16;

/** The APIv3 key: the 32 characters set on the merchant platform, as text or bytes, or a secret KeyObject. */
export type ApiV3KeyInput = string | Uint8Array | KeyObject;

/** The `resource` of a notification, as sent. */
export interface EncryptedResource {
  /** Only AEAD_AES_256_GCM is used by APIv3; absent means AEAD_AES_256_GCM. */
  algorithm?: string;
  /** Base64 of the encrypted bytes followed by the 16-byte tag. */
  ciphertext: string;
  nonce: string;
  /** May be empty or absent. */
  associated_data?: string | null;
  original_type?: string;
}

/**
 * Checks the APIv3 key once (exactly 32 bytes) and wraps it in a secret KeyObject,
 * which `util.inspect` and JSON do not print. Errors give the length, never the key.
 */
export function loadApiV3Key(input: unknown, field = 'apiV3Key'): KeyObject {
  if (input instanceof KeyObject) {
    if (input.type !== 'secret')
      throw new WechatpayConfigError(field, `${field} must be a secret key, got a ${input.type} key`);
    if (input.symmetricKeySize !== KEY_BYTES) {
      throw new WechatpayConfigError(
        field,
        `${field} must be exactly ${KEY_BYTES} bytes, got ${input.symmetricKeySize ?? 0}`,
      );
    }
    return input;
  }
  let bytes: Buffer;
  if (typeof input === 'string') bytes = Buffer.from(input, 'utf8');
  else if (input instanceof Uint8Array) bytes = Buffer.from(input);
  else
    throw new WechatpayConfigError(
      field,
      `${field} must be the 32-byte APIv3 key (string, Buffer or secret KeyObject)`,
    );
  if (bytes.length !== KEY_BYTES) {
    // A key read from a file often ends in a newline; say so without showing the key.
    const hint = typeof input === 'string' && input.trim() !== input ? ' (it has leading or trailing whitespace)' : '';
    throw new WechatpayConfigError(
      field,
      `${field} must be exactly ${KEY_BYTES} bytes (the APIv3 key set on the merchant platform), got ${bytes.length}${hint}`,
    );
  }
  const key = createSecretKey(bytes);
  bytes.fill(0);
  return key;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function shortText(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 64) : typeof value;
}

/**
 * Decrypts a notification `resource` (or any AEAD_AES_256_GCM field of APIv3) and returns the
 * plaintext text. Throws NotificationDecryptionError (never showing key or plaintext) when the
 * algorithm is not AEAD_AES_256_GCM, a field is malformed, or the tag does not verify, and
 * WechatpayConfigError when the key is not 32 bytes.
 */
export function decryptResource(resource: EncryptedResource, apiV3Key: ApiV3KeyInput): string {
  const key = loadApiV3Key(apiV3Key);
  const given = resource as Partial<Record<keyof EncryptedResource, unknown>> | null;
  const algorithm = given?.algorithm ?? AEAD_AES_256_GCM;
  if (algorithm !== AEAD_AES_256_GCM) {
    throw new NotificationDecryptionError(
      'unsupported-algorithm',
      shortText(algorithm),
      `Resource algorithm ${JSON.stringify(shortText(algorithm))} is not supported; expected ${AEAD_AES_256_GCM}`,
    );
  }
  const malformed = (what: string): NotificationDecryptionError =>
    new NotificationDecryptionError('malformed-resource', AEAD_AES_256_GCM, `Resource cannot be decrypted: ${what}`);
  const { ciphertext, nonce, associated_data: associatedData } = given ?? {};
  if (typeof ciphertext !== 'string' || !BASE64.test(ciphertext)) throw malformed('ciphertext must be a base64 string');
  if (typeof nonce !== 'string' || nonce === '') throw malformed('nonce must be a non-empty string');
  if (associatedData !== undefined && associatedData !== null && typeof associatedData !== 'string') {
    throw malformed('associated_data must be a string');
  }
  const sealed = Buffer.from(ciphertext, 'base64');
  if (sealed.length < TAG_BYTES) throw malformed(`ciphertext is shorter than the ${TAG_BYTES}-byte tag`);

  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'utf8'), { authTagLength: TAG_BYTES });
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  decipher.setAAD(Buffer.from(associatedData ?? '', 'utf8'));
  let plaintext: Buffer;
  try {
    plaintext = Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    // OpenSSL's message says nothing more; no cause, so nothing of the data travels with the error.
    throw new NotificationDecryptionError(
      'authentication-failed',
      AEAD_AES_256_GCM,
      'Resource does not decrypt: wrong apiV3Key, or ciphertext, tag, nonce or associated_data altered',
    );
  }
  return plaintext.toString('utf8');
}
