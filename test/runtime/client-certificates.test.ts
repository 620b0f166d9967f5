// The client with the APIv3 key and no certs: it downloads /v3/certificates from the simulator before its first
// call (one download for concurrent first calls), verifies it, refreshes after 12 hours of the injected clock and
// once more on an unknown serial, and never accepts an expired certificate or a badly signed answer. The
// simulator's clock is the client's, so moving time is a number, not a wait.

import { createPrivateKey } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CertificateError,
  SignatureMismatchError,
  UnknownSerialError,
  defineWechatpay,
  type UntypedApi,
  type WechatpayConfig,
} from '../../generator/runtime/index.ts';
import { MCHID, MERCHANT_SERIAL, createKeyPair, endpoints, identity, subsidyReturn } from './fixtures.ts';
import { rejection } from './rejection.ts';
import { useSimulator } from './simulator-session.ts';
import { certificatesRoute, defaultRoutes } from './simulator.ts';
import { SERIAL_A, SERIAL_B, certificateDates, vectorText, vectors } from './toolkit-vectors.ts';

const merchant = createKeyPair();
const A = {
  serial: SERIAL_A,
  pem: vectorText('TEST-ONLY-platform-a.cert.pem'),
  key: createPrivateKey(vectorText('TEST-ONLY-platform-a.key.pem')),
};
const B = {
  serial: SERIAL_B,
  pem: vectorText('TEST-ONLY-platform-b.cert.pem'),
  key: createPrivateKey(vectorText('TEST-ONLY-platform-b.key.pem')),
};
const datesB = certificateDates('TEST-ONLY-platform-b.cert.pem');
const apiV3Key = vectors.certificates.apiV3Key;
const Client = defineWechatpay<UntypedApi>({ endpoints });
const HOUR = 3600_000;

let now = 0;
const clock = () => now;
let served = new Map<string, string>();
const session = useSimulator({
  ...identity(merchant, { privateKey: A.key } as ReturnType<typeof createKeyPair>, A.serial),
  routes: [...defaultRoutes, certificatesRoute(apiV3Key, () => served)],
  clock,
});
let config: WechatpayConfig;

beforeAll(() => {
  config = {
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privatePem,
    apiV3Key,
    baseURL: session.sim.baseURL,
    clock,
  };
});
beforeEach(() => {
  // Both certificates valid: an hour after B's start.
  now = datesB.validFrom * 1000 + HOUR;
  served = new Map([
    [A.serial, A.pem],
    [B.serial, B.pem],
  ]);
  session.sim.usePlatformKey(A.serial, A.key);
});

const certificateRequests = () => session.sim.requests.filter((request) => request.url === '/v3/certificates').length;

describe('platform certificates downloaded by the client', () => {
  it('downloads once before concurrent first calls, then verifies answers with the certificates', async () => {
    const wxpay = new Client(config);
    const before = certificateRequests();
    const answers = await Promise.all([1, 2, 3].map(() => wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(certificateRequests() - before).toBe(1);
    expect(wxpay.certificates?.current().map((certificate) => certificate.serial)).toEqual([A.serial, B.serial]);
  });

  it('refreshes after 12 hours of its clock, not before', async () => {
    const wxpay = new Client(config);
    const before = certificateRequests();
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    now += 12 * HOUR - 1000;
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(certificateRequests() - before).toBe(1);
    now += 2000;
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(certificateRequests() - before).toBe(2);
  });

  it('never keeps an expired certificate', async () => {
    const held = new Client(config);
    await held.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(held.certificates?.get(B.serial)).toBeDefined();
    now = datesB.validTo * 1000 + 60_000; // B expired a minute ago, A is valid
    expect(held.certificates?.get(B.serial)).toBeUndefined(); // between downloads too
    expect(held.certificates?.get(A.serial)).toBeDefined();
    const wxpay = new Client(config);
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(wxpay.certificates?.current().map((certificate) => certificate.serial)).toEqual([A.serial]);
    expect(wxpay.certificates?.get(B.serial)).toBeUndefined();
    // An answer signed with the expired one is refused (after one more download, which still has it expired).
    session.sim.usePlatformKey(B.serial, B.key);
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn));
    expect(error).toBeInstanceOf(UnknownSerialError);
  });

  it('refuses a badly signed /v3/certificates answer, and a signer that has expired', async () => {
    const wxpay = new Client(config);
    session.sim.injectFault('tampered-signature', 1);
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn));
    expect(error).toBeInstanceOf(SignatureMismatchError);
    expect(wxpay.certificates?.current()).toEqual([]);
    // The next call downloads again; an answer signed by an expired certificate is refused.
    now = datesB.validTo * 1000 + 60_000;
    session.sim.usePlatformKey(B.serial, B.key);
    const expired = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn));
    expect(expired).toBeInstanceOf(CertificateError);
    expect((expired as CertificateError).problem).toBe('expired');
    expect(wxpay.certificates?.current()).toEqual([]);
  });

  it('downloads once more when an answer names a serial it does not know (a rotation)', async () => {
    served = new Map([[A.serial, A.pem]]);
    const wxpay = new Client(config);
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    const before = certificateRequests();
    served = new Map([
      [A.serial, A.pem],
      [B.serial, B.pem],
    ]);
    session.sim.usePlatformKey(B.serial, B.key);
    const { status } = await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(status).toBe(200);
    expect(certificateRequests() - before).toBe(1);
  });

  it('certs given explicitly keep today’s behaviour: no download', async () => {
    const wxpay = new Client({ ...config, certs: { [A.serial]: A.pem } });
    const before = certificateRequests();
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(certificateRequests()).toBe(before);
    expect(wxpay.certificates).toBeUndefined();
  });
});
