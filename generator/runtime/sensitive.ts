// Sensitive fields (敏感信息): personal data in requests is encrypted to a WeChat Pay public key (platform
// certificate or public key, named by the request's Wechatpay-Serial header); such fields in answers come
// encrypted to the merchant's own key. The cipher is RSAES-OAEP with SHA-1 as digest and for MGF1, base64.

import { constants, privateDecrypt, publicEncrypt } from 'node:crypto';
import { DecryptionError } from './errors.ts';
import { loadPrivateKey, loadPublicKey, type KeyInput } from './keys.ts';

const OAEP = { padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' } as const;
// RSA-2048 with OAEP-SHA1 holds 256 - 2 * 20 - 2 bytes.
const SHA1_LENGTH = 20;

/**
 * Encrypts one field for a request: base64 RSA-OAEP (SHA-1, MGF1-SHA-1) to `publicKey` — the WeChat Pay public
 * key or platform certificate (PEM or KeyObject) whose id / serial the request names in `Wechatpay-Serial`.
 * Randomised: the same text gives a different ciphertext each time.
 */
export function encryptSensitive(plaintext: string, publicKey: KeyInput): string {
  if (typeof plaintext !== 'string') throw new TypeError('encryptSensitive: plaintext must be a string');
  const key = loadPublicKey(publicKey, 'publicKey');
  const data = Buffer.from(plaintext, 'utf8');
  const capacity = (key.asymmetricKeyDetails?.modulusLength ?? 2048) / 8 - 2 * SHA1_LENGTH - 2;
  if (data.length > capacity) {
    throw new RangeError(`encryptSensitive: the text is ${data.length} bytes; this key encrypts at most ${capacity}`);
  }
  return publicEncrypt({ key, ...OAEP }, data).toString('base64');
}

/** Decrypts one field of an answer (encrypted to the merchant's key) with the merchant private key. */
export function decryptSensitive(ciphertext: string, privateKey: KeyInput): string {
  if (typeof ciphertext !== 'string' || ciphertext === '')
    throw new TypeError('decryptSensitive: ciphertext must be a base64 string');
  const key = loadPrivateKey(privateKey, 'privateKey');
  try {
    return privateDecrypt({ key, ...OAEP }, Buffer.from(ciphertext, 'base64')).toString('utf8');
  } catch (cause) {
    throw new DecryptionError('sensitive field', { cause });
  }
}
