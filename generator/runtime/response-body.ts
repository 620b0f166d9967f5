// Turning raw response bodies into application data — only after verification.

import type { Readable } from 'node:stream';

/** Error bodies read from a stream are capped: they are small JSON documents. */
const MAX_ERROR_BODY_BYTES = 1024 * 1024;

/** Normalises what axios hands back for responseType 'arraybuffer' to a Buffer. */
export function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  return Buffer.alloc(0);
}

/** JSON when the text is JSON; '' → undefined; anything else stays text. */
export function parseBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  const text = body.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function isReadable(data: unknown): data is Readable {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as Readable).pipe === 'function' &&
    Symbol.asyncIterator in data
  );
}

/** Reads a (small) stream into memory, e.g. the JSON error body of a failed download. */
export async function readStream(stream: Readable, limit: number = MAX_ERROR_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > limit) {
      stream.destroy();
      break;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
