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
