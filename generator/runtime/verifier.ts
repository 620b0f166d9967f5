// Response verification of WeChat Pay APIv3: every 2xx answer carries
//   Wechatpay-Timestamp, Wechatpay-Nonce, Wechatpay-Signature, Wechatpay-Serial
// and the signature covers  TIMESTAMP \n NONCE \n BODY \n  (raw body bytes),
// made with the platform key named by Wechatpay-Serial (a platform certificate
// serial or a WeChat Pay public key id `PUB_KEY_ID_…`).

import { verify, KeyObject } from 'node:crypto';
import {
  ResponseHeadersMissingError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownSerialError,
} from './errors.ts';
import type { PublicKeyStore } from './key-store.ts';
import { loadPublicKey, type KeyInput } from './keys.ts';

/** Replay window of the protocol: answers older or newer than this are refused. */
export const DEFAULT_MAX_SKEW_SECONDS = 300;

export const RESPONSE_SIGNATURE_HEADERS = {
  timestamp: 'Wechatpay-Timestamp',
  nonce: 'Wechatpay-Nonce',
  signature: 'Wechatpay-Signature',
  serial: 'Wechatpay-Serial',
} as const;

/** Plain header objects (any letter case), axios' AxiosHeaders, or fetch's Headers. */
export type ResponseHeaders = { get(name: string): unknown } | Readonly<Record<string, unknown>>;

/** Serial → public key. Plain object (as in the client's `certs`) or Map. */
export type PublicKeyMap = Readonly<Record<string, KeyInput>> | ReadonlyMap<string, KeyInput>;

/** The string the platform signs; a Buffer when `body` is given as bytes. */
export function buildResponseMessage(timestamp: string | number, nonce: string, body: string): string;
export function buildResponseMessage(timestamp: string | number, nonce: string, body: Uint8Array): Buffer;
export function buildResponseMessage(
  timestamp: string | number,
  nonce: string,
  body: string | Uint8Array,
): string | Buffer {
  if (typeof body === 'string') return `${timestamp}\n${nonce}\n${body}\n`;
  const head = `${timestamp}\n${nonce}\n`;
  const headLength = Buffer.byteLength(head);
  const message = Buffer.allocUnsafe(headLength + body.length + 1);
  message.write(head, 0);
  message.set(body, headLength);
  message[message.length - 1] = 0x0a;
  return message;
}

function readHeader(headers: ResponseHeaders, name: string): string | undefined {
  let value: unknown;
  // Node's IncomingHttpHeaders, and the AxiosHeaders axios makes of them, hold lower-case own properties:
  // one look-up instead of a case-insensitive search.
  const lower = name.toLowerCase();
  if (Object.hasOwn(headers, lower)) {
    value = (headers as Readonly<Record<string, unknown>>)[lower];
  } else if (typeof (headers as { get?: unknown }).get === 'function') {
    value = (headers as { get(name: string): unknown }).get(name);
  } else {
    const wanted = name.toLowerCase();
    for (const [key, candidate] of Object.entries(headers)) {
      if (key.toLowerCase() === wanted) {
        value = candidate;
        break;
      }
    }
  }
  if (Array.isArray(value)) value = value[0];
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

/** Tells a key store from a plain `certs` object (whose values are keys, never functions) or a Map. */
function isPublicKeyStore(certs: PublicKeyMap | PublicKeyStore): certs is PublicKeyStore {
  return !(certs instanceof Map) && typeof (certs as { get?: unknown }).get === 'function';
}

function findKey(certs: PublicKeyMap | PublicKeyStore, serial: string): KeyInput | undefined {
  if (isPublicKeyStore(certs)) return certs.get(serial);
  const entries: Iterable<[string, KeyInput]> = certs instanceof Map ? certs.entries() : Object.entries(certs);
  // Serials are hex (or PUB_KEY_ID_ + digits); tolerate letter-case differences from copy & paste.
  const wanted = serial.toUpperCase();
  for (const [candidate, key] of entries) {
    if (candidate.toUpperCase() === wanted) return key;
  }
  return undefined;
}

export interface VerifyResponseInput {
  headers: ResponseHeaders;
  /** The raw body as received, before any JSON parsing; '' for 204. */
  body: string | Uint8Array;
  /** The platform keys: serial → key (object or Map, serials in any case), or a key store. */
  certs: PublicKeyMap | PublicKeyStore;
  /** Local clock in Unix seconds (default: now). */
  now?: number;
  maxSkewSeconds?: number;
}

export interface VerifiedResponse {
  serial: string;
  timestamp: number;
  nonce: string;
}

/**
 * Checks a response's signature headers, throwing ResponseHeadersMissingError,
 * TimestampSkewError, UnknownSerialError or SignatureMismatchError (all
 * ResponseVerificationError). Returns the verified header values.
 */
export function verifyResponse(input: VerifyResponseInput): VerifiedResponse {
  const { headers, body, certs } = input;
  const now = input.now ?? Math.floor(Date.now() / 1000);
  const maxSkewSeconds = input.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS;

  const timestamp = readHeader(headers, RESPONSE_SIGNATURE_HEADERS.timestamp);
  const nonce = readHeader(headers, RESPONSE_SIGNATURE_HEADERS.nonce);
  const signature = readHeader(headers, RESPONSE_SIGNATURE_HEADERS.signature);
  const serial = readHeader(headers, RESPONSE_SIGNATURE_HEADERS.serial);
  if (timestamp === undefined || nonce === undefined || signature === undefined || serial === undefined) {
    const present = { timestamp, nonce, signature, serial };
    const missing = (Object.keys(present) as (keyof typeof present)[])
      .filter((field) => present[field] === undefined)
      .map((field) => RESPONSE_SIGNATURE_HEADERS[field]);
    throw new ResponseHeadersMissingError(missing);
  }

  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > maxSkewSeconds) {
    throw new TimestampSkewError(timestamp, now, maxSkewSeconds);
  }

  const keyInput = findKey(certs, serial);
  if (keyInput === undefined) throw new UnknownSerialError(serial);
  const key = keyInput instanceof KeyObject ? keyInput : loadPublicKey(keyInput, `certs[${serial}]`);

  const message = buildResponseMessage(timestamp, nonce, typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  let valid: boolean;
  try {
    valid = verify('sha256', message, key, Buffer.from(signature, 'base64'));
  } catch (cause) {
    throw new SignatureMismatchError(serial, { cause });
  }
  if (!valid) throw new SignatureMismatchError(serial);
  return { serial, timestamp: Number(timestamp), nonce };
}
