// Step 3 of a call: hand the prepared, signed request to axios, unchanged.

import { AxiosHeaders, isAxiosError, type AxiosInstance, type AxiosResponse, type RawAxiosHeaders } from 'axios';
import type { PreparedRequest } from './prepare.ts';
import { isReadable, parseBody, readStream, toBuffer } from './response-body.ts';

// Our bytes must reach the wire untouched, and the raw answer must reach the verifier.
const passThrough = [(data: unknown): unknown => data];

/**
 * Sends `prepared` with its Authorization header. Resolves to the raw answer (its `data` a Buffer, or a stream
 * for streamed downloads); a non-2xx answer rejects as AxiosError with WeChat Pay's `{ code, message }` parsed
 * into `error.response.data`.
 */
export async function sendRequest(http: AxiosInstance, prepared: PreparedRequest, authorization: string): Promise<AxiosResponse> {
  // A copy: the caller's header object may be shared between calls.
  const headers = new AxiosHeaders(prepared.options.headers as RawAxiosHeaders | undefined);
  headers.set('Authorization', authorization);
  if (prepared.contentType !== undefined) headers.set('Content-Type', prepared.contentType);
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
    if (isAxiosError(error) && error.response) {
      const raw = isReadable(error.response.data) ? await readStream(error.response.data) : toBuffer(error.response.data);
      error.response.data = parseBody(raw);
    }
    throw error;
  }
}
