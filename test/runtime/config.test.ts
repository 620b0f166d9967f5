// Constructor validation: clear errors, and never any key material in them.

import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Wechatpay, WechatpayConfigError, type WechatpayConfig } from '../../generator/runtime/index.ts';
import { MERCHANT_SERIAL, MCHID, PLATFORM_SERIAL, createKeyPair, leakedPemLines } from './fixtures.ts';

const merchant = createKeyPair();
const platform = createKeyPair();
const valid: WechatpayConfig = {
  mchid: MCHID,
  serial: MERCHANT_SERIAL,
  privateKey: merchant.privatePem,
  certs: { [PLATFORM_SERIAL]: platform.publicPem },
};

/** Constructs, expecting a WechatpayConfigError; checks that no PEM line leaks. */
function configError(config: unknown): WechatpayConfigError {
  let error: unknown;
  try {
    new Wechatpay(config as WechatpayConfig);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(WechatpayConfigError);
  const configError = error as WechatpayConfigError;
  const cause = configError.cause as Error | undefined;
  const text = [String(configError), JSON.stringify(configError), configError.stack, cause?.message, cause?.stack].join(
    '\n',
  );
  for (const pem of [merchant.privatePem, merchant.publicPem, platform.publicPem, platform.privatePem]) {
    expect(leakedPemLines(pem, text)).toEqual([]);
  }
  return configError;
}

describe('configuration validation', () => {
  it('accepts PEM strings, Buffers and KeyObjects', () => {
    expect(() => new Wechatpay(valid)).not.toThrow();
    expect(
      () =>
        new Wechatpay({
          ...valid,
          privateKey: Buffer.from(merchant.privatePem),
          certs: { [PLATFORM_SERIAL]: Buffer.from(platform.publicPem), PUB_KEY_ID_0119000001: platform.publicKey },
        }),
    ).not.toThrow();
    expect(
      () =>
        new Wechatpay({
          ...valid,
          privateKey: merchant.privateKey,
          certs: new Map([[PLATFORM_SERIAL, platform.publicKey]]),
        }),
    ).not.toThrow();
    expect(
      () =>
        new Wechatpay({
          ...valid,
          privateKey: merchant.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        }),
    ).not.toThrow();
  });

  it.each([
    ['config', undefined],
    ['mchid', { ...valid, mchid: undefined }],
    ['mchid', { ...valid, mchid: ' ' }],
    ['serial', { ...valid, serial: '' }],
    ['privateKey', { ...valid, privateKey: undefined }],
    ['certs', { ...valid, certs: undefined }],
    ['certs', { ...valid, certs: {} }],
    ['baseURL', { ...valid, baseURL: 'api.mch.weixin.qq.com' }],
  ])('requires %s', (field, config) => {
    const error = configError(config);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('checks the injection points: keyStore, clock, nonce', () => {
    const { certs: _certs, ...withoutCerts } = valid;
    const keyStore = { get: () => platform.publicKey };
    expect(() => new Wechatpay({ ...withoutCerts, keyStore, clock: () => 0, nonce: () => 'N' })).not.toThrow();
    expect(configError({ ...valid, keyStore }).message).toBe(
      'give certs or keyStore, not both: keyStore replaces certs',
    );
    expect(configError({ ...withoutCerts, keyStore: new Map() }).field).toBe('keyStore');
    expect(configError({ ...withoutCerts, keyStore: {} }).field).toBe('keyStore');
    expect(configError({ ...valid, clock: 1_700_000_000_000 }).field).toBe('clock');
    expect(configError({ ...valid, nonce: 'N' }).field).toBe('nonce');
    const wxpay = new Wechatpay({ ...withoutCerts, keyStore, clock: () => 0, nonce: () => 'N' });
    const defaults = wxpay.axios.defaults as unknown as Record<string, unknown>;
    for (const option of ['keyStore', 'clock', 'nonce']) expect(defaults[option]).toBeUndefined();
  });

  it('reports keys that do not parse without echoing them', () => {
    const truncated = merchant.privatePem.slice(0, 400) + '\n-----END PRIVATE KEY-----\n';
    expect(configError({ ...valid, privateKey: truncated }).message).toBe(
      'privateKey could not be parsed as a PEM private key',
    );
    expect(configError({ ...valid, privateKey: merchant.publicPem }).field).toBe('privateKey');
    expect(configError({ ...valid, privateKey: platform.publicKey }).message).toContain('must be a private key');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(configError({ ...valid, privateKey: ec.privateKey }).message).toContain('must be an RSA key');

    const brokenCert = platform.publicPem.replace(/[A-Za-z]{8}/, 'AAAAAAAA!');
    expect(configError({ ...valid, certs: { [PLATFORM_SERIAL]: brokenCert } }).field).toBe(`certs[${PLATFORM_SERIAL}]`);
    expect(configError({ ...valid, certs: { [PLATFORM_SERIAL]: 42 } }).field).toBe(`certs[${PLATFORM_SERIAL}]`);
  });

  it('refuses a private key in certs', () => {
    const error = configError({ ...valid, certs: { [PLATFORM_SERIAL]: platform.privatePem } });
    expect(error.message).toContain('private key');
    expect(configError({ ...valid, certs: { [PLATFORM_SERIAL]: platform.privateKey } }).message).toContain(
      'must be a public key',
    );
  });

  it("refuses the merchant's own serial or public key in certs", () => {
    const own = configError({
      ...valid,
      certs: { [PLATFORM_SERIAL]: platform.publicPem, [MERCHANT_SERIAL.toLowerCase()]: merchant.publicPem },
    });
    expect(own.message).toContain("merchant's own serial");
    const ownKey = configError({ ...valid, certs: { [PLATFORM_SERIAL]: merchant.publicPem } });
    expect(ownKey.message).toContain("merchant's own public key");
  });

  it('keeps keys out of the axios configuration', () => {
    const wxpay = new Wechatpay({ ...valid, timeout: 1234, headers: { 'X-Custom': 'yes' } });
    const defaults = wxpay.axios.defaults as unknown as Record<string, unknown>;
    expect(defaults['privateKey']).toBeUndefined();
    expect(defaults['certs']).toBeUndefined();
    expect(defaults['timeout']).toBe(1234);
    expect(defaults['baseURL']).toBe('https://api.mch.weixin.qq.com/');
    expect(JSON.stringify(defaults.headers)).toContain('X-Custom');
    expect(Object.keys(wxpay)).toEqual([]);
  });
});
