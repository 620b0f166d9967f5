// Step 1 of a call: resolve the endpoint, build the exact URL and body. What
// this step returns is what gets signed and sent, byte for byte.

import type { AxiosRequestConfig, ResponseType } from 'axios';
import {
  resolveOperation,
  type EndpointTable,
  type HttpMethod,
  type RequestKind,
  type ResolvedOperation,
  type ResponseKind,
} from './endpoints.ts';
import { WechatpayError } from './errors.ts';
import type { EncryptionKey, PublicKeyStore } from './key-store.ts';
import { buildMultipartBody, isMultipartPayload } from './multipart.ts';
import { encryptSensitive } from './sensitive.ts';
import { encryptSensitiveFields } from './sensitive-fields.ts';
import { fillPathTemplate, joinRequestURL, pathParameterNames, serializeQuery } from './url.ts';

/**
 * Per-call options: any axios request option, plus the endpoint's path
 * parameters by name (`{ out_return_no: 'R1' }` fills `{out_return_no}`).
 * `params` becomes the query string.
 */
export type EndpointRequestConfig = AxiosRequestConfig & { readonly [pathParameter: string]: unknown };

/** A resolved operation with what every call of it needs. */
export interface Route extends ResolvedOperation {
  /** The `{placeholders}` of the path template, in order. */
  readonly parameterNames: readonly string[];
}

export interface PreparedRequest {
  readonly route: Route;
  readonly method: HttpMethod;
  /** The absolute URL as sent. */
  readonly url: string;
  /** The URL's path and `?query` as the URL parser made them: the line the signature covers. */
  readonly pathWithQuery: string;
  /** Exactly what is sent; undefined for no body. */
  readonly body: Buffer | undefined;
  /** What is signed as BODY: the JSON text, the multipart `meta` text, or ''. */
  readonly signedBody: string;
  readonly contentType: string | undefined;
  readonly responseKind: ResponseKind;
  readonly responseType: ResponseType;
  /** The caller's axios options, without path parameters and `params`. */
  readonly options: AxiosRequestConfig;
}

/** Resolves a chain and verb against the table (see resolveOperation) and lists its path parameters. */
export function resolveRoute(
  table: EndpointTable,
  segments: readonly string[],
  method: HttpMethod,
  strict: boolean,
): Route {
  const operation = resolveOperation(table, segments, method, strict);
  return { ...operation, parameterNames: pathParameterNames(operation.pathTemplate) };
}

function requestKindOf(route: Route, data: unknown): RequestKind {
  if (data === undefined) return 'none';
  const { shape } = route;
  if (shape?.request === 'multipart' || (shape === undefined && isMultipartPayload(data))) return 'multipart';
  return 'json';
}

/** Splits path parameters out of the call config; the rest goes to axios. */
function axiosOptions(config: EndpointRequestConfig, names: readonly string[]): AxiosRequestConfig {
  const rest: Record<string, unknown> = { ...config };
  for (const name of names) delete rest[name];
  delete rest['params'];
  return rest as AxiosRequestConfig;
}

/** The caller's `Wechatpay-Serial` header, in any letter case. */
function callerSerial(headers: unknown): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  for (const name of Object.keys(headers)) {
    const value = (headers as Record<string, unknown>)[name];
    if (name.toLowerCase() === 'wechatpay-serial' && typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/** The key the sensitive fields go to: the one the caller's `Wechatpay-Serial` names, else the store's choice. */
function encryptionKeyFor(route: Route, keys: PublicKeyStore | undefined, serial: string | undefined): EncryptionKey {
  if (serial !== undefined) {
    const key = keys?.get(serial);
    if (key === undefined)
      throw new WechatpayError(
        `${route.chain}: no WeChat Pay public key for the Wechatpay-Serial ${serial} to encrypt its sensitive fields with`,
      );
    return { serial, key };
  }
  const chosen = keys?.encryptionKey?.();
  if (chosen === undefined) {
    throw new WechatpayError(
      `${route.chain} has sensitive fields: give a WeChat Pay public key in certs (or a keyStore with encryptionKey()), or set Wechatpay-Serial`,
    );
  }
  return chosen;
}

/**
 * The request as it will be sent. `baseURL` is the client's (a per-call `config.baseURL` wins).
 * The fields the table marks `sensitive` are encrypted (RSA-OAEP) to a key of `keys`, and `Wechatpay-Serial` names
 * it unless the caller set it (then its key is used).
 * Throws MissingPathParameterError, or TypeError for unusable `params` or upload data, before anything is sent.
 */
export async function prepareRequest(
  route: Route,
  data: unknown,
  config: EndpointRequestConfig,
  baseURL: string,
  keys?: PublicKeyStore,
): Promise<PreparedRequest> {
  const path = fillPathTemplate(route.pathTemplate, config);
  const query = serializeQuery(config.params);
  // Sign what the URL parser makes of it: that string is what axios puts on the wire.
  const url = joinRequestURL(config.baseURL ?? baseURL, query === '' ? path : `${path}?${query}`);

  const options = axiosOptions(config, route.parameterNames);
  let body: Buffer | undefined;
  let signedBody = '';
  let contentType: string | undefined;
  const kind = requestKindOf(route, data);
  if (kind === 'multipart') {
    if (!isMultipartPayload(data)) throw new TypeError(`${route.chain} is an upload: pass { meta, file }`);
    const multipart = await buildMultipartBody(data);
    body = multipart.body;
    signedBody = multipart.signedBody;
    contentType = multipart.contentType;
  } else if (kind === 'json') {
    const sensitive = route.shape?.sensitive;
    // JSON text is sent as given: a caller who encrypted the fields already passes the body that way.
    if (sensitive !== undefined && sensitive.length > 0 && typeof data === 'object' && data !== null) {
      const serial = callerSerial(options.headers);
      const { serial: keySerial, key } = encryptionKeyFor(route, keys, serial);
      data = encryptSensitiveFields(data, sensitive, (plaintext) => encryptSensitive(plaintext, key));
      if (serial === undefined)
        options.headers = {
          ...(options.headers as Record<string, unknown> | undefined),
          'Wechatpay-Serial': keySerial,
        } as AxiosRequestConfig['headers'];
    }
    signedBody = typeof data === 'string' ? data : JSON.stringify(data);
    body = Buffer.from(signedBody, 'utf8');
    contentType = 'application/json';
  }

  const responseKind = route.shape?.response ?? 'json';
  return {
    route,
    method: route.method,
    url: url.href,
    pathWithQuery: url.pathWithQuery,
    body,
    signedBody,
    contentType,
    responseKind,
    responseType: responseKind === 'binary' && config.responseType === 'stream' ? 'stream' : 'arraybuffer',
    options,
  };
}
