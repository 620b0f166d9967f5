// Checking a downloaded bill (交易账单, 资金账单, …) against the signed answer that gave its download_url.
// WeChat Pay does not sign files; the answer's `hash_value` is the digest of the original bill, uncompressed
// ("gzip 需要解压缩"), so the order is: decrypt (encrypted bills) → gunzip (tar_type=GZIP) → digest.
//
// Encrypted bills (answers with `encrypt_key` and `nonce`: the sub-merchant fund-flow bill, the payscore
// merchant bill), as we read the public sources:
// - `encrypt_key` is the file key encrypted to the merchant's API certificate, base64: wechatpay-java's
//   EncryptBillEntity says so, and its BillDownloadService decrypts it with the config's PrivacyDecryptor, i.e.
//   RSAPrivacyDecryptor, "RSA/ECB/OAEPWithSHA-1AndMGF1Padding" with the merchant private key — RSA-OAEP, SHA-1 and
//   MGF1-SHA-1, the same scheme as sensitive fields. The plaintext is the AES-256 key (32 bytes).
// - the file is AEAD_AES_256_GCM as for notifications and certificates: WeChat Pay's bill documentation (申请获取
//   对账单, 下载单个子商户资金账单) has the merchant download the binary ciphertext (not base64), decrypt
//   encrypt_key with the API private key, and decrypt the file with that key and `nonce`, pointing to the
//   notification-decryption sample: the nonce's UTF-8 bytes are the IV (its example nonce has 16 characters, not
//   12: GCM takes any length), the 16-byte tag is at the end, and no associated data is named, so there is none.
// - decrypt first, then gunzip ("先解密、再解压"); `hash_value` is over the original bill, and wechatpay-java's
//   model adds that a successful GCM decryption already proves integrity: a hash_value, when given, is checked too.
// - a bill split into several files (download_bill_list, bill_sequence) is decrypted file by file and joined in
//   bill_sequence order afterwards. wechatpay-go, go-pay/gopay and WxJava model these fields but decrypt no file;
//   wechatpay-java stops at encrypt_key. SM4_GCM (the other `algorithm`) is refused: Node.js has no sm4-gcm.

import { constants, createHash, getHashes, privateDecrypt } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { aes256Key, decryptAeadAes256Gcm } from './aead-aes-256-gcm.ts';
import { BillDigestMismatchError, DecryptionError, UnsupportedAlgorithmError } from './errors.ts';
import { loadPrivateKey, type KeyInput } from './keys.ts';

/** `hash_type` of the bill answers. */
export type BillHashType = 'SHA1' | 'SM3';

const NODE_HASHES: Readonly<Record<BillHashType, string>> = { SHA1: 'sha1', SM3: 'sm3' };

/** The Node.js digest name for a `hash_type`, or UnsupportedAlgorithmError (SM3 needs OpenSSL's SM3). */
function nodeHash(hashType: string): string {
  const name = NODE_HASHES[String(hashType).toUpperCase() as BillHashType];
  if (name === undefined) {
    throw new UnsupportedAlgorithmError(
      String(hashType),
      `Bill hash_type ${JSON.stringify(hashType)} is not supported (SHA1, SM3)`,
    );
  }
  if (!getHashes().includes(name)) {
    throw new UnsupportedAlgorithmError(
      String(hashType),
      `Bill hash_type ${hashType} needs a Node.js built with ${hashType} (crypto.getHashes() has no '${name}'); check the file another way`,
    );
  }
  return name;
}

/** Lower-case hex digest of the (uncompressed, decrypted) bill. */
export function billDigest(bill: Uint8Array, hashType: BillHashType | string): string {
  return createHash(nodeHash(hashType)).update(bill).digest('hex');
}

export interface DecryptBillInput {
  /** The file as downloaded. */
  data: Uint8Array;
  /** `encrypt_key` of the bill answer: the file's AES key, RSA-OAEP encrypted to the merchant key, base64. */
  encrypt_key: string;
  /** `nonce` of the bill answer. */
  nonce: string;
  /** Merchant API private key. */
  privateKey: KeyInput;
  /** The `algorithm` the bill was requested with; only AEAD_AES_256_GCM (the default) is supported. */
  algorithm?: string;
}

/** The file key `encrypt_key` holds (RSA-OAEP to the merchant key); refuses algorithms other than AEAD_AES_256_GCM. */
export function decryptBillKey(
  encryptKey: string,
  privateKey: KeyInput,
  algorithm: string = 'AEAD_AES_256_GCM',
): Buffer {
  if (algorithm !== 'AEAD_AES_256_GCM') {
    throw new UnsupportedAlgorithmError(
      algorithm,
      `Bills encrypted with ${algorithm} are not supported (AEAD_AES_256_GCM)`,
    );
  }
  if (typeof encryptKey !== 'string' || encryptKey === '')
    throw new TypeError('an encrypted bill needs encrypt_key and nonce from the bill answer');
  const key = loadPrivateKey(privateKey, 'privateKey');
  try {
    return privateDecrypt(
      { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      Buffer.from(encryptKey, 'base64'),
    );
  } catch (cause) {
    throw new DecryptionError('bill encrypt_key', { cause });
  }
}

/** Decrypts an encrypted bill (still gzip when it was requested so). */
export function decryptBill(input: DecryptBillInput): Buffer {
  const algorithm = input.algorithm ?? 'AEAD_AES_256_GCM';
  if (typeof input.nonce !== 'string')
    throw new TypeError('an encrypted bill needs encrypt_key and nonce from the bill answer');
  const key = decryptBillKey(input.encrypt_key, input.privateKey, algorithm);
  return decryptAeadAes256Gcm({
    key: aes256Key(key, 'the bill key'),
    nonce: input.nonce,
    ciphertext: input.data,
    what: 'bill',
  });
}

export interface VerifyBillInput {
  /** The file as downloaded. */
  data: Uint8Array;
  /** `hash_type` of the bill answer (SHA1, or SM3 where Node.js has it). */
  hash_type?: BillHashType | string;
  /** `hash_value` of the bill answer: the digest of the original, uncompressed bill. */
  hash_value?: string;
  /** The bill was requested with `tar_type=GZIP`: gunzip it (after decryption). */
  gzip?: boolean;
  /** Encrypted bills: `encrypt_key` and `nonce` of the answer, and the merchant private key. */
  encrypt_key?: string;
  nonce?: string;
  privateKey?: KeyInput;
  algorithm?: string;
}

/**
 * Decrypts (when `encrypt_key` is given), gunzips (`gzip: true`) and checks the digest (`hash_type`,
 * `hash_value`) of a downloaded bill; returns the original bill. Throws BillDigestMismatchError,
 * DecryptionError or UnsupportedAlgorithmError; a bill with neither a digest nor encryption is refused.
 */
export function verifyBill(input: VerifyBillInput): Buffer {
  const encrypted = input.encrypt_key !== undefined;
  const hashed = input.hash_value !== undefined && input.hash_value !== '';
  if (!encrypted && !hashed)
    throw new TypeError('verifyBill needs hash_type and hash_value (or encrypt_key) from the bill answer');
  if (hashed && input.hash_type === undefined) throw new TypeError('verifyBill: hash_value without hash_type');

  let bill: Buffer = Buffer.from(input.data);
  if (encrypted) {
    if (input.privateKey === undefined) throw new TypeError('verifyBill: an encrypted bill needs privateKey');
    bill = decryptBill({
      data: bill,
      encrypt_key: input.encrypt_key!,
      nonce: input.nonce!,
      privateKey: input.privateKey,
      algorithm: input.algorithm,
    });
  }
  if (input.gzip === true) {
    try {
      bill = gunzipSync(bill);
    } catch {
      throw new TypeError('the bill is not gzip data; was it requested with tar_type=GZIP?');
    }
  }
  if (hashed) {
    const actual = billDigest(bill, input.hash_type!);
    const expected = input.hash_value!.toLowerCase();
    if (actual !== expected) throw new BillDigestMismatchError(String(input.hash_type).toUpperCase(), expected, actual);
  }
  return bill;
}
