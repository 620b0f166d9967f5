// A self-signed X.509 v3 certificate of the platform key, DER-encoded by hand (Node.js parses certificates but does
// not make them): what GET /v3/certificates serves when the simulator plays a platform on certificates rather than
// on a WeChat Pay public key. sha256WithRSAEncryption, CN=the serial, valid from a day ago for five years.

import { createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';

function length(size: number): Buffer {
  if (size < 0x80) return Buffer.from([size]);
  const bytes: number[] = [];
  for (let rest = size; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function tlv(tag: number, content: Buffer): Buffer {
  return Buffer.concat([Buffer.from([tag]), length(content.length), content]);
}

const sequence = (...parts: Buffer[]): Buffer => tlv(0x30, Buffer.concat(parts));
const SHA256_WITH_RSA = sequence(Buffer.from('06092a864886f70d01010b', 'hex'), Buffer.from('0500', 'hex'));
const COMMON_NAME = Buffer.from('0603550403', 'hex');

function name(commonName: string): Buffer {
  return sequence(tlv(0x31, sequence(COMMON_NAME, tlv(0x0c, Buffer.from(commonName, 'utf8')))));
}

function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14); // YYYYMMDDHHMMSS
  // UTCTime up to 2049, GeneralizedTime after, as RFC 5280 requires.
  return date.getUTCFullYear() < 2050 ? tlv(0x17, Buffer.from(`${iso.slice(2)}Z`)) : tlv(0x18, Buffer.from(`${iso}Z`));
}

/** A positive 20-byte serial as 40 upper-case hex characters, as WeChat Pay's platform certificate serials are. */
export function certificateSerial(): string {
  const bytes = randomBytes(20);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10; // positive, and no leading zero to be dropped when printed
  return bytes.toString('hex').toUpperCase();
}

/** The PEM of a certificate for `privateKey`'s public key, serial `serial` (hex), valid around `nowMs`. */
export function selfSignedCertificate(privateKey: KeyObject, serial: string, nowMs: number): string {
  if (!/^[0-9A-F]+$/i.test(serial)) throw new TypeError('a platform certificate serial must be hexadecimal');
  const serialBytes = Buffer.from(serial.length % 2 === 0 ? serial : `0${serial}`, 'hex');
  const integer = serialBytes[0]! >= 0x80 ? Buffer.concat([Buffer.from([0]), serialBytes]) : serialBytes;
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const issuer = name(`WeChat Pay simulator ${serial}`);
  const tbs = sequence(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))), // v3
    tlv(0x02, integer),
    SHA256_WITH_RSA,
    issuer,
    sequence(time(new Date(nowMs - 86_400_000)), time(new Date(nowMs + 5 * 365 * 86_400_000))),
    issuer,
    spki,
  );
  const signature = sign('sha256', tbs, privateKey);
  const der = sequence(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
  const lines = der.toString('base64').match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
