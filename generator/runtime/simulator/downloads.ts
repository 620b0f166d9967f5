// Bills: an answer with a `download_url` (the bill application endpoints) points at a file this simulator
// serves from its download operation, with the answer's `hash_value` the file's digest, so that a client can
// apply, download and check a bill end to end. The file is a small CSV in WeChat Pay's layout.

import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface StoredDownload {
  /** What is served (gzip when the bill was asked for with tar_type=GZIP). */
  readonly bytes: Buffer;
}

export class Downloads {
  private readonly files = new Map<string, StoredDownload>();

  /** Rewrites a bill answer (an object with `download_url`) to a file of this simulator; others are returned as they are. */
  attach(
    answer: unknown,
    urlFor: (token: string) => string,
    mchid: string,
    query: Readonly<Record<string, unknown>>,
  ): unknown {
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) return answer;
    const object = answer as Record<string, unknown>;
    if (typeof object['download_url'] !== 'string') return answer;
    const bill = Buffer.from(
      [
        '交易时间,公众账号ID,商户号,微信订单号,商户订单号,交易状态,应结订单金额',
        `\`2024-01-01 08:00:00,\`wxd678efh567hg6787,\`${mchid},\`4200000000202401010000000000,\`SIM${String(query['bill_date'] ?? '')},\`SUCCESS,\`0.01`,
        '总交易单数,应结订单总金额',
        '`1,`0.01',
        '',
      ].join('\n'),
    );
    const token = randomBytes(24).toString('base64url');
    const gzip = String(query['tar_type'] ?? '').toUpperCase() === 'GZIP';
    this.files.set(token, { bytes: gzip ? gzipSync(bill) : bill });
    return {
      ...object,
      ...('hash_type' in object || 'hash_value' in object
        ? { hash_type: 'SHA1', hash_value: createHash('sha1').update(bill).digest('hex') }
        : {}),
      download_url: urlFor(token),
    };
  }

  /** The file a download request names by its `token` query parameter. */
  find(query: Readonly<Record<string, unknown>>): StoredDownload | undefined {
    return typeof query['token'] === 'string' ? this.files.get(query['token']) : undefined;
  }
}
