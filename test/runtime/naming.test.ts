// Naming convention, URL building and endpoint resolution (pure functions).

import { describe, expect, it } from 'vitest';
import { resolveOperation } from '../../generator/runtime/endpoints.ts';
import { MissingPathParameterError, UnknownEndpointError } from '../../generator/runtime/errors.ts';
import { closestMatches, levenshtein } from '../../generator/runtime/levenshtein.ts';
import {
  chainToPathTemplate,
  pathTemplateToChainKey,
  propertyToSegment,
  segmentToProperty,
} from '../../generator/runtime/naming.ts';
import {
  encodeComponent,
  fillPathTemplate,
  joinRequestURL,
  joinURL,
  pathParameterNames,
  serializeQuery,
} from '../../generator/runtime/url.ts';
import { endpoints } from './fixtures.ts';

/** What `action` throws; fails the test when it throws nothing. */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return expect.unreachable(`${String(action)} threw nothing`);
}

describe('naming convention', () => {
  const pairs: [string, string][] = [
    ['return-orders', 'returnOrders'],
    ['out-trade-no', 'outTradeNo'],
    ['{out_return_no}', '_out_return_no_'],
    ['', '_empty_'],
    ['delete', 'Delete'],
    ['v3', 'v3'],
    ['applyment4sub', 'applyment4sub'],
    ['complaints-v2', 'complaintsV2'],
    ['return', 'return'],
  ];

  it.each(pairs)('%j <-> %s', (segment, property) => {
    expect(segmentToProperty(segment)).toBe(property);
    expect(propertyToSegment(property)).toBe(segment);
  });

  it('maps table paths to their keys and chains back to paths', () => {
    for (const [key, entry] of Object.entries(endpoints)) {
      expect(pathTemplateToChainKey(entry.path)).toBe(key);
      expect(chainToPathTemplate(key.split('.'))).toBe(entry.path);
    }
    expect(pathTemplateToChainKey('/v3/applyment4sub/applyment/')).toBe('v3.applyment4sub.applyment._empty_');
    expect(chainToPathTemplate(['v3', 'applyment4sub', 'applyment', '_empty_'])).toBe('/v3/applyment4sub/applyment/');
  });
});

describe('levenshtein', () => {
  it('computes edit distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', 'abc')).toBe(0);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
  });

  it('ranks the closest candidates first', () => {
    expect(closestMatches('v3.profitsharing.returnOrder', Object.keys(endpoints), 2)).toEqual([
      'v3.profitsharing.returnOrders',
      'v3.profitsharing.returnOrders._out_return_no_',
    ]);
  });
});

describe('path parameters', () => {
  const template = '/v3/profitsharing/return-orders/{out_return_no}';

  it('lists and fills placeholders, percent-encoding values', () => {
    expect(pathParameterNames('/v3/a/{x}/b/{y_z}')).toEqual(['x', 'y_z']);
    expect(fillPathTemplate(template, { out_return_no: 'R 1/2?#&中%' })).toBe(
      '/v3/profitsharing/return-orders/R%201%2F2%3F%23%26%E4%B8%AD%25',
    );
    expect(fillPathTemplate(template, { out_return_no: 42 })).toBe('/v3/profitsharing/return-orders/42');
    expect(fillPathTemplate('/v3/{a}', { a: "it's (a)*!" })).toBe('/v3/it%27s%20%28a%29%2A%21');
  });

  it('refuses missing, empty, non-scalar and dot-segment values', () => {
    for (const value of [undefined, null, '', { id: 1 }, '.', '..']) {
      expect(() => fillPathTemplate(template, { out_return_no: value })).toThrow(MissingPathParameterError);
    }
    const error = thrown(() => fillPathTemplate(template, {}));
    expect(error).toBeInstanceOf(MissingPathParameterError);
    expect((error as MissingPathParameterError).parameter).toBe('out_return_no');
    expect((error as MissingPathParameterError).path).toBe(template);
    expect((error as Error).message).toBe(
      `Path parameter "out_return_no" of ${template} is missing; pass it in the request config, e.g. { out_return_no: '…' }`,
    );
  });
});

describe('query strings', () => {
  it('serialises in insertion order with RFC 3986 encoding', () => {
    expect(serializeQuery(undefined)).toBe('');
    expect(serializeQuery({})).toBe('');
    expect(serializeQuery({ b: 2, a: 'x y', skip: undefined, nil: null, flag: true })).toBe('b=2&a=x%20y&flag=true');
    expect(serializeQuery({ q: "中文 & =+/?'!()*" })).toBe('q=%E4%B8%AD%E6%96%87%20%26%20%3D%2B%2F%3F%27%21%28%29%2A');
    expect(serializeQuery({ ids: ['1', '2'] })).toBe('ids=1&ids=2');
    expect(serializeQuery({ at: new Date('2024-01-02T03:04:05Z') })).toBe('at=2024-01-02T03%3A04%3A05.000Z');
    expect(serializeQuery(new URLSearchParams('a=1&a=2&b=x y'))).toBe('a=1&a=2&b=x%20y');
    expect(encodeComponent('~-._')).toBe('~-._');
  });

  it('refuses nested objects', () => {
    expect(() => serializeQuery({ filter: { a: 1 } })).toThrow(TypeError);
    expect(() => serializeQuery('a=1')).toThrow(TypeError);
  });

  it('joins without the parser exactly as the WHATWG URL parser does', () => {
    const bases = [
      'https://api.mch.weixin.qq.com/',
      'https://API.mch.weixin.qq.com:443',
      'http://127.0.0.1:8080//',
      'https://proxy.example/wechat',
      'https://proxy.example/we%20chat/v/',
      'http://[::1]:3000/',
      'https://user:pass@proxy.example/',
      'https://proxy.example/?token=1',
    ];
    const paths = [
      '/v3/certificates',
      '/v3/x?a=1&b=%20',
      '//v3/x',
      '/v3/a b',
      '/v3/中文',
      '/v3/./x',
      '/v3/../x',
      '/v3/%2E%2e/x',
      '/v3/x/..?q=1',
      "/v3/x?q=it's",
      '/v3/x?q="<>"',
      '/v3/{id}',
      '/v3/x?a=1?b',
      '/v3/x#frag',
      '/v3/x\\y',
      '/v3/a.b/..c/.d',
    ];
    for (const base of bases) {
      for (const path of paths) {
        const parsed = joinURL(base, path);
        const expected = { href: parsed.href, pathWithQuery: parsed.pathname + parsed.search };
        expect(joinRequestURL(base, path), `${base} + ${path}`).toEqual(expected);
        // Again: now from the joins kept for this base.
        expect(joinRequestURL(base, path), `${base} + ${path}, again`).toEqual(expected);
      }
    }
  });

  it('joins base URLs like axios, keeping a base path', () => {
    expect(joinURL('https://api.mch.weixin.qq.com/', '/v3/x?a=1').href).toBe('https://api.mch.weixin.qq.com/v3/x?a=1');
    expect(joinURL('https://proxy.example/wechat', '/v3/x').pathname).toBe('/wechat/v3/x');
  });
});

describe('resolveOperation', () => {
  it('uses the table when it knows the chain', () => {
    expect(resolveOperation(endpoints, ['v3', 'billdownload', 'file'], 'get', true)).toEqual({
      chain: 'v3.billdownload.file',
      method: 'get',
      pathTemplate: '/v3/billdownload/file',
      shape: { request: 'none', response: 'binary' },
    });
  });

  it('knows file downloads by path when the table does not have them (unsigned bytes, not signed JSON)', () => {
    const download = { request: 'none', response: 'binary' };
    expect(resolveOperation({}, ['v3', 'billdownload', 'file'], 'get', false).shape).toEqual(download);
    expect(resolveOperation({}, ['v3', 'transferdownload', 'signfile'], 'get', false).shape).toEqual(download);
    expect(resolveOperation({}, ['v3', 'billdownload', 'file'], 'post', false).shape).toBeUndefined();
    expect(resolveOperation({}, ['v3', 'billdownload', 'files'], 'get', false).shape).toBeUndefined();
  });

  it('falls back to the naming convention', () => {
    const resolved = resolveOperation(
      endpoints,
      ['v3', 'marketing', 'favor', 'stocks', '_stock_id_', 'Delete'],
      'post',
      false,
    );
    expect(resolved.pathTemplate).toBe('/v3/marketing/favor/stocks/{stock_id}/delete');
    expect(resolved.shape).toBeUndefined();
    expect(resolveOperation(endpoints, ['v3', 'profitsharing', 'returnOrders'], 'get', false).shape).toBeUndefined();
    // inherited Object properties are not table entries
    expect(resolveOperation(endpoints, ['constructor'], 'get', false).pathTemplate).toBe('/constructor');
  });

  it('strict mode names the closest endpoints', () => {
    const error = thrown(() => resolveOperation(endpoints, ['v3', 'profitsharing', 'returnOrder'], 'post', true));
    expect(error).toBeInstanceOf(UnknownEndpointError);
    const unknown = error as UnknownEndpointError;
    expect(unknown.suggestions[0]).toBe('v3.profitsharing.returnOrders');
    expect(unknown.message).toContain('v3.profitsharing.returnOrder ');
    expect(unknown.message).toContain('v3.profitsharing.returnOrders');
    expect(() => resolveOperation(endpoints, ['v3', 'profitsharing', 'returnOrders'], 'delete', true)).toThrow(
      /has no DELETE operation.*known: POST/,
    );
  });
});
