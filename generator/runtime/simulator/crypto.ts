// The service's side of WeChat Pay's cryptography, written on node:crypto directly and not on the SDK's runtime,
// so that a mistake in the client cannot cancel itself out against the simulator.

import {
  constants,
  createCipheriv,
  createPrivateKey,
  createPublicKey,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';

/** A key as a KeyObject, a PEM string or a PEM Buffer. */
export type SimulatorKeyInput = KeyObject | string | Buffer;

export function toPublicKey(input: SimulatorKeyInput): KeyObject {
  if (typeof input === 'string' || Buffer.isBuffer(input)) return createPublicKey(input);
  return input.type === 'private' ? createPublicKey(input) : input;
}

export function toPrivateKey(input: SimulatorKeyInput): KeyObject {
  if (typeof input === 'string' || Buffer.isBuffer(input)) return createPrivateKey(input);
  return input;
}

/** SHA256-RSA2048 over `message`, base64: what WeChat Pay puts in Wechatpay-Signature. */
export function signMessage(message: Buffer | string, privateKey: KeyObject): string {
  return sign('sha256', Buffer.from(message), privateKey).toString('base64');
}

/** AEAD_AES_256_GCM as WeChat Pay uses it: base64(ciphertext ‖ 16-byte tag). */
export function encryptAead(
  plaintext: string,
  apiV3Key: string | Buffer,
  nonce: string,
  associatedData: string,
): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(nonce), { authTagLength: 16 });
  cipher.setAAD(Buffer.from(associatedData));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

/** A sensitive request field as WeChat Pay reads it: RSA-OAEP (SHA-1, MGF1-SHA-1) with the platform key, base64. */
export function decryptOaep(ciphertext: string, privateKey: KeyObject): string {
  return privateDecrypt(
    { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    Buffer.from(ciphertext, 'base64'),
  ).toString('utf8');
}

/** A sensitive answer field, encrypted to the merchant's public key as WeChat Pay does. */
export function encryptOaep(plaintext: string, publicKey: KeyObject): string {
  return publicEncrypt(
    { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    Buffer.from(plaintext, 'utf8'),
  ).toString('base64');
}

/** `length` hex characters from the CSPRNG. */
export function randomHex(length: number): string {
  return randomBytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length);
}

/** `2024-01-02T03:04:05+08:00`: WeChat Pay's times are in China Standard Time. */
export function chinaTime(milliseconds: number): string {
  return `${new Date(milliseconds + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
}
