// The client, from the runtime sources, against the simulator over real HTTP.

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { AxiosError } from 'axios';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MissingPathParameterError,
  ResponseVerificationError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownEndpointError,
  UnknownSerialError,
  Wechatpay,
  createWechatpay,
  defineWechatpay,
  type UntypedApi,
} from '../../generator/runtime/index.ts';
import { FAULT_HEADER, startSimulator, type Fault } from './simulator.ts';
import {
  MCHID,
  MERCHANT_SERIAL,
  PLATFORM_SERIAL,
  PUBLIC_KEY_ID,
  createKeyPair,
  endpoints,
  identity,
  leakedPemLines,
  subsidyReturn,
} from './fixtures.ts';
import { rejection } from './rejection.ts';
import { SIGNATURE_FAULT_ERRORS } from './signature-faults.ts';
import { useClientSimulator } from './simulator-session.ts';

const session = useClientSimulator({ slowMs: 300 });
const { merchant, platform } = session;
const product = { name: 'wechatpay-test-sdk', version: '9.8.7' };
const Client = defineWechatpay<UntypedApi>({ endpoints, product });

let wxpay: InstanceType<typeof Client>;

beforeAll(() => {
  wxpay = new Client(session.config);
});

/** Per-request fault injection through the simulator's control header. */
const fault = (name: Fault) => ({ headers: { [FAULT_HEADER]: name } });

function expectNoKeyMaterial(value: unknown): void {
  const error = value as Error & { toJSON?: () => unknown };
  const text = [
    String(error),
    error.stack,
    JSON.stringify(error.toJSON?.() ?? error),
    inspect(error, { depth: 6 }),
  ].join('\n');
  for (const pem of [merchant.privatePem, platform.publicPem]) expect(leakedPemLines(pem, text)).toEqual([]);
}

describe('endpoints', () => {
  it('POST /v3/ecommerce/subsidies/return, via post() and the shorthand call', async () => {
    for (const call of [
      () => wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn),
      () => wxpay.v3.ecommerce.subsidies.return(subsidyReturn),
    ]) {
      const { status, data } = await call();
      expect(status).toBe(200);
      expect(data).toMatchObject({ ...subsidyReturn, result: 'SUCCESS' });
      expect(Object.keys(data).sort()).toEqual([
        'amount',
        'description',
        'out_order_no',
        'refund_id',
        'result',
        'sub_mchid',
        'subsidy_refund_id',
        'success_time',
        'transaction_id',
      ]);
      expect(data.success_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    }
  });

  it('POST /v3/profitsharing/return-orders, then GET it by {out_return_no}', async () => {
    const order = {
      sub_mchid: '1900000109',
      out_order_no: 'P 2024/01',
      out_return_no: 'R20190516001',
      return_mchid: '86693852',
      amount: 10,
      description: '用户退款',
    };
    const created = await wxpay.v3.profitsharing.returnOrders.post(order);
    expect(created.data).toMatchObject({ ...order, result: 'SUCCESS' });
    expect(created.data).toHaveProperty('return_id');
    expect(created.data).toHaveProperty('create_time');
    expect(created.data).toHaveProperty('finish_time');

    const fetched = await wxpay.v3.profitsharing.returnOrders._out_return_no_.get({
      out_return_no: 'R20190516001',
      params: { sub_mchid: '1900000109', out_order_no: 'P 2024/01' },
    });
    expect(fetched.data).toEqual(created.data);
    expect(session.sim.requests.at(-1)!.url).toBe(
      '/v3/profitsharing/return-orders/R20190516001?sub_mchid=1900000109&out_order_no=P%202024%2F01',
    );

    const failed = await wxpay.v3.profitsharing.returnOrders({ ...order, out_return_no: 'R2', amount: 5_000_000 });
    expect(failed.data).toMatchObject({ result: 'FAILED', fail_reason: 'BALANCE_NOT_ENOUGH' });
  });

  it('uploads multipart meta + file (Buffer, stream, Blob); meta is what gets signed', async () => {
    const image = Buffer.from('\x89PNG\r\n\x1a\n fake image bytes', 'latin1');
    const sha256 = createHash('sha256').update(image).digest('hex');
    const meta = { filename: 'logo.png', sha256 };
    for (const file of [image, Readable.from([image.subarray(0, 5), image.subarray(5)]), new Blob([image])]) {
      const { data } = await wxpay.v3.merchant.media.upload.post({ meta, file });
      expect(data.media_id).toMatch(/^media_/);
    }
    const sent = session.sim.requests.at(-1)!;
    expect(sent.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent.body.toString('latin1')).toContain('filename="logo.png"');
    expect(sent.body.toString('latin1')).toContain('Content-Type: image/png');
    // a wrong hash is refused by the server, showing the file really arrived
    const error = await rejection(
      wxpay.v3.merchant.media.upload.post({ meta: JSON.stringify({ ...meta, sha256: '0'.repeat(64) }), file: image }),
    );
    expect((error as AxiosError<{ code: string }>).response?.data.code).toBe('PARAM_ERROR');
  });

  it('downloads bill files as unverified bytes (Buffer or stream)', async () => {
    const { data, headers } = await wxpay.v3.billdownload.file.get({ params: { token: 'T0k3n' } });
    expect(Buffer.isBuffer(data)).toBe(true);
    expect(data.toString()).toContain('T0k3n');
    expect(headers['wechatpay-signature']).toBeUndefined();

    const streamed = await wxpay.v3.billdownload.file.get({ params: { token: 'S' }, responseType: 'stream' });
    const chunks: Buffer[] = [];
    for await (const chunk of streamed.data as Readable) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toContain('`S');

    const missing = await rejection(wxpay.v3.billdownload.file.get({ responseType: 'stream' }));
    expect((missing as AxiosError<{ code: string }>).response?.data.code).toBe('PARAM_ERROR');
  });

  it('downloads a bill file through a chain its table does not know, by path (not as a signed JSON answer)', async () => {
    const bare = new (defineWechatpay<UntypedApi>({ endpoints: {}, product }))(session.config);
    const { data, headers } = await bare.v3.billdownload.file.get({ params: { token: 'T0k3n' } });
    expect(Buffer.isBuffer(data)).toBe(true);
    expect(data.toString()).toContain('T0k3n');
    expect(headers['wechatpay-signature']).toBeUndefined();
  });

  it('verifies signed 204 answers over the empty body', async () => {
    const closed = await wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.close.post(
      { mchid: MCHID },
      { out_trade_no: '1217752501201407033233368018' },
    );
    expect(closed.status).toBe(204);
    expect(closed.data).toBeUndefined();
    expect(session.sim.requests.at(-1)!.url).toBe(
      '/v3/pay/transactions/out-trade-no/1217752501201407033233368018/close',
    );
    const tampered = await rejection(
      wxpay.v3.pay.transactions.outTradeNo._out_trade_no_.close.post(
        { mchid: MCHID },
        { out_trade_no: '1', ...fault('tampered-signature') },
      ),
    );
    expect(tampered).toBeInstanceOf(SignatureMismatchError);
  });

  it('supports get, put, patch and delete with their argument shapes', async () => {
    const echo = wxpay.v3.simulator.echo._value_;
    expect((await echo.get({ value: 'g', params: { a: 1 } })).data).toMatchObject({
      method: 'GET',
      value: 'g',
      query: { a: '1' },
    });
    expect((await echo.delete({ value: 'd' })).data).toMatchObject({ method: 'DELETE', value: 'd' });
    expect(session.sim.requests.at(-1)!.body.length).toBe(0);
    // a DELETE body rides in config.data, as with axios.delete(url, { data }), and is signed
    expect((await echo.delete({ value: 'd', data: { reason: 'x' } })).status).toBe(200);
    expect(session.sim.requests.at(-1)!.body.toString()).toBe('{"reason":"x"}');
    expect((await echo.put({ x: 1 }, { value: 'p' })).data).toMatchObject({
      method: 'PUT',
      value: 'p',
      body: { x: 1 },
    });
    expect((await echo.patch({ y: [1] }, { value: 'q' })).data).toMatchObject({ method: 'PATCH', body: { y: [1] } });
  });

  it('sends the protocol headers: Authorization, Accept, Content-Type, User-Agent', async () => {
    await wxpay.v3.simulator.echo._value_.post({ a: 1 }, { value: 'h' });
    const posted = session.sim.requests.at(-1)!.headers;
    expect(posted.authorization).toMatch(
      new RegExp(
        `^WECHATPAY2-SHA256-RSA2048 mchid="${MCHID}",nonce_str="[0-9A-F]{32}",signature="[A-Za-z0-9+/=]+",timestamp="\\d+",serial_no="${MERCHANT_SERIAL}"$`,
      ),
    );
    expect(posted.accept).toBe('application/json');
    expect(posted['content-type']).toBe('application/json');
    expect(posted['user-agent']).toMatch(/^wechatpay-test-sdk\/9\.8\.7 axios\/\S+ node\/\S+/);
    expect(session.sim.requests.at(-1)!.body.toString()).toBe('{"a":1}');

    await wxpay.v3.simulator.echo._value_.get({ value: 'h', headers: { 'User-Agent': 'custom/1' } });
    const got = session.sim.requests.at(-1)!.headers;
    expect(got['content-type']).toBeUndefined();
    expect(got['user-agent']).toBe('custom/1');
  });

  it('accepts responses signed with a WeChat Pay public key id', async () => {
    const keyed = await startSimulator(identity(merchant, platform, PUBLIC_KEY_ID));
    try {
      const client = new Client({
        ...session.config,
        baseURL: keyed.baseURL,
        certs: { [PUBLIC_KEY_ID]: platform.publicPem },
      });
      expect((await client.v3.ecommerce.subsidies.return(subsidyReturn)).status).toBe(200);
      // the platform-certificate-only client does not know that key id
      const error = await rejection(
        new Client({ ...session.config, baseURL: keyed.baseURL }).v3.ecommerce.subsidies.return(subsidyReturn),
      );
      expect(error).toBeInstanceOf(UnknownSerialError);
      expect((error as UnknownSerialError).serial).toBe(PUBLIC_KEY_ID);
    } finally {
      await keyed.close();
    }
  });
});

describe('response verification faults', () => {
  it.each(SIGNATURE_FAULT_ERRORS)('%s rejects with %s', async (name, ErrorClass) => {
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn, fault(name)));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ResponseVerificationError);
    const { response } = error as ResponseVerificationError;
    expect(response?.status).toBe(200);
    expect(Buffer.isBuffer(response?.data)).toBe(true); // raw, not parsed
    expectNoKeyMaterial(error);
  });

  it('queued faults hit the next request only', async () => {
    session.sim.injectFault('stale-timestamp');
    await expect(wxpay.v3.ecommerce.subsidies.return(subsidyReturn)).rejects.toBeInstanceOf(TimestampSkewError);
    await expect(wxpay.v3.ecommerce.subsidies.return(subsidyReturn)).resolves.toHaveProperty('status', 200);
  });
});

describe('error answers and transport failures', () => {
  it.each([
    ['status-429', 429, 'FREQUENCY_LIMITED'],
    ['status-500', 500, 'SYSTEM_ERROR'],
  ] as const)('%s rejects as AxiosError with code and message', async (name, status, code) => {
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn, fault(name)));
    expect(error).toBeInstanceOf(AxiosError);
    const { response } = error as AxiosError<{ code: string; message: string }>;
    expect(response?.status).toBe(status);
    expect(response?.data.code).toBe(code);
    expect(response?.data.message).toEqual(expect.any(String));
    expectNoKeyMaterial(error);
  });

  it('400 PARAM_ERROR names the missing field', async () => {
    const { refund_id: _omitted, ...incomplete } = subsidyReturn;
    const error = (await rejection(wxpay.v3.ecommerce.subsidies.return(incomplete))) as AxiosError<{
      code: string;
      message: string;
    }>;
    expect(error).toBeInstanceOf(AxiosError);
    expect(error.response?.status).toBe(400);
    expect(error.response?.data).toEqual({
      code: 'PARAM_ERROR',
      message: expect.stringContaining('refund_id'),
      detail: { field: 'refund_id', location: 'body', issue: expect.any(String) },
    });
  });

  it('a request signed with the wrong key answers 401 SIGN_ERROR', async () => {
    const stranger = createKeyPair();
    const error = (await rejection(
      new Client({ ...session.config, privateKey: stranger.privatePem }).v3.ecommerce.subsidies.return(subsidyReturn),
    )) as AxiosError<{ code: string }>;
    expect(error.response?.status).toBe(401);
    expect(error.response?.data.code).toBe('SIGN_ERROR');
    expectNoKeyMaterial(error);
    expect(leakedPemLines(stranger.privatePem, JSON.stringify(error.toJSON()))).toEqual([]);
  });

  it('a slow answer times out as an axios error', async () => {
    const error = await rejection(
      wxpay.v3.ecommerce.subsidies.return(subsidyReturn, { ...fault('slow'), timeout: 50 }),
    );
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).code).toBe('ECONNABORTED');
  });

  it('does not follow a redirect (the signature covers the URL it was made for), unless told to', async () => {
    const seen: string[] = [];
    const redirecting = createServer((request, response) => {
      seen.push(request.url ?? '');
      response.writeHead(302, { Location: '/v3/elsewhere' }).end();
    });
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const baseURL = `http://127.0.0.1:${(redirecting.address() as AddressInfo).port}`;
      // The default, and a maxRedirects left undefined (as a config built from optional settings has it).
      for (const client of [
        new Client({ ...session.config, baseURL }),
        new Client({ ...session.config, baseURL, maxRedirects: undefined }),
      ]) {
        seen.length = 0;
        const error = await rejection(client.v3.ecommerce.subsidies.return(subsidyReturn));
        expect(error).toBeInstanceOf(AxiosError);
        expect((error as AxiosError).response?.status).toBe(302);
        expect(seen).toEqual(['/v3/ecommerce/subsidies/return']);
      }

      // Told to, for the client or for one call.
      for (const call of [
        () => new Client({ ...session.config, baseURL, maxRedirects: 1 }).v3.ecommerce.subsidies.return(subsidyReturn),
        () =>
          new Client({ ...session.config, baseURL }).v3.ecommerce.subsidies.return(subsidyReturn, { maxRedirects: 1 }),
      ]) {
        seen.length = 0;
        const followed = await rejection(call());
        expect((followed as AxiosError).code).toBe('ERR_FR_TOO_MANY_REDIRECTS');
        expect(seen).toEqual(['/v3/ecommerce/subsidies/return', '/v3/elsewhere']);
      }
    } finally {
      redirecting.closeAllConnections();
      redirecting.close();
    }
  });

  it('a dropped connection rejects as an axios error', async () => {
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return(subsidyReturn, fault('drop')));
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).code).toBe('ECONNRESET');
  });
});

describe('injected clock, nonce source and key store', () => {
  it('signs with the configured clock and nonce source', async () => {
    // 100 s behind: inside the simulator's 300 s window, and far enough to tell from the real clock.
    const clock = () => Date.now() - 100_000;
    const nonces = ['0'.repeat(32), 'A'.repeat(32)];
    const client = new Client({ ...session.config, clock, nonce: () => nonces.shift()! });
    const before = Math.floor(clock() / 1000);
    await client.v3.simulator.echo._value_.get({ value: 'c1' });
    await client.v3.simulator.echo._value_.get({ value: 'c2' });
    const after = Math.floor(clock() / 1000);
    const [first, second] = session.sim.requests.slice(-2).map((request) => String(request.headers.authorization));
    expect(first).toContain(`nonce_str="${'0'.repeat(32)}"`);
    expect(second).toContain(`nonce_str="${'A'.repeat(32)}"`);
    const timestamp = Number(/timestamp="(\d+)"/.exec(second!)?.[1]);
    expect(timestamp).toBeGreaterThanOrEqual(before);
    expect(timestamp).toBeLessThanOrEqual(after);
  });

  it('verifies answers against the configured clock', async () => {
    // The simulator refuses requests more than 300 s off, so sign with the real clock and verify with a skewed one.
    let calls = 0;
    const clock = () => (calls++ === 0 ? Date.now() : Date.now() + 600_000);
    const error = await rejection(
      new Client({ ...session.config, clock }).v3.ecommerce.subsidies.return(subsidyReturn),
    );
    expect(error).toBeInstanceOf(TimestampSkewError);
    expect(calls).toBe(2);
  });

  it('looks verification keys up in the configured key store', async () => {
    const asked: string[] = [];
    const { certs: _certs, ...withoutCerts } = session.config;
    const keyStore = {
      get(serial: string) {
        asked.push(serial);
        return serial === PLATFORM_SERIAL ? platform.publicKey : undefined;
      },
    };
    const client = new Client({ ...withoutCerts, keyStore });
    expect((await client.v3.ecommerce.subsidies.return(subsidyReturn)).status).toBe(200);
    expect(asked).toEqual([PLATFORM_SERIAL]);
    const error = await rejection(
      new Client({ ...withoutCerts, keyStore: { get: () => undefined } }).v3.ecommerce.subsidies.return(subsidyReturn),
    );
    expect(error).toBeInstanceOf(UnknownSerialError);
  });
});

describe('URLs', () => {
  it('encodes path parameters and signs the encoded path', async () => {
    const value = "a b/c?d#e&f=中%'(.)";
    const { data } = await wxpay.v3.simulator.echo._value_.get({ value });
    expect(data.value).toBe(value);
    expect(data.url).toBe('/v3/simulator/echo/a%20b%2Fc%3Fd%23e%26f%3D%E4%B8%AD%25%27%28.%29');
  });

  it('refuses a missing path parameter before sending anything', async () => {
    const before = session.sim.requests.length;
    const error = await rejection(
      wxpay.v3.profitsharing.returnOrders._out_return_no_.get({ params: { out_order_no: 'x' } }),
    );
    expect(error).toBeInstanceOf(MissingPathParameterError);
    expect((error as MissingPathParameterError).parameter).toBe('out_return_no');
    expect(session.sim.requests.length).toBe(before);
  });

  it('signs the query string exactly as sent', async () => {
    const params = {
      q: "中文 & =+/?'!()*~",
      list: ['1', '2'],
      empty: '',
      skipped: undefined,
      at: new Date('2024-01-02T03:04:05Z'),
    };
    const { data } = await wxpay.v3.simulator.echo._value_.get({ value: 'q', params });
    expect(data.query).toEqual({ q: params.q, list: '2', empty: '', at: '2024-01-02T03:04:05.000Z' });
    expect(data.url).toContain('list=1&list=2');
  });

  it('falls back to the naming convention for chains the table does not know', async () => {
    const applyment = await wxpay.v3.applyment4sub.applyment._empty_.post({ business_code: '1900013511_10000' });
    expect(applyment.data).toEqual({ applyment_id: 2000002124775691 });
    expect(session.sim.requests.at(-1)!.url).toBe('/v3/applyment4sub/applyment/');

    const deleted = await wxpay.v3.simulator.items._item_id_.Delete.post(undefined, { item_id: 'i/1' });
    expect(deleted.data).toEqual({ deleted: 'i/1', url: '/v3/simulator/items/i%2F1/delete' });

    // with no table at all, camelCase chains become kebab-case paths
    const untabled = createWechatpay<UntypedApi>(session.config);
    const { data } = await untabled.v3.profitsharing.returnOrders.post({
      out_return_no: 'R9',
      return_mchid: '1',
      amount: 1,
      description: 'd',
    });
    expect(data.out_return_no).toBe('R9');
    expect(session.sim.requests.at(-1)!.url).toBe('/v3/profitsharing/return-orders');
  });

  it('strict mode names the closest endpoints instead of guessing', async () => {
    const strict = new Client({ ...session.config, strict: true });
    const before = session.sim.requests.length;
    const error = await rejection(strict.v3.profitsharing.returnOrder.post({}));
    expect(error).toBeInstanceOf(UnknownEndpointError);
    expect((error as UnknownEndpointError).suggestions[0]).toBe('v3.profitsharing.returnOrders');
    expect((error as Error).message).toMatch(/Closest known endpoints: v3\.profitsharing\.returnOrders/);
    await expect(strict.v3.billdownload.file.post({})).rejects.toThrow(/has no POST operation.*known: GET/);
    expect(session.sim.requests.length).toBe(before);
    expect((await strict.v3.ecommerce.subsidies.return(subsidyReturn)).status).toBe(200);
  });
});

describe('chains', () => {
  it('are cached, not thenable, and inspect sanely', async () => {
    const before = session.sim.requests.length;
    expect(wxpay.v3.profitsharing.returnOrders).toBe(wxpay.v3.profitsharing.returnOrders);
    expect(wxpay.v3.profitsharing.returnOrders.post).toBe(wxpay.v3.profitsharing.returnOrders.post);
    expect((wxpay.v3 as unknown as { then: unknown }).then).toBeUndefined();
    expect((wxpay as unknown as { then: unknown }).then).toBeUndefined();
    expect(await wxpay.v3).toBe(wxpay.v3);
    expect(await Promise.resolve(wxpay)).toBe(wxpay);
    expect(typeof wxpay.v3.profitsharing).toBe('function');
    expect(inspect(wxpay.v3.profitsharing.returnOrders)).toContain('v3.profitsharing.returnOrders');
    expect(String(wxpay.v3.profitsharing)).toBe('[WechatpayEndpoint v3.profitsharing]');
    expect(`${wxpay.v3.profitsharing}`).toBe('[WechatpayEndpoint v3.profitsharing]');
    expect(JSON.stringify({ node: wxpay.v3.profitsharing })).toBe('{}');
    expect((wxpay.v3 as unknown as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
    expect((wxpay.v3 as unknown as Record<symbol, unknown>)[Symbol.toPrimitive]).toBeUndefined();
    expect(inspect(wxpay)).toBe('Wechatpay {}');
    expect(wxpay).toBeInstanceOf(Wechatpay);
    expect(wxpay).toBeInstanceOf(Client);
    expect(() => {
      (wxpay.v3 as unknown as Record<string, unknown>)['x'] = 1;
    }).toThrow(TypeError);
    expect(session.sim.requests.length).toBe(before);
  });
});

describe('load', () => {
  it('500 requests with 32 in flight all verify', async () => {
    const verifiedBefore = session.sim.verifiedRequests;
    session.sim.maxInFlight = 0;
    // The simulator answers nothing until 32 requests are in flight together: that proves the client keeps 32
    // going at once, on any machine, however loaded (no timing involved).
    const allInFlight = session.sim.holdAnswersUntilInFlight(32);
    let next = 0;
    // Counted where the requests are made: the simulator answers each synchronously once it has arrived, so how many
    // it sees at once depends on scheduling, not on the client.
    let inFlight = 0;
    let maxInFlight = 0;
    const statuses: number[] = [];
    const worker = async (): Promise<void> => {
      while (next < 500) {
        const index = (next += 1);
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const { status, data } = await wxpay.v3.simulator.echo._value_
          .post({ index }, { value: `n${index}`, params: { i: index } })
          .finally(() => {
            inFlight -= 1;
          });
        expect(data).toMatchObject({ value: `n${index}`, body: { index }, query: { i: String(index) } });
        statuses.push(status);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    expect(statuses).toHaveLength(500);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(session.sim.verifiedRequests - verifiedBefore).toBe(500);
    expect(await allInFlight).toBe(true);
    // At least the 32 of this test (a request an earlier test left unanswered may add one).
    expect(session.sim.maxInFlight).toBeGreaterThanOrEqual(32);
    expect(maxInFlight).toBe(32);
  });
});
