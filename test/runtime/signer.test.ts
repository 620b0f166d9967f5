// The signer and verifier as pure functions, cross-checked against the
// system's openssl (a second, independent implementation of the same maths).

import { execFileSync } from 'node:child_process';
import { sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxiosHeaders } from 'axios';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ResponseHeadersMissingError,
  ResponseVerificationError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownSerialError,
  buildAuthorization,
  buildRequestMessage,
  buildResponseMessage,
  createNonce,
  signMessage,
  signRequest,
  verifyResponse,
} from '../../generator/runtime/protocol.ts';
import { PLATFORM_SERIAL, createKeyPair, leakedPemLines } from './fixtures.ts';

const merchant = createKeyPair();
const platform = createKeyPair();
const workdir = mkdtempSync(join(tmpdir(), 'wechatpay-signer-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

writeFileSync(join(workdir, 'merchant.pem'), merchant.privatePem, { mode: 0o600 });
writeFileSync(join(workdir, 'merchant.pub.pem'), merchant.publicPem);
writeFileSync(join(workdir, 'platform.pem'), platform.privatePem, { mode: 0o600 });

let fileCounter = 0;
function writeTemp(content: string | Buffer): string {
  const path = join(workdir, `data-${(fileCounter += 1)}`);
  writeFileSync(path, content);
  return path;
}

/** base64(openssl dgst -sha256 -sign key.pem message) */
function opensslSign(keyFile: string, message: string | Buffer): string {
  return execFileSync('openssl', ['dgst', '-sha256', '-sign', join(workdir, keyFile), writeTemp(message)]).toString('base64');
}

describe('request signature: known answers from openssl', () => {
  const cases = [
    { method: 'GET', url: '/v3/certificates', body: '' },
    { method: 'GET', url: '/v3/profitsharing/return-orders/R20240101%2F1?out_order_no=P%20001&sub_mchid=1900000109', body: '' },
    {
      method: 'POST',
      url: '/v3/ecommerce/subsidies/return',
      body: '{"sub_mchid":"1900000109","out_order_no":"P20150806125346","amount":10,"description":"回退补差——测试"}',
    },
    { method: 'POST', url: '/v3/merchant/media/upload', body: '{"filename":"filea.jpg","sha256":"hjkahkjsjkfsjk78687dhjahdajhk"}' },
  ];

  it.each(cases)('$method $url', ({ method, url, body }) => {
    const timestamp = '1554208460';
    const nonce = '593BEC0C930BF1AFEB40B4A08C8FB242';
    const message = buildRequestMessage(method, url, timestamp, nonce, body);
    expect(message).toBe(`${method}\n${url}\n${timestamp}\n${nonce}\n${body}\n`);
    const signature = signMessage(message, merchant.privatePem);
    expect(signature).toBe(opensslSign('merchant.pem', message));
    // and openssl accepts it with the public key
    const verified = execFileSync('openssl', [
      'dgst', '-sha256', '-verify', join(workdir, 'merchant.pub.pem'),
      '-signature', writeTemp(Buffer.from(signature, 'base64')), writeTemp(message),
    ]).toString();
    expect(verified.trim()).toBe('Verified OK');
  });

  it('signs with a KeyObject and a PKCS#1 PEM alike', () => {
    const message = buildRequestMessage('post', '/v3/x', 1, 'N', '{}');
    expect(message.startsWith('POST\n')).toBe(true);
    const pkcs1 = merchant.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const expected = opensslSign('merchant.pem', message);
    expect(signMessage(message, merchant.privateKey)).toBe(expected);
    expect(signMessage(message, pkcs1)).toBe(expected);
    expect(signMessage(Buffer.from(message), merchant.privateKey)).toBe(expected);
  });
});

describe('authorization header', () => {
  it('has the documented layout', () => {
    expect(
      buildAuthorization({ mchid: '1900009191', serial: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C', nonce: 'C5AC4E1A', timestamp: 1554208460, signature: 'c2lnbg==' }),
    ).toBe(
      'WECHATPAY2-SHA256-RSA2048 mchid="1900009191",nonce_str="C5AC4E1A",signature="c2lnbg==",timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"',
    );
  });

  it('signRequest composes the pieces', () => {
    const signed = signRequest({
      method: 'GET', pathWithQuery: '/v3/certificates', mchid: '1900009191', serial: 'ABC',
      privateKey: merchant.privateKey, timestamp: 1554208460, nonce: '593BEC0C930BF1AFEB40B4A08C8FB242',
    });
    const message = 'GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n';
    expect(signed.signature).toBe(opensslSign('merchant.pem', message));
    expect(signed.authorization).toContain(`signature="${signed.signature}"`);
    expect(signed.timestamp).toBe('1554208460');
  });

  it('signRequest defaults timestamp and nonce to now and a fresh nonce', () => {
    const signed = signRequest({ method: 'GET', pathWithQuery: '/v3/x', mchid: '1', serial: 'S', privateKey: merchant.privateKey });
    expect(Math.abs(Number(signed.timestamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(signed.nonce).toMatch(/^[0-9A-F]{32}$/);
  });
});

describe('createNonce', () => {
  it('gives 32 characters, unique', () => {
    const nonces = new Set(Array.from({ length: 2000 }, createNonce));
    expect(nonces.size).toBe(2000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9A-F]{32}$/);
  });
});

describe('verifyResponse', () => {
  const now = 1_700_000_000;
  const body = '{"code":"OK","message":"签名通过"}';
  const nonce = 'fa4ba5a0f0c26e1bd4ddf6acf0e6bd35';
  // The platform side is signed by openssl, independent of our signer.
  const signature = opensslSign('platform.pem', buildResponseMessage(now, nonce, body));
  const certs = { [PLATFORM_SERIAL]: platform.publicPem };
  const headers = {
    'wechatpay-timestamp': String(now),
    'wechatpay-nonce': nonce,
    'wechatpay-signature': signature,
    'wechatpay-serial': PLATFORM_SERIAL,
  };

  it('buildResponseMessage keeps bytes intact', () => {
    expect(buildResponseMessage(1, 'n', 'b')).toBe('1\nn\nb\n');
    expect(buildResponseMessage(1, 'n', Buffer.from('中')).equals(Buffer.from('1\nn\n中\n'))).toBe(true);
  });

  it('accepts a genuine response: plain, AxiosHeaders, fetch Headers, Map certs, bytes body', () => {
    const expected = { serial: PLATFORM_SERIAL, timestamp: now, nonce };
    expect(verifyResponse({ headers, body, certs, now })).toEqual(expected);
    const titleCase = {
      'Wechatpay-Timestamp': String(now),
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Signature': [signature],
      'Wechatpay-Serial': PLATFORM_SERIAL,
    };
    expect(verifyResponse({ headers: titleCase, body, certs, now })).toEqual(expected);
    expect(verifyResponse({ headers: new AxiosHeaders(headers), body: Buffer.from(body), certs, now })).toEqual(expected);
    expect(verifyResponse({ headers: new Headers(headers), body, certs: new Map([[PLATFORM_SERIAL, platform.publicKey]]), now })).toEqual(expected);
    expect(verifyResponse({ headers: { ...headers, 'wechatpay-serial': PLATFORM_SERIAL.toLowerCase() }, body, certs, now }).serial).toBe(PLATFORM_SERIAL.toLowerCase());
  });

  it('accepts up to 300 s of clock skew either way, refuses 301', () => {
    expect(() => verifyResponse({ headers, body, certs, now: now + 300 })).not.toThrow();
    expect(() => verifyResponse({ headers, body, certs, now: now - 300 })).not.toThrow();
    expect(() => verifyResponse({ headers, body, certs, now: now + 301 })).toThrow(TimestampSkewError);
    expect(() => verifyResponse({ headers, body, certs, now: now - 301 })).toThrow(TimestampSkewError);
    expect(() => verifyResponse({ headers, body, certs, now: now + 10, maxSkewSeconds: 5 })).toThrow(TimestampSkewError);
    expect(() => verifyResponse({ headers: { ...headers, 'wechatpay-timestamp': '17e8' }, body, certs, now })).toThrow(/not a Unix timestamp/);
  });

  it('names each missing header', () => {
    const { 'wechatpay-signature': _s, 'wechatpay-nonce': _n, ...partial } = headers;
    const error = catchError(() => verifyResponse({ headers: partial, body, certs, now }));
    expect(error).toBeInstanceOf(ResponseHeadersMissingError);
    expect((error as ResponseHeadersMissingError).missing).toEqual(['Wechatpay-Nonce', 'Wechatpay-Signature']);
  });

  it('refuses an unknown serial', () => {
    const error = catchError(() => verifyResponse({ headers: { ...headers, 'wechatpay-serial': 'PUB_KEY_ID_1' }, body, certs, now }));
    expect(error).toBeInstanceOf(UnknownSerialError);
    expect((error as UnknownSerialError).serial).toBe('PUB_KEY_ID_1');
  });

  it('refuses a changed body, nonce, timestamp or signature', () => {
    const attempts = [
      { headers, body: body.replace('OK', 'NO') },
      { headers, body: `${body} ` },
      { headers: { ...headers, 'wechatpay-nonce': nonce.toUpperCase() }, body },
      { headers: { ...headers, 'wechatpay-timestamp': String(now + 1) }, body },
      { headers: { ...headers, 'wechatpay-signature': `WECHATPAY/SIGNTEST/${signature}` }, body },
      { headers: { ...headers, 'wechatpay-signature': 'not base64 at all' }, body },
    ];
    for (const attempt of attempts) {
      expect(() => verifyResponse({ ...attempt, certs, now })).toThrow(SignatureMismatchError);
    }
    // a response signed by the merchant key instead of the platform key
    const forged = sign('sha256', Buffer.from(buildResponseMessage(now, nonce, body)), merchant.privateKey).toString('base64');
    expect(() => verifyResponse({ headers: { ...headers, 'wechatpay-signature': forged }, body, certs, now })).toThrow(SignatureMismatchError);
  });

  it('all failures are ResponseVerificationErrors without key material', () => {
    const failures = [
      () => verifyResponse({ headers: {}, body, certs, now }),
      () => verifyResponse({ headers, body, certs, now: now + 1000 }),
      () => verifyResponse({ headers: { ...headers, 'wechatpay-serial': 'X' }, body, certs, now }),
      () => verifyResponse({ headers, body: '', certs, now }),
    ];
    for (const failure of failures) {
      const error = catchError(failure);
      expect(error).toBeInstanceOf(ResponseVerificationError);
      const text = `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`;
      expect(leakedPemLines(platform.publicPem, text)).toEqual([]);
      expect(leakedPemLines(platform.privatePem, text)).toEqual([]);
    }
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
