// The committed TEST-ONLY vectors of the merchant toolkit (test/runtime/vectors/toolkit/, made by its
// regenerate.sh with openssl and python3), read once for the tests.

import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MCHID, MERCHANT_SERIAL } from './fixtures.ts';
import type { SimulatorIdentity } from './simulator.ts';

export const VECTORS_DIR = fileURLToPath(new URL('./vectors/toolkit/', import.meta.url));

export function vectorFile(name: string): Buffer {
  return readFileSync(join(VECTORS_DIR, name));
}

export function vectorText(name: string): string {
  return vectorFile(name).toString('utf8');
}

interface Vectors {
  requestPayment: {
    appId: string;
    prepayId: string;
    timestamp: string;
    nonce: string;
    message: string;
    paySign: string;
  };
  appPayment: {
    appId: string;
    prepayId: string;
    mchid: string;
    timestamp: string;
    nonce: string;
    message: string;
    sign: string;
  };
  sensitive: { plaintext: string; ciphertext: string };
  bill: {
    file: string;
    gzipFile: string;
    SHA1: string;
    SM3: string;
    encrypted: { file: string; encrypt_key: string; nonce: string };
  };
  certificates: {
    apiV3Key: string;
    answerFile: string;
    headers: Record<'Wechatpay-Timestamp' | 'Wechatpay-Nonce' | 'Wechatpay-Serial' | 'Wechatpay-Signature', string>;
    files: Record<string, string>;
  };
}

export const vectors = JSON.parse(vectorText('vectors.json')) as Vectors;

export const MERCHANT_KEY = vectorText('TEST-ONLY-merchant.key.pem');
export const MERCHANT_PUBLIC_KEY = vectorText('TEST-ONLY-merchant.pub.pem');
export const SERIAL_A = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';
export const SERIAL_B = '7132D72A03E93CDDF8C03BBD1F37EEDF9A9BF0AC';

/** The simulator as the vectors' service: it knows the TEST-ONLY merchant key and signs with certificate A's key. */
export function vectorIdentity(): SimulatorIdentity {
  return {
    mchid: MCHID,
    merchantSerial: MERCHANT_SERIAL,
    merchantPublicKey: createPublicKey(MERCHANT_KEY),
    platformSerial: SERIAL_A,
    platformPrivateKey: createPrivateKey(vectorText('TEST-ONLY-platform-a.key.pem')),
  };
}

/** Runs openssl with the data on stdin; paths in args are relative to the vectors folder. */
export function openssl(args: readonly string[], input: string | Buffer = ''): Buffer {
  return execFileSync('openssl', args, { cwd: VECTORS_DIR, input });
}

/** Unix seconds of a certificate's notBefore / notAfter, as openssl reads them. */
export function certificateDates(file: string): { validFrom: number; validTo: number } {
  const text = openssl(['x509', '-in', file, '-noout', '-dates']).toString();
  const field = (name: string): number =>
    Date.parse(/^(?:notBefore|notAfter)=(.*)$/m.exec(text.split('\n').find((line) => line.startsWith(name))!)![1]!) /
    1000;
  return { validFrom: field('notBefore='), validTo: field('notAfter=') };
}

/** A scratch directory for files openssl needs by name; removed by the returned function. */
export function scratch(): { dir: string; write(name: string, data: string | Buffer): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-toolkit-'));
  return {
    dir,
    write(name, data) {
      const path = join(dir, name);
      writeFileSync(path, data, { mode: 0o600 });
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
