// The merchant toolkit's pure functions (pay-sign, sensitive fields, bills, platform certificates) against the
// committed TEST-ONLY vectors, which openssl and python3 made (test/runtime/vectors/toolkit/regenerate.sh).
// OAEP is randomised: openssl's ciphertext is decrypted with ours, and ours with openssl.

import { createPublicKey, getHashes, verify } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BillDigestMismatchError,
  CertificateError,
  DecryptionError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownSerialError,
  UnsupportedAlgorithmError,
  WechatpayConfigError,
  billDigest,
  buildAppPaymentMessage,
  buildRequestPaymentMessage,
  checkCertificateValidity,
  createBillVerifier,
  decryptAeadAes256Gcm,
  decryptBill,
  decryptCertificates,
  decryptSensitive,
  encryptSensitive,
  encryptSensitiveFields,
  selectValidCertificates,
  signAppPayment,
  signRequestPayment,
  verifyBill,
  verifyCertificatesAnswer,
  type BillVerifierOptions,
  type CertificateEntry,
  type CertificatesAnswer,
} from '../../generator/runtime/protocol.ts';
import { leakedPemLines } from './fixtures.ts';
import {
  MERCHANT_KEY,
  MERCHANT_PUBLIC_KEY,
  SERIAL_A,
  SERIAL_B,
  certificateDates,
  openssl,
  scratch,
  vectorFile,
  vectorText,
  vectors,
} from './toolkit-vectors.ts';

const files = scratch();
afterAll(() => files.remove());

describe('pay-sign', () => {
  it('signRequestPayment gives the JSAPI parameters and the paySign openssl made', () => {
    const { appId, prepayId, timestamp, nonce, message, paySign } = vectors.requestPayment;
    expect(buildRequestPaymentMessage(appId, timestamp, nonce, `prepay_id=${prepayId}`)).toBe(message);
    expect(signRequestPayment({ appId, prepayId, privateKey: MERCHANT_KEY, timestamp, nonce })).toEqual({
      appId,
      timeStamp: timestamp,
      nonceStr: nonce,
      package: `prepay_id=${prepayId}`,
      signType: 'RSA',
      paySign,
    });
  });

  it('signAppPayment gives the APP parameters and the sign openssl made', () => {
    const { appId, prepayId, mchid, timestamp, nonce, message, sign } = vectors.appPayment;
    expect(buildAppPaymentMessage(appId, timestamp, nonce, prepayId)).toBe(message);
    expect(
      signAppPayment({ appId, prepayId, mchid, privateKey: MERCHANT_KEY, timestamp: Number(timestamp), nonce }),
    ).toEqual({
      appid: appId,
      partnerid: mchid,
      prepayid: prepayId,
      package: 'Sign=WXPay',
      noncestr: nonce,
      timestamp,
      sign,
    });
  });

  it('takes a fresh nonce and the current time by default; openssl verifies the result', () => {
    const before = Math.floor(Date.now() / 1000);
    const first = signRequestPayment({ appId: 'wx0', prepayId: 'wx1', privateKey: MERCHANT_KEY });
    const second = signRequestPayment({ appId: 'wx0', prepayId: 'wx1', privateKey: MERCHANT_KEY });
    expect(first.nonceStr).toMatch(/^[0-9A-F]{32}$/);
    expect(first.nonceStr).not.toBe(second.nonceStr);
    expect(Number(first.timeStamp)).toBeGreaterThanOrEqual(before);
    const message = `wx0\n${first.timeStamp}\n${first.nonceStr}\nprepay_id=wx1\n`;
    const verified = openssl(
      [
        'dgst',
        '-sha256',
        '-verify',
        'TEST-ONLY-merchant.pub.pem',
        '-signature',
        files.write('sig', Buffer.from(first.paySign, 'base64')),
      ],
      message,
    );
    expect(verified.toString().trim()).toBe('Verified OK');
  });

  it('refuses input that would shift the signed lines, and a prefixed prepay id', () => {
    expect(() => signRequestPayment({ appId: 'wx0\nwx1', prepayId: 'p', privateKey: MERCHANT_KEY })).toThrow(/appId/);
    expect(() => signRequestPayment({ appId: 'wx0', prepayId: 'prepay_id=wx1', privateKey: MERCHANT_KEY })).toThrow(
      /bare prepay_id/,
    );
    expect(() => signAppPayment({ appId: 'wx0', prepayId: 'p', mchid: '', privateKey: MERCHANT_KEY })).toThrow(/mchid/);
  });
});

/** openssl's RSA-OAEP (SHA-1, MGF1-SHA-1) decryption of base64 `sealed` with a key file of the vectors. */
function opensslOaepDecrypt(keyFile: string, sealed: string): Buffer {
  return openssl(
    [
      'pkeyutl',
      '-decrypt',
      '-inkey',
      keyFile,
      '-pkeyopt',
      'rsa_padding_mode:oaep',
      '-pkeyopt',
      'rsa_oaep_md:sha1',
      '-pkeyopt',
      'rsa_mgf1_md:sha1',
    ],
    Buffer.from(sealed, 'base64'),
  );
}

describe('sensitive fields (RSA-OAEP, SHA-1, MGF1-SHA-1)', () => {
  const { plaintext, ciphertext } = vectors.sensitive;

  it('decryptSensitive reads what openssl encrypted', () => {
    expect(decryptSensitive(ciphertext, MERCHANT_KEY)).toBe(plaintext);
  });

  it('encryptSensitive writes what openssl decrypts, differently each time', () => {
    const first = encryptSensitive(plaintext, MERCHANT_PUBLIC_KEY);
    const second = encryptSensitive(plaintext, createPublicKey(MERCHANT_PUBLIC_KEY));
    expect(first).not.toBe(second);
    for (const sealed of [first, second]) {
      const opened = opensslOaepDecrypt('TEST-ONLY-merchant.key.pem', sealed);
      expect(opened.toString('utf8')).toBe(plaintext);
    }
  });

  it('encrypts to a platform certificate PEM as well', () => {
    const sealed = encryptSensitive('李四', vectorText('TEST-ONLY-platform-a.cert.pem'));
    const opened = opensslOaepDecrypt('TEST-ONLY-platform-a.key.pem', sealed);
    expect(opened.toString('utf8')).toBe('李四');
  });

  it('fails clearly: wrong key, altered text, too long, a private key as the public one', () => {
    const wrongKey = vectorText('TEST-ONLY-platform-a.key.pem');
    const error = (() => {
      try {
        decryptSensitive(ciphertext, wrongKey);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(DecryptionError);
    expect((error as Error).message).toBe('sensitive field could not be decrypted: wrong key, or the data was altered');
    expect(leakedPemLines(wrongKey, JSON.stringify(error) + String(error))).toEqual([]);
    const altered = Buffer.from(ciphertext, 'base64');
    altered[10] ^= 1;
    expect(() => decryptSensitive(altered.toString('base64'), MERCHANT_KEY)).toThrow(DecryptionError);
    expect(() => encryptSensitive('字'.repeat(72), MERCHANT_PUBLIC_KEY)).toThrow(
      /216 bytes; this key encrypts at most 214/,
    );
    expect(() => encryptSensitive('x', MERCHANT_KEY)).toThrow(WechatpayConfigError);
  });
});

describe('sensitive fields by path (encryptSensitiveFields)', () => {
  const body = {
    appid: 'wx8888888888888888',
    name: '张三',
    receivers: [{ account: 'o1', name: '李四' }, { account: 'o2' }, { account: 'o3', name: '王五' }],
    contact: { mobile: '13800000000', email: null },
    ids: ['110101199003070000', '110101199003070001'],
  };

  it('encrypts every named field, in nested objects and arrays, without touching the input', () => {
    const before = structuredClone(body);
    const sealed = encryptSensitiveFields(
      body,
      ['name', 'receivers[].name', 'contact.mobile', 'contact.email', 'ids[]', 'absent.field'],
      (text) => encryptSensitive(text, MERCHANT_PUBLIC_KEY),
    );
    expect(body).toEqual(before);
    const open = (text: string): string => decryptSensitive(text, MERCHANT_KEY);
    expect(open(sealed.name)).toBe('张三');
    expect(sealed.receivers.map((receiver) => receiver.account)).toEqual(['o1', 'o2', 'o3']);
    expect(open(sealed.receivers[0]!.name!)).toBe('李四');
    expect(sealed.receivers[1]).toEqual({ account: 'o2' });
    expect(open(sealed.receivers[2]!.name!)).toBe('王五');
    expect(open(sealed.contact.mobile)).toBe('13800000000');
    expect(sealed.contact.email).toBeNull();
    expect(sealed.ids.map(open)).toEqual(body.ids);
    expect(sealed.appid).toBe(body.appid);
  });

  it('refuses values that are not strings and malformed paths', () => {
    expect(() => encryptSensitiveFields({ amount: 1 }, ['amount'], (text) => text)).toThrow(
      'sensitive field amount must be a string to be encrypted, got number',
    );
    expect(() => encryptSensitiveFields({ receivers: {} }, ['receivers[].name'], (text) => text)).toThrow(
      /receivers is not an array/,
    );
    expect(() => encryptSensitiveFields(body, ['a..b'], (text) => text)).toThrow(/malformed/);
  });
});

describe('bills', () => {
  const bill = vectorFile(vectors.bill.file);
  const gzipped = vectorFile(vectors.bill.gzipFile);
  const { SHA1, SM3, encrypted } = vectors.bill;

  it('digests as openssl dgst does (SHA1; SM3 where Node.js has it, else a clear error)', () => {
    expect(billDigest(bill, 'SHA1')).toBe(SHA1);
    if (getHashes().includes('sm3')) expect(billDigest(bill, 'SM3')).toBe(SM3);
    else expect(() => billDigest(bill, 'SM3')).toThrow(/needs a Node.js built with SM3/);
    expect(() => billDigest(bill, 'MD5')).toThrow(UnsupportedAlgorithmError);
  });

  it('verifyBill returns the bill when the digest matches (any letter case)', () => {
    expect(verifyBill({ data: bill, hash_type: 'SHA1', hash_value: SHA1.toUpperCase() }).equals(bill)).toBe(true);
  });

  it('gunzips a tar_type=GZIP bill and digests the uncompressed bill', () => {
    expect(verifyBill({ data: gzipped, gzip: true, hash_type: 'SHA1', hash_value: SHA1 }).equals(bill)).toBe(true);
    // The digest of the compressed bytes is not what WeChat Pay's hash_value covers.
    const compressedDigest = openssl(['dgst', '-sha1', '-r'], gzipped).toString().split(' ')[0]!;
    expect(() => verifyBill({ data: gzipped, gzip: true, hash_type: 'SHA1', hash_value: compressedDigest })).toThrow(
      BillDigestMismatchError,
    );
    expect(() => verifyBill({ data: bill, gzip: true, hash_type: 'SHA1', hash_value: SHA1 })).toThrow(/not gzip data/);
  });

  it('refuses a tampered bill, naming both digests', () => {
    const tampered = Buffer.from(bill);
    tampered[tampered.length - 3] ^= 1;
    let error: unknown;
    try {
      verifyBill({ data: tampered, hash_type: 'SHA1', hash_value: SHA1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BillDigestMismatchError);
    expect(error).toMatchObject({ hashType: 'SHA1', expected: SHA1 });
    expect((error as BillDigestMismatchError).actual).toMatch(/^[0-9a-f]{40}$/);
    expect((error as BillDigestMismatchError).actual).not.toBe(SHA1);
  });

  it('decrypts an encrypted bill (encrypt_key to the merchant key), then gunzips and digests it', () => {
    const data = vectorFile(encrypted.file);
    expect(
      decryptBill({
        data,
        encrypt_key: encrypted.encrypt_key,
        nonce: encrypted.nonce,
        privateKey: MERCHANT_KEY,
      }).equals(gzipped),
    ).toBe(true);
    const opened = verifyBill({
      data,
      ...encrypted,
      privateKey: MERCHANT_KEY,
      gzip: true,
      hash_type: 'SHA1',
      hash_value: SHA1,
    });
    expect(opened.equals(bill)).toBe(true);
    expect(verifyBill({ data, ...encrypted, privateKey: MERCHANT_KEY, gzip: true }).equals(bill)).toBe(true);
    const altered = Buffer.from(data);
    altered[5] ^= 1;
    expect(() => verifyBill({ data: altered, ...encrypted, privateKey: MERCHANT_KEY, gzip: true })).toThrow(
      DecryptionError,
    );
    expect(() =>
      decryptBill({ data, encrypt_key: encrypted.encrypt_key, nonce: '7e57b111f0000002', privateKey: MERCHANT_KEY }),
    ).toThrow(/^bill could not be decrypted/);
    expect(() => decryptBill({ data, ...encrypted, privateKey: vectorText('TEST-ONLY-platform-a.key.pem') })).toThrow(
      /bill encrypt_key could not be decrypted/,
    );
    expect(() => decryptBill({ data, ...encrypted, privateKey: MERCHANT_KEY, algorithm: 'SM4_GCM' })).toThrow(
      UnsupportedAlgorithmError,
    );
  });

  it('refuses to "verify" with nothing to check', () => {
    expect(() => verifyBill({ data: bill })).toThrow(/needs hash_type and hash_value/);
    expect(() => verifyBill({ data: bill, hash_value: SHA1 })).toThrow(/without hash_type/);
  });
});

describe('bills as a stream (createBillVerifier)', () => {
  const bill = vectorFile(vectors.bill.file);
  const { SHA1, encrypted } = vectors.bill;

  /** The file in chunks of `size` bytes through the verifier; the bill out, or the stream's error. */
  async function stream(data: Buffer, options: BillVerifierOptions, size = 7): Promise<Buffer> {
    const chunks = Array.from({ length: Math.ceil(data.length / size) }, (_, index) =>
      data.subarray(index * size, (index + 1) * size),
    );
    const out: Buffer[] = [];
    await pipeline(Readable.from(chunks), createBillVerifier(options), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) out.push(chunk);
    });
    return Buffer.concat(out);
  }

  it('passes plain, gzip and encrypted gzip bills through, in any chunk size', async () => {
    for (const size of [1, 7, 16, 4096]) {
      expect((await stream(bill, { hash_type: 'SHA1', hash_value: SHA1 }, size)).equals(bill)).toBe(true);
      expect(
        (
          await stream(vectorFile(vectors.bill.gzipFile), { hash_type: 'SHA1', hash_value: SHA1, gzip: true }, size)
        ).equals(bill),
      ).toBe(true);
      const sealed = vectorFile(encrypted.file);
      expect(
        (
          await stream(
            sealed,
            { ...encrypted, privateKey: MERCHANT_KEY, gzip: true, hash_type: 'SHA1', hash_value: SHA1 },
            size,
          )
        ).equals(bill),
      ).toBe(true);
    }
  });

  it('errors at the end on a digest mismatch, an altered encrypted file, or a file that is not gzip', async () => {
    const tampered = Buffer.from(bill);
    tampered[0] ^= 1;
    await expect(stream(tampered, { hash_type: 'SHA1', hash_value: SHA1 })).rejects.toThrow(BillDigestMismatchError);
    const sealed = Buffer.from(vectorFile(encrypted.file));
    sealed[sealed.length - 1] ^= 1; // the tag
    await expect(stream(sealed, { ...encrypted, privateKey: MERCHANT_KEY, gzip: true })).rejects.toThrow(
      DecryptionError,
    );
    await expect(stream(bill, { hash_type: 'SHA1', hash_value: SHA1, gzip: true })).rejects.toThrow(/not gzip data/);
    expect(() => createBillVerifier({})).toThrow(/needs hash_type and hash_value/);
    expect(() => createBillVerifier({ hash_type: 'MD5', hash_value: 'ab' })).toThrow(UnsupportedAlgorithmError);
  });
});

describe('platform certificates', () => {
  const { apiV3Key, headers } = vectors.certificates;
  const body = vectorText(vectors.certificates.answerFile);
  const answer = JSON.parse(body) as CertificatesAnswer;
  const datesA = certificateDates('TEST-ONLY-platform-a.cert.pem');
  const datesB = certificateDates('TEST-ONLY-platform-b.cert.pem');
  // Validity checks at chosen moments, so the answer's own timestamp window must not interfere.
  const anyTime = Number.MAX_SAFE_INTEGER;

  it('decrypts each encrypt_certificate with the APIv3 key into the certificate python3 encrypted', () => {
    const certificates = decryptCertificates(answer, apiV3Key);
    expect(certificates.map((certificate) => certificate.serial)).toEqual([SERIAL_A, SERIAL_B]);
    expect(certificates[0]!.pem).toBe(vectorText('TEST-ONLY-platform-a.cert.pem'));
    expect(certificates[1]!.pem).toBe(vectorText('TEST-ONLY-platform-b.cert.pem'));
    expect(certificates[1]!.validFrom.getTime() / 1000).toBe(datesB.validFrom);
    expect(certificates[1]!.validTo.getTime() / 1000).toBe(datesB.validTo);
    const entry = answer.data[0]!.encrypt_certificate;
    const opened = decryptAeadAes256Gcm({
      key: apiV3Key,
      nonce: entry.nonce,
      associatedData: entry.associated_data,
      ciphertext: Buffer.from(entry.ciphertext, 'base64'),
    });
    expect(opened.toString()).toBe(vectorText('TEST-ONLY-platform-a.cert.pem'));
  });

  it('refuses a wrong APIv3 key, altered associated data, an entry under another serial, another algorithm', () => {
    expect(() => decryptCertificates(answer, 'TEST-ONLY-apiv3-key-0123456789ac')).toThrow(
      `platform certificate ${SERIAL_A} could not be decrypted`,
    );
    expect(() => decryptCertificates(answer, 'short')).toThrow('key must be 32 bytes, got 5');
    // Mutable copies of the parsed answer.
    const copy = (): { data: CertificateEntry[] } => JSON.parse(body) as { data: CertificateEntry[] };
    const altered = copy();
    altered.data[0]!.encrypt_certificate.associated_data = 'certificatE';
    expect(() => decryptCertificates(altered, apiV3Key)).toThrow(DecryptionError);
    const swapped = copy();
    swapped.data[0]!.serial_no = SERIAL_B;
    expect(() => decryptCertificates(swapped, apiV3Key)).toThrow(
      expect.objectContaining({ name: 'CertificateError', problem: 'serial-mismatch' }),
    );
    const sm4 = copy();
    sm4.data[1]!.encrypt_certificate.algorithm = 'AEAD_SM4_GCM';
    expect(() => decryptCertificates(sm4, apiV3Key)).toThrow(UnsupportedAlgorithmError);
  });

  it('keeps only the certificates whose validity covers now, latest expiry first', () => {
    const certificates = decryptCertificates(answer, apiV3Key);
    expect(selectValidCertificates(certificates, datesB.validFrom + 60).map((c) => c.serial)).toEqual([
      SERIAL_A,
      SERIAL_B,
    ]);
    expect(selectValidCertificates(certificates, datesB.validTo + 60).map((c) => c.serial)).toEqual([SERIAL_A]);
    expect(selectValidCertificates(certificates, datesA.validFrom - 60)).toEqual([]);
    expect(() => checkCertificateValidity(certificates[1]!, datesB.validTo + 1)).toThrow(
      expect.objectContaining({ problem: 'expired' }),
    );
    expect(() => checkCertificateValidity(certificates[0]!, datesA.validFrom - 1)).toThrow(
      expect.objectContaining({ problem: 'not-yet-valid' }),
    );
    expect(() => checkCertificateValidity(certificates[0]!, datesA.validFrom + 1)).not.toThrow();
  });

  it('bootstrap: verifies the answer with the downloaded certificate Wechatpay-Serial names', () => {
    const now = Number(headers['Wechatpay-Timestamp']);
    const accepted = verifyCertificatesAnswer({ headers, body, apiV3Key, now });
    expect(accepted[0]!.serial).toBe(SERIAL_A);
    expect(accepted.every((c) => c.validFrom.getTime() <= now * 1000 && now * 1000 <= c.validTo.getTime())).toBe(true);
    expect(
      verifyCertificatesAnswer({
        headers,
        body: Buffer.from(body),
        apiV3Key,
        now: datesB.validTo + 60,
        maxSkewSeconds: anyTime,
      }).map((c) => c.serial),
    ).toEqual([SERIAL_A]);
    expect(() => verifyCertificatesAnswer({ headers, body, apiV3Key, now: now + 301 })).toThrow(TimestampSkewError);
  });

  it('bootstrap: an answer signed by B verifies with B, and fails once B has expired', () => {
    const timestamp = headers['Wechatpay-Timestamp'];
    const nonce = 'TESTONLYsignedByB';
    const signature = openssl(
      ['dgst', '-sha256', '-sign', 'TEST-ONLY-platform-b.key.pem'],
      `${timestamp}\n${nonce}\n${body}\n`,
    ).toString('base64');
    const signedByB = {
      'Wechatpay-Timestamp': timestamp,
      'Wechatpay-Nonce': nonce,
      'Wechatpay-Serial': SERIAL_B,
      'Wechatpay-Signature': signature,
    };
    expect(
      verifyCertificatesAnswer({
        headers: signedByB,
        body,
        apiV3Key,
        now: datesB.validFrom + 60,
        maxSkewSeconds: anyTime,
      }),
    ).toHaveLength(2);
    expect(() =>
      verifyCertificatesAnswer({
        headers: signedByB,
        body,
        apiV3Key,
        now: datesB.validTo + 60,
        maxSkewSeconds: anyTime,
      }),
    ).toThrow(CertificateError);
    // B's signature under A's serial: the wrong certificate for it.
    expect(() =>
      verifyCertificatesAnswer({
        headers: { ...signedByB, 'Wechatpay-Serial': SERIAL_A },
        body,
        apiV3Key,
        now: datesB.validFrom + 60,
        maxSkewSeconds: anyTime,
      }),
    ).toThrow(SignatureMismatchError);
  });

  it('bootstrap: refuses a bad signature, a tampered answer, a serial it did not deliver', () => {
    const now = Number(headers['Wechatpay-Timestamp']);
    const badSignature = Buffer.from(headers['Wechatpay-Signature'], 'base64');
    badSignature[0] ^= 1;
    expect(() =>
      verifyCertificatesAnswer({
        headers: { ...headers, 'Wechatpay-Signature': badSignature.toString('base64') },
        body,
        apiV3Key,
        now,
      }),
    ).toThrow(SignatureMismatchError);
    const tampered = body.replace(
      /"effective_time":"(\d)/,
      (_match, digit: string) => `"effective_time":"${(Number(digit) + 1) % 10}`,
    );
    expect(tampered).not.toBe(body);
    expect(() => verifyCertificatesAnswer({ headers, body: tampered, apiV3Key, now })).toThrow(SignatureMismatchError);
    expect(() =>
      verifyCertificatesAnswer({
        headers: { ...headers, 'Wechatpay-Serial': 'PUB_KEY_ID_0119000001092025010100000000000001' },
        body,
        apiV3Key,
        now,
      }),
    ).toThrow(UnknownSerialError);
    expect(() => verifyCertificatesAnswer({ headers, body: 'not json', apiV3Key, now })).toThrow(/not JSON/);
  });

  it('the public key of a decrypted certificate verifies what its private key signed', () => {
    const [a] = decryptCertificates(answer, apiV3Key);
    const message = `${headers['Wechatpay-Timestamp']}\n${headers['Wechatpay-Nonce']}\n${body}\n`;
    expect(
      verify('sha256', Buffer.from(message), a!.publicKey, Buffer.from(headers['Wechatpay-Signature'], 'base64')),
    ).toBe(true);
  });
});
