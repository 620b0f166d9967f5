// AEAD_AES_256_GCM as WeChat Pay uses it: a 32-byte key (the APIv3 key for certificates and notifications, a
// per-file key for encrypted bills), the nonce's UTF-8 bytes as IV, the 16-byte tag appended to the ciphertext.
// (The notification module's decryptResource does the same for `resource`; one of the two can call the other.)

import { createDecipheriv } from 'node:crypto';
import { DecryptionError } from './errors.ts';

const TAG_LENGTH = 16;
const KEY_LENGTH = 32;

/** A 32-byte AES-256 key from its text (the APIv3 key is 32 ASCII characters) or bytes. Never echoes the key. */
export function aes256Key(key: string | Uint8Array, field: string): Buffer {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : Buffer.from(key);
  if (bytes.length !== KEY_LENGTH) throw new TypeError(`${field} must be ${KEY_LENGTH} bytes, got ${bytes.length}`);
  return bytes;
}

export interface AeadAes256GcmInput {
  /** 32 bytes, or 32 characters (UTF-8). */
  key: string | Uint8Array;
  /** As WeChat Pay sends it (text); its UTF-8 bytes are the IV. */
  nonce: string | Uint8Array;
  /** Ciphertext with the 16-byte tag at its end (base64-decoded). */
  ciphertext: Uint8Array;
  /** `associated_data`; '' when there is none. */
  associatedData?: string | Uint8Array;
  /** Named in the error when decryption fails, e.g. `platform certificate 5157…`. */
  what?: string;
}

/** Decrypts and authenticates; throws DecryptionError when the key, nonce, associated data or bytes are wrong. */
export function decryptAeadAes256Gcm(input: AeadAes256GcmInput): Buffer {
  const what = input.what ?? 'AEAD_AES_256_GCM ciphertext';
  const key = aes256Key(input.key, 'key');
  const nonce = typeof input.nonce === 'string' ? Buffer.from(input.nonce, 'utf8') : Buffer.from(input.nonce);
  const associatedData =
    typeof input.associatedData === 'string'
      ? Buffer.from(input.associatedData, 'utf8')
      : Buffer.from(input.associatedData ?? []);
  const sealed = Buffer.from(input.ciphertext);
  if (nonce.length === 0) throw new DecryptionError(what);
  if (sealed.length < TAG_LENGTH) throw new DecryptionError(what);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_LENGTH });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_LENGTH));
    decipher.setAAD(associatedData);
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_LENGTH)), decipher.final()]);
  } catch (cause) {
    throw new DecryptionError(what, { cause });
  }
}
