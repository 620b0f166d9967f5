// Validates the constructor configuration once, parses every key once, and
// separates the merchant credentials from the options handed to axios (so
// keys never travel inside axios configs — those appear on AxiosError).

import { createPublicKey, type KeyObject } from 'node:crypto';
import type { CreateAxiosDefaults } from 'axios';
import { loadApiV3Key, type ApiV3KeyInput } from './aead.ts';
import { WechatpayConfigError } from './errors.ts';
import { loadPrivateKey, loadPublicKey, type KeyInput } from './keys.ts';
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
   */
  certs: Readonly<Record<string, KeyInput>> | ReadonlyMap<string, KeyInput>;
  /** Throw on chains the endpoint table does not know instead of guessing their URL. */
  strict?: boolean;
  /** The APIv3 key (32 bytes), which decrypts notifications; checked here, never echoed. */
  apiV3Key?: ApiV3KeyInput;
}

export interface MerchantCredentials {
  readonly mchid: string;
  readonly serial: string;
  readonly privateKey: KeyObject;
  /** Upper-cased serial → platform public key. */
  readonly certs: ReadonlyMap<string, KeyObject>;
}

export interface ResolvedConfig {
  readonly credentials: MerchantCredentials;
  readonly strict: boolean;
  readonly axiosDefaults: CreateAxiosDefaults;
  /** A secret KeyObject (not printed by util.inspect); undefined when not configured. */
  readonly apiV3Key: KeyObject | undefined;
}

function requireText(value: unknown, field: string, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new WechatpayConfigError(field, `${field} is required: ${what}`);
  }
  return value.trim();
}

function spki(key: KeyObject): Buffer {
  return key.export({ type: 'spki', format: 'der' });
}

function loadCerts(certs: unknown, merchantSerial: string, merchantKey: KeyObject): Map<string, KeyObject> {
  if (typeof certs !== 'object' || certs === null) {
    throw new WechatpayConfigError('certs', 'certs is required: { [platformSerialOrPublicKeyId]: publicKeyPem }');
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
      throw new WechatpayConfigError(field, `${field} is the merchant's own public key; certs must hold WeChat Pay platform keys`);
    }
    loaded.set(serial.toUpperCase(), key);
  }
  return loaded;
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
  const { mchid, serial, privateKey, certs, strict, apiV3Key, ...axiosOptions } = config;
  const merchantId = requireText(mchid, 'mchid', 'the merchant id (商户号)');
  const merchantSerial = requireText(serial, 'serial', 'the merchant API certificate serial number');
  const key = loadPrivateKey(privateKey, 'privateKey');
  const credentials: MerchantCredentials = {
    mchid: merchantId,
    serial: merchantSerial,
    privateKey: key,
    certs: loadCerts(certs, merchantSerial, key),
  };
  const axiosDefaults: CreateAxiosDefaults = {
    ...axiosOptions,
    baseURL: checkBaseURL(axiosOptions.baseURL),
    headers: {
      Accept: 'application/json',
      'User-Agent': buildUserAgent(product),
      ...(axiosOptions.headers as Record<string, unknown> | undefined),
    } as CreateAxiosDefaults['headers'],
  };
  return { credentials, strict: strict === true, axiosDefaults, apiV3Key: apiV3Key === undefined ? undefined : loadApiV3Key(apiV3Key) };
}
