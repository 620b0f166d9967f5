// Shared test material: key pairs generated in the test run, the committed
// TEST-ONLY vectors, and an endpoint table as the generator would emit it for
// the simulator's routes.

import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EndpointTable, OperationShape, WechatpayConfig } from '../../generator/runtime/index.ts';
import type { SimulatorIdentity } from './simulator.ts';

export const MCHID = '1900000109';
export const MERCHANT_SERIAL = '444F4864EA9B34415C0BBB0D69E50D10B3A8F49C';
export const PLATFORM_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
export const PUBLIC_KEY_ID = 'PUB_KEY_ID_0119000001092025010100000000000001';

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  privatePem: string;
  publicPem: string;
}

export function createKeyPair(): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey,
    publicKey,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** The base64 lines of a PEM: what must never appear in any message. */
export function pemBody(pem: string): string {
  return pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
}

/** Asserts-friendly: every 64-char base64 line of the PEM that occurs in `text`. */
export function leakedPemLines(pem: string, text: string): string[] {
  const lines = pem.split('\n').filter((line) => line.length > 0 && !line.startsWith('-----'));
  return lines.filter((line) => text.includes(line));
}

export function identity(merchant: KeyPair, platform: KeyPair, platformSerial = PLATFORM_SERIAL): SimulatorIdentity {
  return {
    mchid: MCHID,
    merchantSerial: MERCHANT_SERIAL,
    merchantPublicKey: merchant.publicKey,
    platformSerial,
    platformPrivateKey: platform.privateKey,
  };
}

/** The client's side of `identity`: the merchant's key, the platform's public key by serial, the simulator's URL. */
export function clientConfig(merchant: KeyPair, platform: KeyPair, baseURL: string): WechatpayConfig {
  return {
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privatePem,
    certs: { [PLATFORM_SERIAL]: platform.publicPem },
    baseURL,
  };
}

const json = { request: 'json', response: 'json' } as const;
const none = { request: 'none', response: 'json' } as const;

/** What the generator emits for the simulator's operations (keys sorted). */
export const endpoints: EndpointTable = {
  'v3.billdownload.file': { path: '/v3/billdownload/file', methods: { get: { request: 'none', response: 'binary' } } },
  'v3.ecommerce.subsidies.return': { path: '/v3/ecommerce/subsidies/return', methods: { post: json } },
  'v3.merchant.media.upload': {
    path: '/v3/merchant/media/upload',
    methods: { post: { request: 'multipart', response: 'json' } },
  },
  'v3.pay.transactions.outTradeNo._out_trade_no_.close': {
    path: '/v3/pay/transactions/out-trade-no/{out_trade_no}/close',
    methods: { post: { request: 'json', response: 'empty' } },
  },
  'v3.profitsharing.returnOrders': { path: '/v3/profitsharing/return-orders', methods: { post: json } },
  'v3.profitsharing.returnOrders._out_return_no_': {
    path: '/v3/profitsharing/return-orders/{out_return_no}',
    methods: { get: none },
  },
  'v3.simulator.echo._value_': {
    path: '/v3/simulator/echo/{value}',
    methods: { delete: none, get: none, patch: json, post: json, put: json },
  },
};

/** A body the simulator's POST /v3/ecommerce/subsidies/return accepts (every required field, a positive amount). */
export const subsidyReturn = {
  sub_mchid: '1900000109',
  out_order_no: 'P20150806125346',
  transaction_id: '4208450740201411110007820472',
  refund_id: '3008450740201411110007820472',
  amount: 10,
  description: '补差回退',
};

// ---- committed vectors (test/runtime/vectors/, made by regenerate.sh with openssl) ----

export const VECTORS_DIR = fileURLToPath(new URL('./vectors/', import.meta.url));

export interface RequestVector {
  name: string;
  /** What the client is given to make this request. */
  call: {
    pathTemplate: string;
    shape?: OperationShape;
    config?: Record<string, unknown>;
    data?: unknown;
  };
  method: string;
  pathWithQuery: string;
  timestamp: string;
  nonce: string;
  body: string;
  message: string;
  signature: string;
  authorization: string;
}

export interface RequestVectors {
  mchid: string;
  serial: string;
  /** File names in VECTORS_DIR. */
  privateKey: string;
  publicKey: string;
  cases: RequestVector[];
}

export interface ResponseVector {
  name: string;
  headers: Record<string, string>;
  body: string;
  /** The local clock, Unix seconds. */
  now: number;
  /** The bytes the signature was made over (by openssl). */
  signedMessage: string;
  /** 'ok', or the name of the error class verification throws. */
  expect: string;
}

export interface ResponseVectors {
  /** Serial → file name in VECTORS_DIR of the public key. */
  keys: Record<string, string>;
  maxSkewSeconds: number;
  cases: ResponseVector[];
}

function readVectors<T>(name: string): T {
  return JSON.parse(readFileSync(join(VECTORS_DIR, name), 'utf8')) as T;
}

export const requestVectors: RequestVectors = readVectors('requests.json');
export const responseVectors: ResponseVectors = readVectors('responses.json');

/** A TEST-ONLY PEM of the vectors, by file name. */
export function vectorPem(file: string): string {
  return readFileSync(join(VECTORS_DIR, file), 'utf8');
}
