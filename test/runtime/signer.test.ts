// The signer and verifier as pure functions, against the committed vectors
// (test/runtime/vectors/: TEST-ONLY keys, every signature made by openssl).

import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxiosHeaders } from 'axios';
import { afterAll, describe, expect, it } from 'vitest';
import * as protocol from '../../generator/runtime/protocol.ts';
import {
  ResponseHeadersMissingError,
  ResponseVerificationError,
  StaticPublicKeyStore,
  buildAuthorization,
  buildRequestMessage,
  buildResponseMessage,
  createNonce,
  signMessage,
  signRequest,
  verifyResponse,
} from '../../generator/runtime/protocol.ts';
import { signMessageOffThread, signRequestOffThread } from '../../generator/runtime/signer.ts';
import { VECTORS_DIR, leakedPemLines, requestVectors, responseVectors, vectorPem } from './fixtures.ts';

const merchantPem = vectorPem(requestVectors.privateKey);
const merchantKey = createPrivateKey(merchantPem);
const platformPems = Object.fromEntries(
  Object.entries(responseVectors.keys).map(([serial, file]) => [serial, vectorPem(file)]),
);
const keyStore = new StaticPublicKeyStore(
  Object.entries(platformPems).map(([serial, pem]) => [serial, createPublicKey(pem)] as const),
);

const workdir = mkdtempSync(join(tmpdir(), 'wechatpay-signer-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

describe('the vectors are openssl’s', () => {
  it.each(requestVectors.cases)('openssl verifies the signature of: $name', ({ message, signature }) => {
    const messageFile = join(workdir, 'message');
    const signatureFile = join(workdir, 'signature');
    writeFileSync(messageFile, message);
    writeFileSync(signatureFile, Buffer.from(signature, 'base64'));
    const publicKey = join(VECTORS_DIR, requestVectors.publicKey);
    const answer = execFileSync('openssl', [
      'dgst',
      '-sha256',
      '-verify',
      publicKey,
      '-signature',
      signatureFile,
      messageFile,
    ]);
    expect(answer.toString().trim()).toBe('Verified OK');
  });
});

describe('request signing, step by step', () => {
  const { mchid, serial } = requestVectors;

  it.each(requestVectors.cases)('$name', async (vector) => {
    const message = buildRequestMessage(
      vector.method,
      vector.pathWithQuery,
      vector.timestamp,
      vector.nonce,
      vector.body,
    );
    expect(message).toBe(vector.message);
    expect(signMessage(message, merchantKey)).toBe(vector.signature);
    expect(
      buildAuthorization({
        mchid,
        serial,
        nonce: vector.nonce,
        timestamp: vector.timestamp,
        signature: vector.signature,
      }),
    ).toBe(vector.authorization);
    const input = {
      method: vector.method,
      pathWithQuery: vector.pathWithQuery,
      body: vector.body,
      mchid,
      serial,
      privateKey: merchantKey,
      timestamp: vector.timestamp,
      nonce: vector.nonce,
    };
    const expected = {
      authorization: vector.authorization,
      timestamp: vector.timestamp,
      nonce: vector.nonce,
      signature: vector.signature,
    };
    expect(signRequest(input)).toEqual(expected);
    // The thread pool's signature is the same, byte for byte.
    expect(await signMessageOffThread(message, merchantKey)).toBe(vector.signature);
    expect(await signRequestOffThread(input)).toEqual(expected);
  });

  it("off the main thread, a key refused before any thread-pool job rejects with the synchronous call's error", async () => {
    const publicOnly = createPublicKey(merchantKey);
    const message = requestVectors.cases[0]!.message;
    const thrown = (() => {
      try {
        signMessage(message, publicOnly as never);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(Error);
    await expect(signMessageOffThread(message, publicOnly as never)).rejects.toThrow((thrown as Error).message);
  });

  it('takes the method in any case, the timestamp as a number, the key as PKCS#8, PKCS#1, KeyObject or bytes', () => {
    const vector = requestVectors.cases.find((candidate) => candidate.body !== '')!;
    expect(
      buildRequestMessage(
        vector.method.toLowerCase(),
        vector.pathWithQuery,
        Number(vector.timestamp),
        vector.nonce,
        vector.body,
      ),
    ).toBe(vector.message);
    const pkcs1 = merchantKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    for (const key of [merchantPem, pkcs1, merchantKey])
      expect(signMessage(vector.message, key)).toBe(vector.signature);
    expect(signMessage(Buffer.from(vector.message), merchantKey)).toBe(vector.signature);
  });

  it('has the documented Authorization layout', () => {
    expect(
      buildAuthorization({
        mchid: '1900009191',
        serial: '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C',
        nonce: 'C5AC4E1A',
        timestamp: 1554208460,
        signature: 'c2lnbg==',
      }),
    ).toBe(
      'WECHATPAY2-SHA256-RSA2048 mchid="1900009191",nonce_str="C5AC4E1A",signature="c2lnbg==",timestamp="1554208460",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C"',
    );
  });

  it('signRequest defaults timestamp and nonce to now and a fresh nonce', () => {
    const signed = signRequest({
      method: 'GET',
      pathWithQuery: '/v3/x',
      mchid: '1',
      serial: 'S',
      privateKey: merchantKey,
    });
    expect(Math.abs(Number(signed.timestamp) - Date.now() / 1000)).toBeLessThan(5);
    expect(signed.nonce).toMatch(/^[0-9A-F]{32}$/);
    expect(signed.authorization).toContain(`nonce_str="${signed.nonce}"`);
  });
});

describe('createNonce', () => {
  it('gives 32 characters, unique', () => {
    const nonces = new Set(Array.from({ length: 2000 }, createNonce));
    expect(nonces.size).toBe(2000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9A-F]{32}$/);
  });
});

/** The error verification throws, or undefined when it passes. */
function verificationError(action: () => unknown): Error | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

const RESPONSE_HEADERS = ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial'];

describe('answer verification against the vectors', () => {
  const verifiable = responseVectors.cases.filter((vector) => vector.expect === 'ok');

  it.each(verifiable)('buildResponseMessage gives what openssl signed: $name', (vector) => {
    const timestamp = vector.headers['Wechatpay-Timestamp']!;
    const nonce = vector.headers['Wechatpay-Nonce']!;
    expect(buildResponseMessage(timestamp, nonce, vector.body)).toBe(vector.signedMessage);
    expect(
      buildResponseMessage(timestamp, nonce, Buffer.from(vector.body)).equals(Buffer.from(vector.signedMessage)),
    ).toBe(true);
  });

  it.each(responseVectors.cases)('$name → $expect', (vector) => {
    const { headers, body, now } = vector;
    for (const certs of [keyStore, platformPems, new Map(Object.entries(platformPems))]) {
      const error = verificationError(() => verifyResponse({ headers, body, certs, now }));
      if (vector.expect === 'ok') {
        expect(error).toBeUndefined();
        expect(verifyResponse({ headers, body: Buffer.from(body), certs, now })).toEqual({
          serial: headers['Wechatpay-Serial'],
          timestamp: Number(headers['Wechatpay-Timestamp']),
          nonce: headers['Wechatpay-Nonce'],
        });
      } else {
        expect(error).toBeInstanceOf(ResponseVerificationError);
        expect(error).toBeInstanceOf((protocol as unknown as Record<string, new () => Error>)[vector.expect]);
        expect(error!.name).toBe(vector.expect);
        if (error instanceof ResponseHeadersMissingError) {
          expect(error.missing).toEqual(RESPONSE_HEADERS.filter((name) => headers[name] === undefined));
        }
        const text = `${String(error)} ${JSON.stringify(error)} ${error!.stack}`;
        for (const pem of [...Object.values(platformPems), merchantPem]) expect(leakedPemLines(pem, text)).toEqual([]);
      }
    }
  });

  it('reads headers from plain objects in any case, arrays, AxiosHeaders and fetch Headers', () => {
    const { headers, body, now } = verifiable[0]!;
    const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    const arrays = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]]));
    for (const form of [lower, arrays, new AxiosHeaders(headers), new Headers(headers)]) {
      expect(verifyResponse({ headers: form, body, certs: keyStore, now }).nonce).toBe(headers['Wechatpay-Nonce']);
    }
  });

  it('takes the replay window from maxSkewSeconds', () => {
    const { headers, body, now } = verifiable[0]!;
    expect(
      verificationError(() => verifyResponse({ headers, body, certs: keyStore, now: now + 10, maxSkewSeconds: 10 })),
    ).toBeUndefined();
    expect(
      verificationError(() => verifyResponse({ headers, body, certs: keyStore, now: now + 11, maxSkewSeconds: 10 }))
        ?.name,
    ).toBe('TimestampSkewError');
  });
});
