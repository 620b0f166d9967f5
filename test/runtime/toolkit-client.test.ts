// The toolkit methods of the client (pay-sign, decrypt, downloadBill) with the TEST-ONLY merchant key, the
// download against the simulator over real HTTP (it checks the request signature and answers unsigned files).

import { AxiosError } from 'axios';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BillDigestMismatchError,
  DecryptionError,
  Wechatpay,
  type WechatpayConfig,
} from '../../generator/runtime/index.ts';
import { MCHID, MERCHANT_SERIAL } from './fixtures.ts';
import { useSimulator } from './simulator-session.ts';
import type { Route } from './simulator.ts';
import { MERCHANT_KEY, SERIAL_A, vectorFile, vectorIdentity, vectorText, vectors } from './toolkit-vectors.ts';

const bill = vectorFile(vectors.bill.file);
const files: Record<string, Buffer> = {
  plain: bill,
  gzip: vectorFile(vectors.bill.gzipFile),
  encrypted: vectorFile(vectors.bill.encrypted.file),
  tampered: Buffer.concat([bill, Buffer.from('`1,`0.01\n')]),
};

const billRoute: Route = {
  method: 'GET',
  path: '/v3/billdownload/file',
  request: 'none',
  requiredQuery: ['token'],
  handle({ query }) {
    const file = files[query.get('token') ?? ''];
    return file === undefined
      ? { status: 400, json: { code: 'INVALID_REQUEST', message: '下载地址已过期' } }
      : { status: 200, bytes: file };
  },
};

const session = useSimulator({ ...vectorIdentity(), routes: [billRoute] });
let wxpay: Wechatpay;

beforeAll(() => {
  const config: WechatpayConfig = {
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: MERCHANT_KEY,
    certs: { [SERIAL_A]: vectorText('TEST-ONLY-platform-a.cert.pem') },
    baseURL: session.sim.baseURL,
  };
  wxpay = new Wechatpay(config);
});

describe('client pay-sign and decrypt, with the client’s key', () => {
  it('requestPayment and appPayment give the vectors’ signatures', () => {
    const jsapi = vectors.requestPayment;
    expect(
      wxpay.requestPayment({
        appId: jsapi.appId,
        prepayId: jsapi.prepayId,
        timestamp: jsapi.timestamp,
        nonce: jsapi.nonce,
      }).paySign,
    ).toBe(jsapi.paySign);
    const app = vectors.appPayment;
    const params = wxpay.appPayment({
      appId: app.appId,
      prepayId: app.prepayId,
      timestamp: app.timestamp,
      nonce: app.nonce,
    });
    expect(params).toMatchObject({ partnerid: MCHID, prepayid: app.prepayId, package: 'Sign=WXPay', sign: app.sign });
  });

  it('requestPayment({ appId, prepayId }) alone signs with a fresh nonce and timestamp', () => {
    const params = wxpay.requestPayment({ appId: 'wx0', prepayId: 'wx1' });
    expect(params).toMatchObject({ appId: 'wx0', package: 'prepay_id=wx1', signType: 'RSA' });
    expect(params.timeStamp).toMatch(/^\d{10}$/);
  });

  it('decrypt reads a sensitive field encrypted to the merchant key', () => {
    expect(wxpay.decrypt(vectors.sensitive.ciphertext)).toBe(vectors.sensitive.plaintext);
    expect(() => wxpay.decrypt(Buffer.alloc(256, 1).toString('base64'))).toThrow(DecryptionError);
  });

  it('a method taken off the client says how to call it', () => {
    const { requestPayment } = wxpay;
    expect(() => requestPayment({ appId: 'wx0', prepayId: 'wx1' })).toThrow(/call the method on the client itself/);
  });
});

describe('downloadBill', () => {
  const { SHA1, encrypted } = vectors.bill;

  it('signs the GET of download_url (the simulator checks it) and returns the checked bill', async () => {
    const before = session.sim.verifiedRequests;
    const data = await wxpay.downloadBill({
      download_url: `${session.sim.baseURL}v3/billdownload/file?token=plain`,
      hash_type: 'SHA1',
      hash_value: SHA1,
    });
    expect(data.equals(bill)).toBe(true);
    expect(session.sim.verifiedRequests).toBe(before + 1);
    expect(session.sim.requests.at(-1)!.url).toBe('/v3/billdownload/file?token=plain');
  });

  it('gunzips a tar_type=GZIP bill, decrypts an encrypted one, resolves a relative URL against baseURL', async () => {
    const gzip = await wxpay.downloadBill({
      download_url: '/v3/billdownload/file?token=gzip',
      hash_type: 'SHA1',
      hash_value: SHA1,
      gzip: true,
    });
    expect(gzip.equals(bill)).toBe(true);
    const opened = await wxpay.downloadBill({
      download_url: `${session.sim.baseURL}v3/billdownload/file?token=encrypted`,
      ...encrypted,
      gzip: true,
    });
    expect(opened.equals(bill)).toBe(true);
  });

  it('rejects a tampered file, and a WeChat Pay error as AxiosError with { code, message }', async () => {
    await expect(
      wxpay.downloadBill({
        download_url: `${session.sim.baseURL}v3/billdownload/file?token=tampered`,
        hash_type: 'SHA1',
        hash_value: SHA1,
      }),
    ).rejects.toThrow(BillDigestMismatchError);
    const error = await wxpay
      .downloadBill({
        download_url: `${session.sim.baseURL}v3/billdownload/file?token=expired`,
        hash_type: 'SHA1',
        hash_value: SHA1,
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).response?.status).toBe(400);
    expect((error as AxiosError).response?.data).toEqual({ code: 'INVALID_REQUEST', message: '下载地址已过期' });
    // Named in the message, as for every other call, not axios's generic "Request failed with status code 400".
    expect((error as AxiosError).message).toContain('400 INVALID_REQUEST: 下载地址已过期');
  });

  it('downloadBillStream streams the checked bill, and errors at the end on a tampered file', async () => {
    const read = async (stream: AsyncIterable<Buffer>): Promise<Buffer> => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk);
      return Buffer.concat(chunks);
    };
    const gzip = await wxpay.downloadBillStream({
      download_url: '/v3/billdownload/file?token=gzip',
      hash_type: 'SHA1',
      hash_value: SHA1,
      gzip: true,
    });
    expect((await read(gzip)).equals(bill)).toBe(true);
    const tampered = await wxpay.downloadBillStream({
      download_url: '/v3/billdownload/file?token=tampered',
      hash_type: 'SHA1',
      hash_value: SHA1,
    });
    await expect(read(tampered)).rejects.toThrow(BillDigestMismatchError);
    const error = await wxpay
      .downloadBillStream({ download_url: '/v3/billdownload/file?token=expired', hash_type: 'SHA1', hash_value: SHA1 })
      .catch((caught: unknown) => caught);
    expect((error as AxiosError).response?.data).toEqual({ code: 'INVALID_REQUEST', message: '下载地址已过期' });
    expect((error as AxiosError).message).toContain('400 INVALID_REQUEST: 下载地址已过期');
  });

  it('refuses to download what it could not check', async () => {
    const requests = session.sim.requests.length;
    await expect(
      wxpay.downloadBill({ download_url: `${session.sim.baseURL}v3/billdownload/file?token=plain` }),
    ).rejects.toThrow(/needs hash_type and hash_value/);
    expect(session.sim.requests.length).toBe(requests);
  });
});
