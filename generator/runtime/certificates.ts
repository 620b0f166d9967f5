// Platform certificates (平台证书) from `GET /v3/certificates`, as pure functions: decrypt each
// `encrypt_certificate` with the APIv3 key, parse it, and keep only what may be trusted now.
//
// The answer is signed like any other, but with a key it delivers itself: the bootstrap check decrypts the
// certificates (AEAD: only someone holding the APIv3 key could have encrypted them), then verifies the answer's
// signature with the downloaded certificate whose serial is `Wechatpay-Serial`, and refuses certificates whose
// validity period does not cover now. Downloading, caching and rotating belong to the client's key store.

import { X509Certificate, type KeyObject } from 'node:crypto';
import { decryptAeadAes256Gcm } from './aead-aes-256-gcm.ts';
import { CertificateError, UnsupportedAlgorithmError } from './errors.ts';
import { verifyResponse, type ResponseHeaders } from './verifier.ts';

/** `encrypt_certificate` of one entry. */
export interface EncryptedCertificate {
  algorithm: string;
  nonce: string;
  associated_data: string;
  ciphertext: string;
}

/** One entry of the answer's `data`. */
export interface CertificateEntry {
  serial_no: string;
  effective_time?: string;
  expire_time?: string;
  encrypt_certificate: EncryptedCertificate;
}

/** The JSON body of `GET /v3/certificates`. */
export interface CertificatesAnswer {
  data: readonly CertificateEntry[];
}

/** A decrypted platform certificate. */
export interface PlatformCertificate {
  /** Upper-case hex, as in `Wechatpay-Serial`. */
  readonly serial: string;
  /** The certificate, PEM: what `certs` of the client takes. */
  readonly pem: string;
  readonly validFrom: Date;
  readonly validTo: Date;
  readonly publicKey: KeyObject;
}

const SUPPORTED_ALGORITHM = 'AEAD_AES_256_GCM';

function unixNow(): number {
  return Math.floor(Date.now() / 1000);
}

function sameSerial(a: string, b: string): boolean {
  const normal = (serial: string): string => serial.toUpperCase().replace(/^0+/, '');
  return normal(a) === normal(b);
}

/** Decrypts and parses one entry; checks that it is the RSA certificate its `serial_no` names (not its dates). */
export function decryptCertificate(entry: CertificateEntry, apiV3Key: string | Uint8Array): PlatformCertificate {
  const serial = typeof entry?.serial_no === 'string' ? entry.serial_no : '';
  const encrypted = entry?.encrypt_certificate;
  if (serial === '' || typeof encrypted !== 'object' || encrypted === null) {
    throw new TypeError('a /v3/certificates entry needs serial_no and encrypt_certificate');
  }
  if (encrypted.algorithm !== SUPPORTED_ALGORITHM) {
    throw new UnsupportedAlgorithmError(
      String(encrypted.algorithm),
      `platform certificate ${serial} is encrypted with ${JSON.stringify(encrypted.algorithm)}; only ${SUPPORTED_ALGORITHM} is supported`,
    );
  }
  const pem = decryptAeadAes256Gcm({
    key: apiV3Key,
    nonce: encrypted.nonce,
    associatedData: encrypted.associated_data ?? '',
    ciphertext: Buffer.from(encrypted.ciphertext, 'base64'),
    what: `platform certificate ${serial}`,
  }).toString('utf8');
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch {
    throw new CertificateError(serial, 'unparsable', 'the decrypted text is not an X.509 certificate');
  }
  if (!sameSerial(certificate.serialNumber, serial)) {
    throw new CertificateError(
      serial,
      'serial-mismatch',
      `the certificate's own serial is ${certificate.serialNumber}`,
    );
  }
  if (certificate.publicKey.asymmetricKeyType !== 'rsa') {
    throw new CertificateError(serial, 'not-rsa', `its key is ${certificate.publicKey.asymmetricKeyType ?? 'unknown'}`);
  }
  return {
    serial: serial.toUpperCase(),
    pem,
    validFrom: new Date(certificate.validFrom),
    validTo: new Date(certificate.validTo),
    publicKey: certificate.publicKey,
  };
}

/** Every entry of the answer, decrypted (see decryptCertificate). One bad entry fails the whole answer. */
export function decryptCertificates(answer: CertificatesAnswer, apiV3Key: string | Uint8Array): PlatformCertificate[] {
  if (typeof answer !== 'object' || answer === null || !Array.isArray(answer.data)) {
    throw new TypeError('a /v3/certificates answer is { data: [...] }');
  }
  return answer.data.map((entry) => decryptCertificate(entry, apiV3Key));
}

/** Throws CertificateError (`not-yet-valid` or `expired`) unless the validity period covers `now` (Unix seconds). */
export function checkCertificateValidity(certificate: PlatformCertificate, now: number = unixNow()): void {
  const nowMs = now * 1000;
  if (nowMs < certificate.validFrom.getTime()) {
    throw new CertificateError(
      certificate.serial,
      'not-yet-valid',
      `valid from ${certificate.validFrom.toISOString()}`,
    );
  }
  if (nowMs > certificate.validTo.getTime()) {
    throw new CertificateError(certificate.serial, 'expired', `expired at ${certificate.validTo.toISOString()}`);
  }
}

/** The certificates valid at `now` (Unix seconds), the one that expires last first. */
export function selectValidCertificates(
  certificates: readonly PlatformCertificate[],
  now: number = unixNow(),
): PlatformCertificate[] {
  const valid = certificates.filter((certificate) => {
    const nowMs = now * 1000;
    return certificate.validFrom.getTime() <= nowMs && nowMs <= certificate.validTo.getTime();
  });
  return valid.sort((a, b) => b.validTo.getTime() - a.validTo.getTime() || (a.serial < b.serial ? -1 : 1));
}

export interface VerifyCertificatesAnswerInput {
  headers: ResponseHeaders;
  /** The raw body as received, before JSON parsing. */
  body: string | Uint8Array;
  /** The APIv3 key (32 characters). */
  apiV3Key: string | Uint8Array;
  /** Unix seconds (default: now): the answer's timestamp window and the certificates' validity. */
  now?: number;
  maxSkewSeconds?: number;
}

/**
 * The bootstrap check of a `/v3/certificates` answer: decrypts every certificate, verifies the answer's signature
 * with the one `Wechatpay-Serial` names (UnknownSerialError if none, SignatureMismatchError, TimestampSkewError),
 * which must itself be valid now (CertificateError), and returns the certificates valid now, latest expiry first.
 */
export function verifyCertificatesAnswer(input: VerifyCertificatesAnswerInput): PlatformCertificate[] {
  const now = input.now ?? unixNow();
  const text = typeof input.body === 'string' ? input.body : Buffer.from(input.body).toString('utf8');
  let answer: CertificatesAnswer;
  try {
    answer = JSON.parse(text) as CertificatesAnswer;
  } catch {
    throw new TypeError('the /v3/certificates answer is not JSON');
  }
  const certificates = decryptCertificates(answer, input.apiV3Key);
  const certs = new Map(certificates.map((certificate) => [certificate.serial, certificate.publicKey]));
  const { serial } = verifyResponse({
    headers: input.headers,
    body: input.body,
    certs,
    now,
    maxSkewSeconds: input.maxSkewSeconds,
  });
  const signer = certificates.find((certificate) => sameSerial(certificate.serial, serial));
  if (signer !== undefined) checkCertificateValidity(signer, now);
  return selectValidCertificates(certificates, now);
}
