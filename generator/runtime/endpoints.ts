// The endpoint table the generator emits, and how a property chain + HTTP
// method is resolved against it (with the naming-convention fallback).

import { UnknownEndpointError } from './errors.ts';
import { closestMatches } from './levenshtein.ts';
import { chainToPathTemplate } from './naming.ts';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

/** How the request body is sent: no body, JSON, or multipart `meta` + `file`. */
export type RequestKind = 'none' | 'json' | 'multipart';
/** What a 2xx answer carries: signed JSON, a signed empty body (204), or unsigned file bytes. */
export type ResponseKind = 'json' | 'empty' | 'binary';

export interface OperationShape {
  readonly request: RequestKind;
  readonly response: ResponseKind;
  /**
   * Request body fields encrypted with WeChat Pay's public key before signing (`name`, `receivers[].name`; see
   * encryptSensitiveFields); absent when none.
   */
  readonly sensitive?: readonly string[];
}

export interface EndpointEntry {
  /** URL path template, e.g. `/v3/profitsharing/return-orders/{out_return_no}`. */
  readonly path: string;
  readonly methods: Readonly<Partial<Record<HttpMethod, OperationShape>>>;
}

/** Chain key (`v3.profitsharing.returnOrders`) → endpoint. */
export type EndpointTable = Readonly<Record<string, EndpointEntry>>;

export interface ResolvedOperation {
  /** Chain key, e.g. `v3.profitsharing.returnOrders._out_return_no_`. */
  readonly chain: string;
  readonly method: HttpMethod;
  readonly pathTemplate: string;
  /** From the table; undefined when the operation is not in it (inferred per call). */
  readonly shape: OperationShape | undefined;
}

/**
 * GET endpoints whose 2xx answer is an unsigned file, for chains the table does not know (a client bound to an
 * older table, an endpoint newer than the spec): WeChat Pay signs no file, so treating one as a signed JSON answer
 * would reject every download. Known by path, never guessed: the bill file (and the `download_url` host path of
 * encrypted bills), and the transfer receipts' PDFs. The table's own entries say `binary` themselves.
 */
export const FILE_DOWNLOAD_PATHS: readonly string[] = [
  '/v3/billdownload/file',
  '/v3/bill/downloadurl',
  '/v3/transferdownload/signfile',
  '/v3/transferdownload/elecvoucherfile',
];
const FILE_DOWNLOAD: OperationShape = { request: 'none', response: 'binary' };

function describeMethods(entry: EndpointEntry): string {
  const methods = HTTP_METHODS.filter((method) => entry.methods[method] !== undefined);
  return methods.length > 0 ? methods.map((method) => method.toUpperCase()).join(', ') : 'none';
}

/**
 * Looks the chain up in the table. Unknown chains (or methods) fall back to the
 * naming convention so endpoints newer than the spec stay callable — unless
 * `strict`, which throws UnknownEndpointError naming the closest known chains.
 */
export function resolveOperation(
  table: EndpointTable,
  segments: readonly string[],
  method: HttpMethod,
  strict: boolean,
): ResolvedOperation {
  const chain = segments.join('.');
  const entry = Object.hasOwn(table, chain) ? table[chain] : undefined;
  if (entry === undefined) {
    if (strict) {
      const suggestions = closestMatches(chain, Object.keys(table));
      const hint = suggestions.length > 0 ? ` Closest known endpoints: ${suggestions.join(', ')}` : '';
      throw new UnknownEndpointError(`Unknown endpoint ${chain} (strict mode).${hint}`, chain, method, suggestions);
    }
    const pathTemplate = chainToPathTemplate(segments);
    const download = method === 'get' && FILE_DOWNLOAD_PATHS.includes(pathTemplate);
    return { chain, method, pathTemplate, shape: download ? FILE_DOWNLOAD : undefined };
  }
  const shape = entry.methods[method];
  if (shape === undefined && strict) {
    throw new UnknownEndpointError(
      `Endpoint ${chain} (${entry.path}) has no ${method.toUpperCase()} operation (strict mode); known: ${describeMethods(entry)}`,
      chain,
      method,
      [],
    );
  }
  return { chain, method, pathTemplate: entry.path, shape };
}
