// The retry decisions (generator/runtime/retry.ts) on real AxiosErrors: from a real server on 127.0.0.1 for
// statuses and refused connections, and axios's own timeout; delays with an injected random source.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import axios, { AxiosError } from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResponseVerificationError } from '../../generator/runtime/errors.ts';
import {
  DEFAULT_RETRY_OPTIONS,
  isRetryableError,
  isRetryableStatus,
  planRetry,
  resolveRetryOptions,
  retryAfterMs,
  retryDelayMs,
} from '../../generator/runtime/retry.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    const status = Number(/status=(\d+)/.exec(request.url ?? '')?.[1] ?? 200);
    if (request.url?.includes('hang')) return; // never answers: the client's timeout fires
    response.writeHead(status, status === 429 ? { 'Retry-After': '3' } : {});
    response.end('{"code":"X","message":"x"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(request: Promise<unknown>): Promise<AxiosError> {
  const error = await request.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AxiosError);
  return error as AxiosError;
}

describe('what is retryable', () => {
  it('429 and 5xx are; other 4xx and 2xx are not', async () => {
    for (const status of [429, 500, 502, 503, 504]) {
      expect(isRetryableError(await failure(axios.get(`${base}/?status=${status}`)))).toBe(true);
    }
    for (const status of [400, 401, 403, 404, 409]) {
      expect(isRetryableError(await failure(axios.get(`${base}/?status=${status}`)))).toBe(false);
    }
    expect([200, 204, 301, 428, 600].map(isRetryableStatus)).toEqual([false, false, false, false, false]);
  });

  it('a refused connection and a timeout are; a cancelled call, a verification failure and a bug are not', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await failure(axios.get(`http://127.0.0.1:${port}/`));
    expect(refused.code).toBe('ECONNREFUSED');
    expect(isRetryableError(refused)).toBe(true);
    // The timeout fires because the server never answers, whatever the machine's load.
    const timedOut = await failure(axios.get(`${base}/hang`, { timeout: 50 }));
    expect(isRetryableError(timedOut)).toBe(true);
    const controller = new AbortController();
    const cancelled = axios.get(`${base}/hang`, { signal: controller.signal });
    controller.abort();
    expect(isRetryableError(await cancelled.catch((caught: unknown) => caught))).toBe(false);
    expect(isRetryableError(new ResponseVerificationError('bad signature'))).toBe(false);
    expect(isRetryableError(new TypeError('x is undefined'))).toBe(false);
    expect(isRetryableError(undefined)).toBe(false);
  });
});

describe('delays', () => {
  const options = { retries: 5, minDelayMs: 100, maxDelayMs: 1000 };

  it('grow exponentially between minDelayMs and the capped ceiling, placed by the random source', () => {
    expect([0, 1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, options, () => 0))).toEqual([
      100, 100, 100, 100, 100,
    ]);
    expect([0, 1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, options, () => 0.999999))).toEqual([
      200, 400, 800, 1000, 1000,
    ]);
    expect(retryDelayMs(1, options, () => 0.5)).toBe(250);
  });

  it('wait at least what Retry-After asks, still capped by maxDelayMs', () => {
    expect(retryAfterMs('3', 0)).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(retryDelayMs(0, options, () => 0, 700)).toBe(700);
    expect(retryDelayMs(0, options, () => 0, 3000)).toBe(1000);
  });

  it('planRetry: retries a 429 after its Retry-After, until the retries are spent; never without options', async () => {
    const limited = await failure(axios.get(`${base}/?status=429`));
    const roomy = { retries: 2, minDelayMs: 100, maxDelayMs: 10_000 };
    expect(planRetry({ attempt: 0, error: limited, options: roomy, random: () => 0 })).toEqual({
      retry: true,
      delayMs: 3000,
    });
    expect(planRetry({ attempt: 2, error: limited, options: roomy, random: () => 0 })).toEqual({ retry: false });
    expect(planRetry({ attempt: 0, error: limited, options: undefined })).toEqual({ retry: false });
    const badRequest = await failure(axios.get(`${base}/?status=400`));
    expect(planRetry({ attempt: 0, error: badRequest, options: roomy })).toEqual({ retry: false });
  });
});

describe('options', () => {
  it('are off unless asked for; fill defaults; refuse nonsense', () => {
    expect(resolveRetryOptions(undefined)).toBeUndefined();
    expect(resolveRetryOptions(false)).toBeUndefined();
    expect(resolveRetryOptions(true)).toEqual(DEFAULT_RETRY_OPTIONS);
    expect(resolveRetryOptions({ retries: 3 })).toEqual({ ...DEFAULT_RETRY_OPTIONS, retries: 3 });
    expect(resolveRetryOptions({ minDelayMs: 8000 })).toEqual({ retries: 2, minDelayMs: 8000, maxDelayMs: 8000 });
    expect(() => resolveRetryOptions({ retries: -1 })).toThrow('retry.retries must be a whole number ≥ 0');
    expect(() => resolveRetryOptions({ minDelayMs: 500, maxDelayMs: 100 })).toThrow(/maxDelayMs must be ≥/);
  });
});
