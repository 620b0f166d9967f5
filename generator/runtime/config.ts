// Validates the constructor configuration once, parses every key once, and
// separates the merchant credentials from the options handed to axios (so
// keys never travel inside axios configs — those appear on AxiosError).

import { createPublicKey, type KeyObject } from 'node:crypto';
import type { CreateAxiosDefaults } from 'axios';
import { loadApiV3Key, type ApiV3KeyInput } from './aead.ts';
import { WechatpayConfigError } from './errors.ts';
import { StaticPublicKeyStore, type PublicKeyStore } from './key-store.ts';
import { loadPrivateKey, loadPublicKey, type KeyInput } from './keys.ts';
import { resolveDebugLog, type DebugLog } from './debug.ts';
import { resolveRetryOptions, type RetryOptions } from './retry.ts';
import { createNonce } from './signer.ts';
import { buildUserAgent, type ProductInfo } from './user-agent.ts';

export const DEFAULT_BASE_URL = 'https://api.mch.weixin.qq.com/';

export interface WechatpayConfig extends Omit<CreateAxiosDefaults, 'url' | 'method' | 'data' | 'params'> {
  /** Merchant id (商户号). */
  mchid: string;
  /** Serial number of the merchant API certificate (商户API证书序列号). */
  serial: string;
  /** Merchant API private key (apiclient_key.pem). */
  privateKey: KeyInput;
  /**
   * Keys that verify WeChat Pay's responses: platform certificate serial or
   * WeChat Pay public key id (`PUB_KEY_ID_…`) → public key / certificate PEM.
   * Required unless `keyStore` is given, or `apiV3Key` is (then the client downloads the platform certificates
   * from `GET /v3/certificates` before its first call, and every 12 hours).
   */
  certs?: Readonly<Record<string, KeyInput>> | ReadonlyMap<string, KeyInput>;
  /** Throw on chains the endpoint table does not know instead of guessing their URL. */
  strict?: boolean;
  /** The APIv3 key (32 bytes), which decrypts notifications; checked here, never echoed. */
  apiV3Key?: ApiV3KeyInput;
  /**
   * Where answers' verification keys come from, instead of `certs` (not both): any object with
   * `get(serial): KeyObject | undefined`, e.g. a store that downloads and rotates platform certificates.
   */
  keyStore?: PublicKeyStore;
  /** The clock for request timestamps and the answers' replay window: Unix milliseconds (default `Date.now`). */
  clock?: Clock;
  /** The source of request nonces (default: 32 hex characters from the CSPRNG). Each call must return a new value. */
  nonce?: NonceSource;
  /**
   * Opt-in retries (off by default): connection errors, timeouts, 429 and 5xx are tried again after a jittered
   * exponential backoff, each try signed anew; other 4xx never. `true` means `{ retries: 2, minDelayMs: 200,
   * maxDelayMs: 5000 }`; fields left out take those values.
   */
  retry?: Partial<RetryOptions> | boolean;
  /**
   * Logs one line per try: method, URL, status, Request-ID and the string that was signed (never a key, a
   * signature or the Authorization header). `true` writes to stderr, a function receives the lines; left out,
   * `NODE_DEBUG=wechatpay` turns it on (util.debuglog).
   */
  debug?: boolean | DebugLog;
}

/** Unix time in milliseconds, as `Date.now()` gives it. */
export type Clock = () => number;
/** A fresh request nonce per call (WeChat Pay expects 32 characters). */
export type NonceSource = () => string;

export interface MerchantCredentials {
  readonly mchid: string;
  readonly serial: string;
  readonly privateKey: KeyObject;
  /** Upper-cased serial → platform public key (empty when a `keyStore` is given). */
  readonly certs: ReadonlyMap<string, KeyObject>;
}

export interface ResolvedConfig {
  readonly credentials: MerchantCredentials;
  readonly strict: boolean;
  readonly axiosDefaults: CreateAxiosDefaults;
  /** A secret KeyObject (not printed by util.inspect); undefined when not configured. */
  readonly apiV3Key: KeyObject | undefined;
  /** Verification keys: `keyStore`, or `certs` in a StaticPublicKeyStore; undefined: download the platform certificates. */
  readonly keyStore: PublicKeyStore | undefined;
  readonly clock: Clock;
  readonly nonce: NonceSource;
  /** undefined: no retries. */
  readonly retry: RetryOptions | undefined;
  /** undefined: no debug log. */
  readonly log: DebugLog | undefined;
}

function requireText(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new WechatpayConfigError(field, `${field} is required: ${what}`);
  }
  return value.trim();
}

function optionalFunction<F extends (...args: never[]) => unknown>(
  value: F | undefined,
  field: string,
  what: string,
): F | undefined {
  if (value !== undefined && typeof value !== 'function')
    throw new WechatpayConfigError(field, `${field} must be ${what}`);
  return value;
}

function spki(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}

function loadCerts(certs: unknown, merchantSerial: string, merchantKey: KeyObject): Map<string, KeyObject> {
  if (typeof certs !== 'object' || certs === null) {
    throw new WechatpayConfigError(
      'certs',
      'certs is required: { [platformSerialOrPublicKeyId]: publicKeyPem } (or a keyStore, or apiV3Key to download the platform certificates)',
    );
  }
  const entries: [string, unknown][] = certs instanceof Map ? [...certs.entries()] : Object.entries(certs);
  if (entries.length === 0) {
    throw new WechatpayConfigError('certs', 'certs must hold at least one WeChat Pay platform public key');
  }
  const merchantPublic = spki(createPublicKey(merchantKey));
  const loaded = new Map<string, KeyObject>();
  for (const [serial, input] of entries) {
    const field = `certs[${serial}]`;
    if (serial.trim() === '') throw new WechatpayConfigError('certs', 'certs has an empty serial');
    // A common mix-up: the merchant's own certificate instead of WeChat Pay's.
    if (serial.toUpperCase() === merchantSerial.toUpperCase()) {
      throw new WechatpayConfigError(
        field,
        `certs contains the merchant's own serial ${serial}; certs must hold WeChat Pay platform keys, not the merchant certificate`,
      );
    }
    const key = loadPublicKey(input, field);
    if (spki(key).equals(merchantPublic)) {
      throw new WechatpayConfigError(
        field,
        `${field} is the merchant's own public key; certs must hold WeChat Pay platform keys`,
      );
    }
    loaded.set(serial.toUpperCase(), key);
  }
  return loaded;
}

function checkRetry(retry: WechatpayConfig['retry']): RetryOptions | undefined {
  try {
    return resolveRetryOptions(retry);
  } catch (error) {
    throw new WechatpayConfigError('retry', (error as Error).message);
  }
}

function optionalDebug(debug: unknown): boolean | DebugLog | undefined {
  if (debug === undefined || typeof debug === 'boolean' || typeof debug === 'function')
    return debug as boolean | DebugLog | undefined;
  throw new WechatpayConfigError('debug', 'debug must be true, false or a function receiving each log line');
}

function checkBaseURL(baseURL: unknown): string {
  if (baseURL === undefined) return DEFAULT_BASE_URL;
  if (typeof baseURL === 'string') {
    try {
      const url = new URL(baseURL);
      if (url.protocol === 'https:' || url.protocol === 'http:') return baseURL;
    } catch {
      // reported below
    }
  }
  throw new WechatpayConfigError('baseURL', 'baseURL must be an absolute http(s) URL');
}

export function resolveConfig(config: WechatpayConfig, product?: ProductInfo): ResolvedConfig {
  if (typeof config !== 'object' || config === null) {
    throw new WechatpayConfigError('config', 'A configuration object { mchid, serial, privateKey, certs } is required');
  }
  const { mchid, serial, privateKey, certs, strict, apiV3Key, keyStore, clock, nonce, retry, debug, ...axiosOptions } =
    config;
  const merchantId = requireText(mchid, 'mchid', 'the merchant id (商户号)');
  const merchantSerial = requireText(serial, 'serial', 'the merchant API certificate serial number');
  const key = loadPrivateKey(privateKey, 'privateKey');
  // A Map is refused: its get() is case-sensitive, which certs (a Map is fine there) is not.
  const store: unknown = keyStore;
  if (
    store !== undefined &&
    (typeof store !== 'object' ||
      store === null ||
      store instanceof Map ||
      typeof (store as PublicKeyStore).get !== 'function')
  ) {
    throw new WechatpayConfigError('keyStore', 'keyStore must be an object with get(serial): KeyObject | undefined');
  }
  if (keyStore !== undefined && certs !== undefined) {
    throw new WechatpayConfigError('certs', 'give certs or keyStore, not both: keyStore replaces certs');
  }
  // With the APIv3 key and no keys given, the client downloads the platform certificates itself.
  const downloadCertificates = keyStore === undefined && certs === undefined && apiV3Key !== undefined;
  const credentials: MerchantCredentials = {
    mchid: merchantId,
    serial: merchantSerial,
    privateKey: key,
    certs: keyStore === undefined && !downloadCertificates ? loadCerts(certs, merchantSerial, key) : new Map(),
  };
  const axiosDefaults: CreateAxiosDefaults = {
    ...axiosOptions,
    // A signature covers the method and URL it was made for: a redirected request is never a valid one. Not
    // following also keeps axios on Node's own http transport, without follow-redirects' wrapper around each
    // request. A caller's maxRedirects wins; an undefined one is no choice.
    maxRedirects: axiosOptions.maxRedirects ?? 0,
    baseURL: checkBaseURL(axiosOptions.baseURL),
    headers: {
      Accept: 'application/json',
      'User-Agent': buildUserAgent(product),
      ...(axiosOptions.headers as Record<string, unknown> | undefined),
    } as CreateAxiosDefaults['headers'],
  };
  return {
    credentials,
    strict: strict === true,
    axiosDefaults,
    apiV3Key: apiV3Key === undefined ? undefined : loadApiV3Key(apiV3Key),
    keyStore: keyStore ?? (downloadCertificates ? undefined : new StaticPublicKeyStore(credentials.certs)),
    clock: optionalFunction(clock, 'clock', 'a function returning Unix milliseconds, like Date.now') ?? Date.now,
    nonce: optionalFunction(nonce, 'nonce', 'a function returning a fresh nonce') ?? createNonce,
    retry: checkRetry(retry),
    log: resolveDebugLog(optionalDebug(debug)),
  };
}
