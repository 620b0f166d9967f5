// Builds the request URL ourselves (path parameters, query string) so that the
// path we sign is byte for byte the path axios sends.

import { MissingPathParameterError } from './errors.ts';

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** RFC 3986 unreserved characters stay; everything else is percent-encoded. */
export function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Names of the `{placeholders}` in a path template, in order. */
export function pathParameterNames(template: string): string[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!);
}

/** Replaces each `{name}` with the encoded value of `values[name]`. */
export function fillPathTemplate(template: string, values: Readonly<Record<string, unknown>>): string {
  if (!template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') {
      throw new MissingPathParameterError(name, template);
    }
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') {
      throw new MissingPathParameterError(name, template, `must be a string or number, got ${typeof value}`);
    }
    const text = String(value);
    // URL parsers resolve '.'/'..' segments (even when percent-encoded), which
    // would silently call a different endpoint.
    if (text === '.' || text === '..') {
      throw new MissingPathParameterError(name, template, `must not be "${text}"`);
    }
    return encodeComponent(text);
  });
}

type QueryScalar = string | number | boolean | bigint | Date;

function queryText(value: QueryScalar, key: string): string {
  if (value instanceof Date) return value.toISOString();
  if (['string', 'number', 'boolean', 'bigint'].includes(typeof value)) return String(value);
  throw new TypeError(`Query parameter "${key}" must be a string, number, boolean or Date`);
}

/**
 * `config.params` → `a=1&b=x%20y` (no leading '?'). null/undefined values are
 * skipped, arrays repeat the key, URLSearchParams are taken as they are.
 */
export function serializeQuery(params: unknown): string {
  if (params === undefined || params === null) return '';
  const pairs: string[] = [];
  const add = (key: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    pairs.push(`${encodeComponent(key)}=${encodeComponent(queryText(value as QueryScalar, key))}`);
  };
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) add(key, value);
  } else if (typeof params === 'object') {
    for (const [key, value] of Object.entries(params)) {
      if (Array.isArray(value)) value.forEach((item) => add(key, item));
      else add(key, value);
    }
  } else {
    throw new TypeError('config.params must be an object or URLSearchParams');
  }
  return pairs.join('&');
}

/** Joins base URL and path the way axios does (keeps a base path prefix). */
export function joinURL(baseURL: string, pathWithQuery: string): URL {
  return new URL(`${baseURL.replace(/\/+$/, '')}/${pathWithQuery.replace(/^\/+/, '')}`);
}

export interface RequestURL {
  /** The absolute URL. */
  readonly href: string;
  /** Its path and `?query`, as the URL parser makes them: what is signed. */
  readonly pathWithQuery: string;
}

// Characters the WHATWG URL parser keeps as they are in the path and the query of an http(s) URL. A joined URL made
// of only these, without dot segments, is already what the parser would make of it, so parsing it is skipped.
const PARSER_STABLE = /^[A-Za-z0-9\-._~!$&()*+,;=:@/?%]*$/;
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:[/?]|$)/i;

interface ParsedBase {
  readonly baseURL: string;
  /** Scheme, host and port; undefined when the base needs the parser every time (credentials, query, other schemes). */
  readonly origin: string | undefined;
  /** The base's path without its trailing slash ('' for the root). */
  readonly path: string;
  /** URLs joined to this base, by the path and query they were joined from: most calls repeat a path. */
  readonly joined: Map<string, RequestURL>;
}

/** Joined URLs kept per base: enough for every path without parameters of the API, bounded for those with. */
const JOINED_KEPT = 512;

// The base URL rarely changes: its parse is kept for the next call.
let lastBase: ParsedBase | undefined;

function parseBase(baseURL: string): ParsedBase {
  if (lastBase?.baseURL === baseURL) return lastBase;
  const url = new URL(`${baseURL.replace(/\/+$/, '')}/`);
  const plain =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.username === '' &&
    url.password === '' &&
    url.search === '' &&
    url.hash === '';
  lastBase = {
    baseURL,
    origin: plain ? url.origin : undefined,
    path: url.pathname.replace(/\/$/, ''),
    joined: new Map(),
  };
  return lastBase;
}

/** joinURL's result without a URL object; the same strings as `joinURL(baseURL, pathWithQuery)` gives. */
export function joinRequestURL(baseURL: string, pathWithQuery: string): RequestURL {
  const base = parseBase(baseURL);
  let joined = base.joined.get(pathWithQuery);
  if (joined === undefined) {
    joined = joinUncached(base, pathWithQuery);
    if (base.joined.size === JOINED_KEPT) base.joined.clear();
    base.joined.set(pathWithQuery, joined);
  }
  return joined;
}

function joinUncached(base: ParsedBase, pathWithQuery: string): RequestURL {
  const relative = pathWithQuery.replace(/^\/+/, '');
  if (base.origin !== undefined && PARSER_STABLE.test(relative) && !DOT_SEGMENT.test(relative.split('?', 1)[0]!)) {
    const path = `${base.path}/${relative}`;
    return Object.freeze({ href: base.origin + path, pathWithQuery: path });
  }
  const url = joinURL(base.baseURL, relative);
  return Object.freeze({ href: url.href, pathWithQuery: url.pathname + url.search });
}
