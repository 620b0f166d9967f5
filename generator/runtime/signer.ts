// Request signing of WeChat Pay APIv3 (scheme WECHATPAY2-SHA256-RSA2048), as
// small pure functions: clock, nonce and key are arguments, so any HTTP client
// can use them and tests can pin every input.
//
//   message   = METHOD \n PATH_WITH_QUERY \n TIMESTAMP \n NONCE \n BODY \n
//   signature = base64(RSASSA-PKCS1-v1_5(SHA-256, merchant private key, message))
//   header    = Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"
//
// PATH_WITH_QUERY and BODY must be exactly the bytes put on the wire.

import { randomFillSync, sign, type KeyLike } from 'node:crypto';

export const AUTHORIZATION_SCHEME = 'WECHATPAY2-SHA256-RSA2048';

// Nonces are cut from a pool of CSPRNG bytes refilled every 256 nonces: one randomBytes(16) call costs about
// as much as the rest of a call's own work (crypto.randomUUID caches entropy the same way). Each byte is used once.
const NONCE_BYTES = 16;
const noncePool = Buffer.alloc(NONCE_BYTES * 256);
let noncePoolOffset = noncePool.length;

/** 32 hex characters from the CSPRNG (128 bits). */
export function createNonce(): string {
  if (noncePoolOffset === noncePool.length) {
    randomFillSync(noncePool);
    noncePoolOffset = 0;
  }
  const start = noncePoolOffset;
  noncePoolOffset += NONCE_BYTES;
  return noncePool.toString('hex', start, start + NONCE_BYTES).toUpperCase();
}

/** Unix time in whole seconds, as the protocol's TIMESTAMP line wants it. */
export function createTimestamp(nowMilliseconds: number = Date.now()): string {
  return String(Math.floor(nowMilliseconds / 1000));
}

/**
 * The string the merchant signs. `method` is upper-cased; `pathWithQuery` is the
 * URL path plus `?query` as sent (e.g. `/v3/certificates?a=1`); `body` is the
 * exact request body, '' when there is none (GET, DELETE). For multipart
 * uploads, `body` is the JSON text of the `meta` part.
 */
export function buildRequestMessage(
  method: string,
  pathWithQuery: string,
  timestamp: string | number,
  nonce: string,
  body = '',
): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${timestamp}\n${nonce}\n${body}\n`;
}

/** Base64 RSA PKCS#1 v1.5 SHA-256 signature of `message`. */
export function signMessage(message: string | Uint8Array, privateKey: KeyLike): string {
  const data = typeof message === 'string' ? Buffer.from(message, 'utf8') : message;
  return sign('sha256', data, privateKey).toString('base64');
}

/**
 * signMessage with the RSA work on libuv's thread pool: the same signature (PKCS#1 v1.5 is deterministic), while the
 * main thread goes on with other work.
 */
export function signMessageOffThread(message: string | Uint8Array, privateKey: KeyLike): Promise<string> {
  const data = typeof message === 'string' ? Buffer.from(message, 'utf8') : message;
  return new Promise((resolve, reject) => {
    sign('sha256', data, privateKey, (error, signature) =>
      error ? reject(error) : resolve(signature.toString('base64')),
    );
  });
}

export interface AuthorizationFields {
  /** Merchant id. */
  mchid: string;
  /** Serial number of the merchant API certificate that matches the private key. */
  serial: string;
  nonce: string;
  timestamp: string | number;
  signature: string;
}

/** The `Authorization` header value. */
export function buildAuthorization({ mchid, serial, nonce, timestamp, signature }: AuthorizationFields): string {
  return (
    `${AUTHORIZATION_SCHEME} mchid="${mchid}",nonce_str="${nonce}",` +
    `signature="${signature}",timestamp="${timestamp}",serial_no="${serial}"`
  );
}

export interface SignRequestInput {
  method: string;
  pathWithQuery: string;
  body?: string;
  mchid: string;
  serial: string;
  privateKey: KeyLike;
  /** Defaults to the current time. */
  timestamp?: string | number;
  /** Defaults to createNonce(). */
  nonce?: string;
}

export interface SignedRequest {
  authorization: string;
  timestamp: string;
  nonce: string;
  signature: string;
}

/** Convenience composition of the functions above for one request. */
export function signRequest(input: SignRequestInput): SignedRequest {
  const unsigned = toSign(input);
  return withSignature(input, unsigned, signMessage(unsigned.message, input.privateKey));
}

/** signRequest with the RSA work on libuv's thread pool (see signMessageOffThread). */
export async function signRequestOffThread(input: SignRequestInput): Promise<SignedRequest> {
  const unsigned = toSign(input);
  return withSignature(input, unsigned, await signMessageOffThread(unsigned.message, input.privateKey));
}

interface UnsignedRequest {
  readonly timestamp: string;
  readonly nonce: string;
  readonly message: string;
}

function toSign(input: SignRequestInput): UnsignedRequest {
  const timestamp = String(input.timestamp ?? createTimestamp());
  const nonce = input.nonce ?? createNonce();
  return {
    timestamp,
    nonce,
    message: buildRequestMessage(input.method, input.pathWithQuery, timestamp, nonce, input.body ?? ''),
  };
}

function withSignature(
  input: SignRequestInput,
  { timestamp, nonce }: UnsignedRequest,
  signature: string,
): SignedRequest {
  const authorization = buildAuthorization({ mchid: input.mchid, serial: input.serial, nonce, timestamp, signature });
  return { authorization, timestamp, nonce, signature };
}
