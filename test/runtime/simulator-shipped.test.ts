// The shipped simulator (generator/runtime/simulator/) over real HTTP, on operations given as data: what a handler is
// given and may answer, sensitive fields both ways, its answers checked against the spec, routing, and its options'
// checks. Requests are signed with the runtime's protocol functions and answers verified with them.

import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptSensitive, encryptSensitive, signRequest, verifyResponse } from '../../generator/runtime/protocol.ts';
import {
  fail,
  reply,
  startSimulatorOf,
  type Simulator,
  type SimulatorOperation,
  type SimulatorRequest,
} from '../../generator/runtime/simulator/index.ts';
import { MCHID, MERCHANT_SERIAL, createKeyPair } from './fixtures.ts';

const merchant = createKeyPair();

const ORDER: SimulatorOperation = {
  method: 'POST',
  path: '/v3/test/orders',
  request: 'json',
  pathParameters: {},
  queryParameters: {},
  requiredQuery: [],
  body: {
    type: 'object',
    required: ['out_trade_no', 'amount'],
    properties: {
      out_trade_no: { type: 'string', minLength: 6, maxLength: 32 },
      amount: { type: 'integer', minimum: 1 },
      payer_name: { type: 'string', sensitive: true, maxLength: 4 },
    },
  },
  bodyRequired: true,
  answer: {
    status: 200,
    kind: 'json',
    schema: {
      type: 'object',
      required: ['out_trade_no', 'state'],
      properties: {
        out_trade_no: { type: 'string' },
        state: { type: 'string', enum: ['NOTPAY', 'SUCCESS'] },
        payer_name: { type: 'string', sensitive: true },
      },
    },
  },
};
const QUERY: SimulatorOperation = {
  method: 'GET',
  path: '/v3/test/orders/{order_id}',
  request: 'none',
  pathParameters: { order_id: { type: 'integer', minimum: 1 } },
  queryParameters: { verbose: { type: 'boolean' } },
  requiredQuery: [],
  bodyRequired: false,
  answer: {
    status: 200,
    kind: 'json',
    schema: { type: 'object', properties: { order_id: { type: 'integer' }, verbose: { type: 'boolean' } } },
  },
};

let simulator: Simulator;
const seen: SimulatorRequest[] = [];

beforeAll(async () => {
  simulator = await startSimulatorOf([ORDER, QUERY], {
    mchid: MCHID,
    merchantSerial: MERCHANT_SERIAL,
    merchantPublicKey: merchant.publicPem,
    handlers: {
      'POST /v3/test/orders': (request) => {
        seen.push(request);
        const { out_trade_no: outTradeNo } = request.body as { out_trade_no: string };
        if (outTradeNo === 'DUPLICATE') return fail(400, 'INVALID_REQUEST', '订单号重复');
        if (outTradeNo === 'BAD-ANSWER') return { out_trade_no: outTradeNo, state: 'PAID' };
        if (outTradeNo === 'ACCEPTED')
          return reply(202, { out_trade_no: outTradeNo, state: 'NOTPAY' }, { 'X-Test': 'yes' });
        return { out_trade_no: outTradeNo, state: 'NOTPAY', payer_name: request.body.payer_name };
      },
    },
  });
});
afterAll(() => simulator?.stop());

async function send(method: string, pathWithQuery: string, body?: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  const { authorization } = signRequest({
    method,
    pathWithQuery,
    body: text,
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privatePem,
  });
  const response = await fetch(new URL(pathWithQuery, simulator.url), {
    method,
    headers: { Authorization: authorization, 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: text }),
  });
  const raw = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    raw,
    json: raw.length > 0 ? JSON.parse(raw.toString()) : undefined,
  };
}

const platformSerial = (): string => simulator.platformKeys.serial;

describe('the shipped simulator', () => {
  it('hands the handler the checked request with sensitive fields decrypted, and encrypts them in its answer', async () => {
    const name = encryptSensitive('张三', simulator.platformKeys.publicKey);
    const answer = await send(
      'POST',
      '/v3/test/orders',
      { out_trade_no: 'T20240101', amount: 100, payer_name: name },
      { 'Wechatpay-Serial': platformSerial() },
    );
    expect(answer.status).toBe(200);
    expect(seen.at(-1)!.body).toEqual({ out_trade_no: 'T20240101', amount: 100, payer_name: '张三' });
    expect(answer.json.payer_name).not.toBe('张三');
    expect(decryptSensitive(answer.json.payer_name, merchant.privatePem)).toBe('张三');
    // Signed with the platform key the simulator exports.
    expect(
      verifyResponse({ headers: answer.headers, body: answer.raw, certs: simulator.platformKeys.certs }).serial,
    ).toBe(platformSerial());
  });

  it('checks a decrypted sensitive field against its schema (maxLength of the plain text)', async () => {
    const name = encryptSensitive('一二三四五', simulator.platformKeys.publicKey);
    const answer = await send(
      'POST',
      '/v3/test/orders',
      { out_trade_no: 'T20240102', amount: 1, payer_name: name },
      { 'Wechatpay-Serial': platformSerial() },
    );
    expect(answer.json).toMatchObject({ code: 'PARAM_ERROR', detail: { field: 'payer_name', location: 'body' } });
  });

  it('refuses a sensitive field under another Wechatpay-Serial, or one that is not encrypted to its key', async () => {
    const name = encryptSensitive('张三', simulator.platformKeys.publicKey);
    const wrongSerial = await send(
      'POST',
      '/v3/test/orders',
      { out_trade_no: 'T20240103', amount: 1, payer_name: name },
      { 'Wechatpay-Serial': 'PUB_KEY_ID_0000' },
    );
    expect(wrongSerial.status).toBe(400);
    expect(wrongSerial.json).toMatchObject({
      code: 'PARAM_ERROR',
      detail: { field: 'Wechatpay-Serial', location: 'header' },
    });
    const plain = await send(
      'POST',
      '/v3/test/orders',
      { out_trade_no: 'T20240104', amount: 1, payer_name: '张三' },
      { 'Wechatpay-Serial': platformSerial() },
    );
    expect(plain.json).toMatchObject({ code: 'PARAM_ERROR', detail: { field: 'payer_name' } });
    expect(JSON.stringify(plain.json)).not.toContain('张三');
  });

  it("answers a handler's fail() and reply() as given, and a handler's answer that breaks the spec as a 500 naming the field", async () => {
    expect(await send('POST', '/v3/test/orders', { out_trade_no: 'DUPLICATE', amount: 1 })).toMatchObject({
      status: 400,
      json: { code: 'INVALID_REQUEST', message: '订单号重复' },
    });
    const accepted = await send('POST', '/v3/test/orders', { out_trade_no: 'ACCEPTED', amount: 1 });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('x-test')).toBe('yes');
    const broken = await send('POST', '/v3/test/orders', { out_trade_no: 'BAD-ANSWER', amount: 1 });
    expect(broken.status).toBe(500);
    expect(broken.json.message).toContain('state');
  });

  it('types path and query parameters by their schemas, checks them, and echoes them into the answer', async () => {
    expect(await send('GET', '/v3/test/orders/42?verbose=true')).toMatchObject({
      status: 200,
      json: { order_id: 42, verbose: true },
    });
    expect((await send('GET', '/v3/test/orders/0')).json).toMatchObject({
      code: 'PARAM_ERROR',
      detail: { field: 'order_id', location: 'path' },
    });
    expect((await send('GET', '/v3/test/orders/abc')).json).toMatchObject({ detail: { field: 'order_id' } });
    expect((await send('GET', '/v3/test/orders/1?verbose=yes')).json).toMatchObject({
      detail: { field: 'verbose', location: 'query' },
    });
  });

  it('answers 404 naming the methods a path has, and 401 before looking at the body', async () => {
    const wrongMethod = await send('DELETE', '/v3/test/orders/1');
    expect(wrongMethod.status).toBe(404);
    expect(wrongMethod.json.message).toContain('GET');
    const response = await fetch(new URL('/v3/test/orders', simulator.url), { method: 'POST', body: 'not json' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'SIGN_ERROR' });
  });

  it('refuses options it cannot honour: a handler of no operation, a short APIv3 key, an unknown fault', () => {
    const base = { mchid: MCHID, merchantPublicKey: merchant.publicPem };
    expect(() => startSimulatorOf([ORDER], { ...base, handlers: { 'POST /v3/test/order': () => ({}) } })).toThrow(
      /POST \/v3\/test\/order, which is no operation/,
    );
    expect(() => startSimulatorOf([ORDER], { ...base, apiV3Key: 'short' })).toThrow(/32 bytes/);
    expect(() => startSimulatorOf([ORDER], { ...base, faults: [{ fault: 'explode' as never }] })).toThrow(
      /unknown simulator fault/,
    );
  });

  it('uses a given platform key and serial, and rotates to another', async () => {
    const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
    simulator.rotatePlatform({
      serial: 'PUB_KEY_ID_0119000001092025010100000000000009',
      privateKey: platform.privateKey,
    });
    const answer = await send('GET', '/v3/test/orders/7');
    expect(answer.headers.get('wechatpay-serial')).toBe('PUB_KEY_ID_0119000001092025010100000000000009');
    const certs = {
      PUB_KEY_ID_0119000001092025010100000000000009: platform.publicKey.export({ type: 'spki', format: 'pem' }),
    };
    expect(verifyResponse({ headers: answer.headers, body: answer.raw, certs }).serial).toBe(
      'PUB_KEY_ID_0119000001092025010100000000000009',
    );
  });
});
