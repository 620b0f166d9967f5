// Step 3 of a call: hand the prepared, signed request to axios, unchanged.

import { isAxiosError, type AxiosInstance, type AxiosResponse, type RawAxiosRequestHeaders } from 'axios';
import type { PreparedRequest } from './prepare.ts';
import { isReadable, parseBody, readStream, toBuffer } from './response-body.ts';

// Our bytes must reach the wire untouched, and the raw answer must reach the verifier.
const passThrough = [(data: unknown): unknown => data];

/**
 * The caller's headers (plain object or AxiosHeaders; never modified: it may be shared between calls) with our
 * Authorization and Content-Type, which replace theirs in any letter case. A plain object: axios merges it into
 * its own AxiosHeaders anyway, and building one here first cost as much again.
 */
function requestHeaders(
  caller: Readonly<Record<string, unknown>> | undefined,
  authorization: string,
  contentType: string | undefined,
): RawAxiosRequestHeaders {
  const headers: Record<string, unknown> = {};
  if (caller !== undefined && caller !== null) {
    for (const name of Object.keys(caller)) {
      const lower = name.toLowerCase();
      if (lower === 'authorization' || (contentType !== undefined && lower === 'content-type')) continue;
      headers[name] = caller[name];
    }
  }
  headers['Authorization'] = authorization;
  if (contentType !== undefined) headers['Content-Type'] = contentType;
  return headers as RawAxiosRequestHeaders;
}

function headerText(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const value =
    typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get(name: string): unknown }).get(name)
      : (headers as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** WeChat Pay's own words for a failed call: `WeChat Pay answered 400 PARAM_ERROR: … (Request-ID …)`. */
export function describeFailure(status: number, data: unknown, headers: unknown): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { code, message } = data as { code?: unknown; message?: unknown };
  if (typeof code !== 'string' && typeof message !== 'string') return undefined;
  const requestId = headerText(headers, 'request-id');
  const said = [typeof code === 'string' ? code : undefined, typeof message === 'string' ? message : undefined]
    .filter(Boolean)
    .join(': ');
  return `WeChat Pay answered ${status} ${said}${requestId === undefined ? '' : ` (Request-ID ${requestId})`}`;
}

/** The error's message, and the first line of its stack, which V8 copied from it at construction. */
function renameError(error: Error, message: string): void {
  const before = error.message;
  error.message = message;
  if (typeof error.stack === 'string') {
    const head = `${error.name}: ${before}`;
    if (error.stack.startsWith(head)) error.stack = `${error.name}: ${message}${error.stack.slice(head.length)}`;
  }
}

/**
 * Sends `prepared` with its Authorization header. Resolves to the raw answer (its `data` a Buffer, or a stream
 * for streamed downloads); a non-2xx answer rejects as AxiosError with WeChat Pay's `{ code, message }` parsed
 * into `error.response.data` and named in `error.message`.
 */
export async function sendRequest(
  http: AxiosInstance,
  prepared: PreparedRequest,
  authorization: string,
): Promise<AxiosResponse> {
  const headers = requestHeaders(
    prepared.options.headers as Readonly<Record<string, unknown>> | undefined,
    authorization,
    prepared.contentType,
  );
  try {
    return await http.request({
      ...prepared.options,
      method: prepared.method,
      url: prepared.url,
      allowAbsoluteUrls: true,
      params: undefined,
      data: prepared.body,
      headers,
      responseType: prepared.responseType,
      transformRequest: passThrough,
      transformResponse: passThrough,
    });
  } catch (error) {
    await explainFailedAnswer(error);
    throw error;
  }
}

/**
 * For an AxiosError with an answer: WeChat Pay's `{ code, message }` parsed into `error.response.data` (from a
 * Buffer or a stream) and named in `error.message`. Any other error is left as it is.
 */
export async function explainFailedAnswer(error: unknown): Promise<void> {
  if (!isAxiosError(error) || !error.response) return;
  const raw = isReadable(error.response.data) ? await readStream(error.response.data) : toBuffer(error.response.data);
  error.response.data = parseBody(raw);
  const described = describeFailure(error.response.status, error.response.data, error.response.headers);
  if (described !== undefined) renameError(error, described);
}
