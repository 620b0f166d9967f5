// multipart/form-data as WeChat Pay's upload endpoints read it: a `meta` part (the JSON that is signed) and a `file`.

export interface Upload {
  /** The `meta` part's text. */
  readonly meta: string;
  readonly file: Buffer;
  readonly filename: string;
  readonly contentType: string;
}

/** The request's `meta` and `file` parts, or undefined when the body is not such a form. */
export function readUpload(body: Buffer, contentType: string | undefined): Upload | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${(boundary[1] ?? boundary[2])!.trim()}`);
  const parts = new Map<string, { headers: string; content: Buffer }>();
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) return undefined;
    const part = body.subarray(partStart + 2, next - 2); // without the CRLF after the delimiter and before the next
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) return undefined;
    const headers = part.subarray(0, split).toString();
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    if (name !== undefined) parts.set(name, { headers, content: part.subarray(split + 4) });
    start = next;
  }
  const meta = parts.get('meta');
  const file = parts.get('file');
  if (meta === undefined || file === undefined) return undefined;
  return {
    meta: meta.content.toString('utf8'),
    file: file.content,
    filename: /filename="([^"]*)"/.exec(file.headers)?.[1] ?? '',
    contentType: /content-type:\s*([^\r\n]+)/i.exec(file.headers)?.[1]?.trim() ?? '',
  };
}
