// The transport's steps one by one — prepare, sign, send, receive — against the
// committed vectors (test/runtime/vectors/), each with its inputs pinned.

import { createPrivateKey, createPublicKey } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import axios, { AxiosError, AxiosHeaders, type AxiosResponse } from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPreparedRequest, signPreparedRequestOffThread } from '../../generator/runtime/authorize.ts';
import type { EndpointTable, HttpMethod } from '../../generator/runtime/endpoints.ts';
import * as errors from '../../generator/runtime/errors.ts';
import { StaticPublicKeyStore } from '../../generator/runtime/key-store.ts';
import {
  prepareRequest,
  resolveRoute,
  type EndpointRequestConfig,
  type PreparedRequest,
} from '../../generator/runtime/prepare.ts';
import { verifyAndParse } from '../../generator/runtime/receive.ts';
import { sendRequest } from '../../generator/runtime/send.ts';
import { pathTemplateToChainKey } from '../../generator/runtime/naming.ts';
import { requestVectors, responseVectors, vectorPem, type RequestVector } from './fixtures.ts';

const BASE_URL = 'https://api.mch.weixin.qq.com/';
const merchantKey = createPrivateKey(vectorPem(requestVectors.privateKey));
const keyStore = new StaticPublicKeyStore(
  Object.entries(responseVectors.keys).map(([serial, file]) => [serial, createPublicKey(vectorPem(file))] as const),
);

/** The vector's call, made as the client makes it: a one-entry table, the chain its path maps to. */
function prepare(vector: RequestVector, baseURL = BASE_URL): Promise<PreparedRequest> {
  const { pathTemplate, shape = { request: 'json', response: 'json' }, config = {}, data } = vector.call;
  const method = vector.method.toLowerCase() as HttpMethod;
  const chain = pathTemplateToChainKey(pathTemplate);
  const table: EndpointTable = { [chain]: { path: pathTemplate, methods: { [method]: shape } } };
  const route = resolveRoute(table, chain.split('.'), method, true);
  const payload =
    shape.request === 'multipart'
      ? { ...(data as object), file: Buffer.from(String((data as { file: string }).file)) }
      : data;
  return prepareRequest(route, payload, config as EndpointRequestConfig, baseURL);
}

describe('prepare: the call becomes the exact path and BODY that are signed', () => {
  it.each(requestVectors.cases)('$name', async (vector) => {
    const prepared = await prepare(vector);
    expect(prepared.method.toUpperCase()).toBe(vector.method);
    expect(prepared.pathWithQuery).toBe(vector.pathWithQuery);
    expect(prepared.url).toBe(new URL(vector.pathWithQuery, BASE_URL).href);
    expect(prepared.signedBody).toBe(vector.body);
    if (vector.call.shape?.request !== 'multipart') expect(prepared.body?.toString('utf8') ?? '').toBe(vector.body);
  });

  it('keeps a base URL path prefix, and a per-call baseURL wins', async () => {
    const vector = requestVectors.cases[0]!;
    expect((await prepare(vector, 'https://proxy.example/wechat/')).pathWithQuery).toBe(
      `/wechat${vector.pathWithQuery}`,
    );
    const perCall = { ...vector, call: { ...vector.call, config: { baseURL: 'https://other.example/' } } };
    expect((await prepare(perCall)).url).toBe(`https://other.example${vector.pathWithQuery}`);
  });
});

describe('sign: signPreparedRequest with the injected clock and nonce, on the main thread or off it', () => {
  it.each(requestVectors.cases)('$name', async (vector) => {
    const prepared = await prepare(vector);
    const signer = {
      mchid: requestVectors.mchid,
      serial: requestVectors.serial,
      privateKey: merchantKey,
      // any millisecond inside the vector's second gives its timestamp
      clock: () => Number(vector.timestamp) * 1000 + 999,
      nonce: () => vector.nonce,
    };
    const expected = {
      authorization: vector.authorization,
      timestamp: vector.timestamp,
      nonce: vector.nonce,
      signature: vector.signature,
    };
    expect(signPreparedRequest(prepared, signer)).toEqual(expected);
    expect(await signPreparedRequestOffThread(prepared, signer)).toEqual(expected);
  });
});

describe('send: the prepared bytes reach the wire unchanged', () => {
  interface Received {
    method: string | undefined;
    url: string | undefined;
    headers: IncomingHttpHeaders;
    rawHeaders: string[];
    body: Buffer;
  }
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    received.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      rawHeaders: request.rawHeaders,
      body: Buffer.concat(chunks),
    });
    const status = request.url?.includes('fail') ? 400 : 200;
    response.writeHead(status, { 'Content-Type': 'application/json' });
    response.end(status === 400 ? '{"code":"PARAM_ERROR","message":"参数错误"}' : '{"raw":true}');
  });
  let baseURL = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(requestVectors.cases)('$name', async (vector) => {
    const prepared = await prepare(vector, baseURL);
    const response = await sendRequest(axios.create(), prepared, vector.authorization);
    const last = received.at(-1)!;
    expect(last.method).toBe(vector.method);
    expect(last.url).toBe(vector.pathWithQuery);
    expect(last.headers.authorization).toBe(vector.authorization);
    expect(last.body.equals(prepared.body ?? Buffer.alloc(0))).toBe(true);
    if (vector.call.shape?.request === 'multipart')
      expect(last.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    else if (vector.body !== '') expect(last.headers['content-type']).toBe('application/json');
    // the raw answer, not parsed: verification comes first
    expect(Buffer.isBuffer(response.data)).toBe(true);
    expect(response.data.toString()).toBe('{"raw":true}');
  });

  it('leaves the caller’s headers object untouched, and parses error answers', async () => {
    const headers = { 'X-Custom': 'yes' };
    const vector = requestVectors.cases[0]!;
    const prepared = await prepare({ ...vector, call: { ...vector.call, config: { headers } } }, baseURL);
    await sendRequest(axios.create(), prepared, vector.authorization);
    expect(received.at(-1)!.headers['x-custom']).toBe('yes');
    expect(headers).toEqual({ 'X-Custom': 'yes' });

    // ours replace the caller's Authorization and Content-Type, whatever their letter case
    const posting = requestVectors.cases.find(
      (candidate) => candidate.body !== '' && candidate.call.shape === undefined,
    )!;
    const clashing = { authorization: 'theirs', 'CONTENT-TYPE': 'text/plain', Accept: 'application/json' };
    await sendRequest(
      axios.create(),
      await prepare({ ...posting, call: { ...posting.call, config: { headers: clashing } } }, baseURL),
      posting.authorization,
    );
    expect(received.at(-1)!.headers).toMatchObject({
      authorization: posting.authorization,
      'content-type': 'application/json',
      accept: 'application/json',
    });
    expect(received.at(-1)!.rawHeaders.filter((name) => /^(authorization|content-type)$/i.test(name))).toHaveLength(2);

    const failing = await prepare({ ...vector, call: { pathTemplate: '/v3/fail' } }, baseURL);
    const error = await sendRequest(axios.create(), failing, vector.authorization).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).response?.data).toEqual({ code: 'PARAM_ERROR', message: '参数错误' });
  });
});

describe('receive: verify with the injected key store and clock, then parse', () => {
  function answer(headers: Record<string, string>, body: string, status = 200): AxiosResponse {
    return {
      status,
      statusText: 'OK',
      headers: new AxiosHeaders(headers),
      data: Buffer.from(body),
      config: { headers: new AxiosHeaders() },
    };
  }

  it.each(responseVectors.cases)('$name → $expect', (vector) => {
    const response = answer(vector.headers, vector.body);
    const kind = vector.body === '' ? 'empty' : 'json';
    const verifier = { keyStore, clock: () => vector.now * 1000 + 999 };
    let error: unknown;
    try {
      verifyAndParse(response, { responseKind: kind, responseType: 'arraybuffer' }, verifier);
    } catch (caught) {
      error = caught;
    }
    if (vector.expect === 'ok') {
      expect(error).toBeUndefined();
      expect(response.data).toEqual(vector.body === '' ? undefined : JSON.parse(vector.body));
    } else {
      expect(error).toBeInstanceOf((errors as unknown as Record<string, new () => Error>)[vector.expect]);
      const { response: attached } = error as errors.ResponseVerificationError;
      expect(attached).toBe(response);
      expect(Buffer.isBuffer(attached?.data) && attached.data.toString()).toBe(vector.body); // raw, not parsed
    }
  });

  it('asks the key store for the serial as sent', () => {
    const vector = responseVectors.cases.find((candidate) => candidate.name === 'the serial in lower case')!;
    const asked: string[] = [];
    const store = { get: (serial: string) => (asked.push(serial), keyStore.get(serial)) };
    verifyAndParse(
      answer(vector.headers, vector.body),
      { responseKind: 'json', responseType: 'arraybuffer' },
      { keyStore: store, clock: () => vector.now * 1000 },
    );
    expect(asked).toEqual([vector.headers['Wechatpay-Serial']]);
  });

  it('passes unsigned downloads and non-2xx answers through unverified', () => {
    const download = verifyAndParse(
      answer({}, 'a,b\n1,2\n'),
      { responseKind: 'binary', responseType: 'arraybuffer' },
      { keyStore, clock: Date.now },
    );
    expect(Buffer.isBuffer(download.data) && download.data.toString()).toBe('a,b\n1,2\n');
    const failed = verifyAndParse(
      answer({}, '{"code":"NOT_FOUND"}', 404),
      { responseKind: 'json', responseType: 'arraybuffer' },
      { keyStore, clock: Date.now },
    );
    expect(failed.data).toEqual({ code: 'NOT_FOUND' });
  });
});
