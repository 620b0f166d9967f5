// Where the transport makes a call's RSA signature: on the main thread for a call alone, on libuv's thread pool
// while other calls are in flight, never on more pool threads at once than OFF_THREAD_SIGNING_LIMIT. node:crypto's
// `sign` is wrapped (the real one still signs, and the simulator checks every signature) to count the calls of its
// callback form, the thread pool's.

import { describe, expect, it, vi } from 'vitest';
import { defineWechatpay, type UntypedApi } from '../../generator/runtime/index.ts';
import { OFF_THREAD_SIGNING_LIMIT } from '../../generator/runtime/transport.ts';
import { endpoints, subsidyReturn } from './fixtures.ts';
import { rejection } from './rejection.ts';
import { useClientSimulator } from './simulator-session.ts';

const pool = vi.hoisted(() => ({ started: 0, running: 0, mostAtOnce: 0 }));

vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  const sign = (...args: unknown[]): unknown => {
    const done = args[3];
    if (typeof done !== 'function') return (real.sign as (...all: unknown[]) => unknown)(...args);
    pool.started += 1;
    pool.running += 1;
    pool.mostAtOnce = Math.max(pool.mostAtOnce, pool.running);
    return (real.sign as (...all: unknown[]) => unknown)(
      args[0],
      args[1],
      args[2],
      (error: unknown, signature: unknown) => {
        pool.running -= 1;
        (done as (error: unknown, signature: unknown) => void)(error, signature);
      },
    );
  };
  return { ...real, sign, default: { ...real, sign } };
});

const session = useClientSimulator();
const Client = defineWechatpay<UntypedApi>({ endpoints });

function reset(): void {
  pool.started = 0;
  pool.mostAtOnce = 0;
}

describe('the transport signs', () => {
  it('a call alone on the main thread', async () => {
    const wxpay = new Client(session.config);
    reset();
    for (let i = 0; i < 3; i += 1) expect((await wxpay.v3.ecommerce.subsidies.return(subsidyReturn)).status).toBe(200);
    expect(pool.started).toBe(0);
  });

  it('on the thread pool while other calls are in flight, at most OFF_THREAD_SIGNING_LIMIT at once', async () => {
    const wxpay = new Client(session.config);
    reset();
    // All twelve begin before any of them signs (signing follows an await), so every one sees the others in flight.
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => wxpay.v3.ecommerce.subsidies.return(subsidyReturn)),
    );
    expect(answers.map(({ status }) => status)).toEqual(Array(12).fill(200));
    expect(pool.started).toBeGreaterThanOrEqual(1);
    expect(pool.mostAtOnce).toBeLessThanOrEqual(OFF_THREAD_SIGNING_LIMIT);
  });

  it('a call alone on the main thread again after calls that failed (the count of calls in flight does not leak)', async () => {
    const strict = new Client({ ...session.config, strict: true });
    await Promise.all([
      rejection(strict.v3.profitsharing.returnOrder.post({})),
      rejection(strict.v3.no.such.endpoint.post({})),
    ]);
    reset();
    expect((await strict.v3.ecommerce.subsidies.return(subsidyReturn)).status).toBe(200);
    expect(pool.started).toBe(0);
  });
});
