// multipart/form-data bodies for the media upload endpoints. Built by hand so
// the `meta` part holds exactly the JSON text that is signed as BODY.

import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';

/** The file part: bytes, a Blob/File, or a readable stream (read fully; uploads are small). */
export type UploadFile = Uint8Array | Blob | AsyncIterable<Uint8Array | string>;

export interface MultipartPayload {
  /** Upload metadata, usually `{ filename, sha256 }`; signed as the request BODY. */
  meta: Readonly<Record<string, unknown>> | string;
  file: UploadFile;
}

export interface MultipartBody {
  body: Buffer;
  contentType: string;
  /** The JSON text of the `meta` part, i.e. the BODY to sign. */
  signedBody: string;
}

// Types the upload endpoints accept (images, videos); anything else is sent as bytes.
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.bmp': 'image/bmp',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.avi': 'video/x-msvideo',
  '.wmv': 'video/x-ms-wmv',
  '.mpeg': 'video/mpeg',
  '.mkv': 'video/x-matroska',
  '.flv': 'video/x-flv',
  '.pdf': 'application/pdf',
};

export function isMultipartPayload(data: unknown): data is MultipartPayload {
  return typeof data === 'object' && data !== null && 'meta' in data && 'file' in data;
}

async function fileBytes(file: UploadFile): Promise<Buffer> {
  if (file instanceof Uint8Array) return Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (file instanceof Blob) return Buffer.from(await file.arrayBuffer());
  if (file !== null && typeof file === 'object' && Symbol.asyncIterator in file) {
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  throw new TypeError('multipart `file` must be a Buffer/Uint8Array, Blob or readable stream');
}

function filenameOf(meta: string): string {
  try {
    const parsed: unknown = JSON.parse(meta);
    if (typeof parsed === 'object' && parsed !== null && 'filename' in parsed && typeof parsed.filename === 'string') {
      return parsed.filename;
    }
  } catch {
    // meta that is not JSON is the caller's business; the server will say so.
  }
  return 'file';
}

// Quoted-string escaping for Content-Disposition, as browsers do it.
function quote(value: string): string {
  return value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export async function buildMultipartBody(payload: MultipartPayload): Promise<MultipartBody> {
  const signedBody = typeof payload.meta === 'string' ? payload.meta : JSON.stringify(payload.meta);
  const file = await fileBytes(payload.file);
  const filename = filenameOf(signedBody);
  const fileType = MEDIA_TYPES[extname(filename).toLowerCase()] ?? 'application/octet-stream';
  const boundary = `----WechatpayBoundary${randomBytes(12).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\n` +
        'Content-Disposition: form-data; name="meta"\r\n' +
        'Content-Type: application/json\r\n\r\n' +
        `${signedBody}\r\n` +
        `--${boundary}\r\n` +
        `Content-Disposition: form-data; name="file"; filename="${quote(filename)}"\r\n` +
        `Content-Type: ${fileType}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, signedBody };
}
