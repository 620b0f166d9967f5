// verifyBill as a stream, for bills too large to hold in memory: the downloaded bytes in, the bill out, and an
// error at the end (BillDigestMismatchError, DecryptionError) when the file does not check. What was read before
// the error is not trustworthy: write it to a temporary file and keep it only once the stream ends cleanly.

import { createDecipheriv, createHash, type DecipherGCM, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { createGunzip, type Gunzip } from 'node:zlib';
import { aes256Key } from './aead-aes-256-gcm.ts';
import { billDigest, decryptBillKey, type VerifyBillInput } from './bill.ts';
import { BillDigestMismatchError, DecryptionError } from './errors.ts';

const TAG_LENGTH = 16;

/** The options of verifyBill, without `data`: the stream brings it. */
export type BillVerifierOptions = Omit<VerifyBillInput, 'data'>;

class BillVerifier extends Transform {
  private readonly hash: Hash | undefined;
  private readonly expected: string | undefined;
  private readonly hashType: string;
  private readonly decipher: DecipherGCM | undefined;
  private readonly gunzip: Gunzip | undefined;
  // The GCM tag is the last 16 bytes of the file: hold back that many until the end.
  private held: Buffer = Buffer.alloc(0);

  constructor(options: BillVerifierOptions) {
    super();
    const hashed = options.hash_value !== undefined && options.hash_value !== '';
    if (!hashed && options.encrypt_key === undefined)
      throw new TypeError('createBillVerifier needs hash_type and hash_value (or encrypt_key) from the bill answer');
    if (hashed && options.hash_type === undefined)
      throw new TypeError('createBillVerifier: hash_value without hash_type');
    this.hashType = String(options.hash_type ?? '').toUpperCase();
    if (hashed) {
      billDigest(Buffer.alloc(0), this.hashType); // throws UnsupportedAlgorithmError before any byte flows
      this.hash = createHash(this.hashType === 'SM3' ? 'sm3' : 'sha1');
      this.expected = options.hash_value!.toLowerCase();
    }
    if (options.encrypt_key !== undefined) {
      if (options.privateKey === undefined || options.nonce === undefined)
        throw new TypeError('an encrypted bill needs nonce and privateKey');
      const key = aes256Key(decryptBillKey(options.encrypt_key, options.privateKey, options.algorithm), 'the bill key');
      this.decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(options.nonce, 'utf8'), {
        authTagLength: TAG_LENGTH,
      });
    }
    if (options.gzip === true) {
      this.gunzip = createGunzip();
      this.gunzip.on('data', (chunk: Buffer) => this.emitBill(chunk));
      this.gunzip.on('error', () =>
        this.destroy(new TypeError('the bill is not gzip data; was it requested with tar_type=GZIP?')),
      );
    }
  }

  private emitBill(chunk: Buffer): void {
    this.hash?.update(chunk);
    this.push(chunk);
  }

  private forward(data: Buffer, callback: TransformCallback): void {
    if (this.gunzip === undefined) {
      this.emitBill(data);
      callback();
    } else if (data.length === 0) {
      callback();
    } else {
      this.gunzip.write(data, () => callback());
    }
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.decipher === undefined) return this.forward(chunk, callback);
    const joined = Buffer.concat([this.held, chunk]);
    const cut = Math.max(0, joined.length - TAG_LENGTH);
    this.held = joined.subarray(cut);
    this.forward(this.decipher.update(joined.subarray(0, cut)), callback);
  }

  override _flush(callback: TransformCallback): void {
    const finish = (): void => {
      if (this.hash !== undefined) {
        const actual = this.hash.digest('hex');
        if (actual !== this.expected)
          return callback(new BillDigestMismatchError(this.hashType, this.expected!, actual));
      }
      callback();
    };
    const drainGunzip = (): void => {
      if (this.gunzip === undefined) return finish();
      this.gunzip.once('end', finish);
      this.gunzip.end();
    };
    if (this.decipher === undefined) return drainGunzip();
    let rest: Buffer;
    try {
      if (this.held.length < TAG_LENGTH) throw new Error('shorter than its tag');
      this.decipher.setAuthTag(this.held);
      rest = this.decipher.final();
    } catch (cause) {
      return callback(new DecryptionError('bill', { cause }));
    }
    this.forward(rest, (error) => (error ? callback(error) : drainGunzip()));
  }
}

/**
 * A Transform stream: the downloaded file in, the bill out (decrypted, gunzipped); it errors at its end when the
 * digest is not `hash_value` or the encrypted file does not authenticate. Options as for verifyBill.
 */
export function createBillVerifier(options: BillVerifierOptions): Transform {
  return new BillVerifier(options);
}
