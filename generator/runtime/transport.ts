// One signed APIv3 call through axios: resolve the endpoint, build the exact
// URL and body, sign them, send, verify the answer, then parse it.

import {
  AxiosHeaders,
  isAxiosError,
  type AxiosInstance,
  type AxiosRequestConfig,
  type AxiosResponse,
  type RawAxiosHeaders,
  type ResponseType,
} from 'axios';
import type { MerchantCredentials } from './config.ts';
import { DEFAULT_BASE_URL } from './config.ts';
import { ResponseVerificationError } from './errors.ts';
import { resolveOperation, type EndpointTable, type HttpMethod, type OperationShape, type RequestKind } from './endpoints.ts';
import { buildMultipartBody, isMultipartPayload } from './multipart.ts';
import { isReadable, parseBody, readStream, toBuffer } from './response-body.ts';
import { buildAuthorization, buildRequestMessage, createNonce, createTimestamp, signMessage } from './signer.ts';
import { fillPathTemplate, joinURL, pathParameterNames, serializeQuery } from './url.ts';
import { verifyResponse } from './verifier.ts';

/**
 * Per-call options: any axios request option, plus the endpoint's path
 * parameters by name (`{ out_return_no: 'R1' }` fills `{out_return_no}`).
 * `params` becomes the query string.
 */
export type EndpointRequestConfig = AxiosRequestConfig & { readonly [pathParameter: string]: unknown };

/** Performs a call for a property chain; what the chain proxies invoke. */
export type Invoke = (
  segments: readonly string[],
  method: HttpMethod,
  data: unknown,
  config: EndpointRequestConfig | undefined,
) => Promise<AxiosResponse>;

interface PreparedBody {
  /** Exactly what is sent; undefined for no body. */
  data: Buffer | undefined;
  /** What is signed as BODY. */
  signed: string;
  contentType: string | undefined;
}

// Our bytes must reach the wire untouched, and the raw answer must reach the verifier.
const passThrough = [(data: unknown): unknown => data];

function requestKindOf(shape: OperationShape | undefined, data: unknown): RequestKind {
  if (data === undefined) return 'none';
  if (shape?.request === 'multipart' || (shape === undefined && isMultipartPayload(data))) return 'multipart';
  return 'json';
}

async function prepareBody(kind: RequestKind, data: unknown, chain: string): Promise<PreparedBody> {
  if (kind === 'none') return { data: undefined, signed: '', contentType: undefined };
  if (kind === 'multipart') {
    if (!isMultipartPayload(data)) throw new TypeError(`${chain} is an upload: pass { meta, file }`);
    const multipart = await buildMultipartBody(data);
    return { data: multipart.body, signed: multipart.signedBody, contentType: multipart.contentType };
  }
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return { data: Buffer.from(text, 'utf8'), signed: text, contentType: 'application/json' };
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** Splits path parameters out of the call config; the rest goes to axios. */
function splitConfig(config: EndpointRequestConfig, names: readonly string[]): AxiosRequestConfig {
  const rest: Record<string, unknown> = { ...config };
  for (const name of names) delete rest[name];
  delete rest['params'];
  return rest as AxiosRequestConfig;
}

export class SignedTransport {
  constructor(
    private readonly http: AxiosInstance,
    private readonly credentials: MerchantCredentials,
    private readonly table: EndpointTable,
    private readonly strict: boolean,
  ) {}

  readonly invoke: Invoke = async (segments, method, data, config = {}) => {
    const operation = resolveOperation(this.table, segments, method, this.strict);
    const parameterNames = pathParameterNames(operation.pathTemplate);
    const path = fillPathTemplate(operation.pathTemplate, config);
    const query = serializeQuery(config.params);
    const baseURL = config.baseURL ?? this.http.defaults.baseURL ?? DEFAULT_BASE_URL;
    const url = joinURL(baseURL, query === '' ? path : `${path}?${query}`);
    // Sign what the URL parser made of it: that string is what axios puts on the wire.
    const pathWithQuery = url.pathname + url.search;

    const body = await prepareBody(requestKindOf(operation.shape, data), data, operation.chain);
    const { mchid, serial, privateKey } = this.credentials;
    const timestamp = createTimestamp();
    const nonce = createNonce();
    const signature = signMessage(buildRequestMessage(method, pathWithQuery, timestamp, nonce, body.signed), privateKey);

    // A copy: the caller's header object may be shared between calls.
    const headers = new AxiosHeaders(config.headers as RawAxiosHeaders | undefined);
    headers.set('Authorization', buildAuthorization({ mchid, serial, nonce, timestamp, signature }));
    if (body.contentType !== undefined) headers.set('Content-Type', body.contentType);

    const responseKind = operation.shape?.response ?? 'json';
    const responseType: ResponseType = responseKind === 'binary' && config.responseType === 'stream' ? 'stream' : 'arraybuffer';

    let response: AxiosResponse;
    try {
      response = await this.http.request({
        ...splitConfig(config, parameterNames),
        method,
        url: url.href,
        allowAbsoluteUrls: true,
        params: undefined,
        data: body.data,
        headers,
        responseType,
        transformRequest: passThrough,
        transformResponse: passThrough,
      });
    } catch (error) {
      // Make WeChat Pay's { code, message } readable on error.response.data.
      if (isAxiosError(error) && error.response) {
        const raw = isReadable(error.response.data) ? await readStream(error.response.data) : toBuffer(error.response.data);
        error.response.data = parseBody(raw);
      }
      throw error;
    }

    // File downloads (bill files) are not signed by WeChat Pay; callers check
    // the file against the hash the signed "apply for bill" answer gave them.
    if (responseKind === 'binary' && isSuccess(response.status)) {
      if (responseType === 'arraybuffer') response.data = toBuffer(response.data);
      return response;
    }

    const raw = toBuffer(response.data);
    if (isSuccess(response.status)) {
      try {
        verifyResponse({ headers: response.headers, body: raw, certs: this.credentials.certs });
      } catch (error) {
        if (error instanceof ResponseVerificationError) {
          response.data = raw;
          error.response = response;
        }
        throw error;
      }
    }
    response.data = parseBody(raw);
    return response;
  };
}
