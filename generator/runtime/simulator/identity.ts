// The simulator's platform identity: the key it signs answers with and the serial (a WeChat Pay public key id,
// PUB_KEY_ID_…, or a platform certificate's serial) it names it by; generated when not given.

import { X509Certificate, createPublicKey, generateKeyPairSync, randomInt, type KeyObject } from 'node:crypto';
import { certificateSerial, selfSignedCertificate } from './certificate.ts';
import { toPrivateKey, type SimulatorKeyInput } from './crypto.ts';

export interface PlatformOptions {
  /** `PUB_KEY_ID_…` or a platform certificate serial. */
  readonly serial: string;
  readonly privateKey: SimulatorKeyInput;
  /** The platform certificate (PEM) of this key: served, encrypted, by GET /v3/certificates when `apiV3Key` is set. */
  readonly certificate?: string;
}

/** What a client needs to trust the simulator: give `certs` to `new Wechatpay({ …, certs })`. */
export interface PlatformKeys {
  readonly serial: string;
  /** SPKI PEM. */
  readonly publicKey: string;
  /** `{ [serial]: publicKey }`. */
  readonly certs: Readonly<Record<string, string>>;
  readonly certificate?: string;
}

export interface PlatformIdentity {
  readonly serial: string;
  readonly privateKey: KeyObject;
  readonly certificate: string | undefined;
  readonly keys: PlatformKeys;
}

/** PUB_KEY_ID_01 + the merchant id zero-padded to 14 digits + 20 random digits, the shape WeChat Pay's ids have. */
function publicKeyId(mchid: string): string {
  const digits = Array.from({ length: 20 }, () => randomInt(10)).join('');
  return `PUB_KEY_ID_01${mchid.replace(/\D/g, '').padStart(14, '0').slice(-14)}${digits}`;
}

/**
 * The platform's key and serial. `withCertificate`: a platform on certificates, not on a public key id — without a
 * given certificate, a self-signed one is made for the key (the serial a certificate serial when none is given).
 */
export function platformIdentity(
  mchid: string,
  options: PlatformOptions | undefined,
  withCertificate: boolean = false,
  nowMs: number = Date.now(),
): PlatformIdentity {
  let privateKey: KeyObject;
  let serial: string;
  if (options === undefined) {
    privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    serial = withCertificate ? certificateSerial() : publicKeyId(mchid);
  } else {
    if (typeof options.serial !== 'string' || options.serial === '') throw new TypeError('platform.serial is required');
    privateKey = toPrivateKey(options.privateKey);
    serial = options.serial;
  }
  const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  const certificate =
    options?.certificate ?? (withCertificate ? selfSignedCertificate(privateKey, serial, nowMs) : undefined);
  if (certificate !== undefined) {
    const parsed = new X509Certificate(certificate);
    const spki = parsed.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    if (spki !== publicKey)
      throw new TypeError("platform.certificate is not the certificate of platform.privateKey's key");
  }
  return {
    serial,
    privateKey,
    certificate,
    keys: { serial, publicKey, certs: { [serial]: publicKey }, ...(certificate === undefined ? {} : { certificate }) },
  };
}
