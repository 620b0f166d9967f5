// Opt-in retries through the client, against the simulator's queued faults: every try is signed anew, only
// connection errors, 429 and 5xx are tried again, and nothing is retried unless asked. Delays are 1–2 ms and
// the assertions are on counts, never on durations.

import { AxiosError } from 'axios';
import { describe, expect, it } from 'vitest';
import { WechatpayConfigError, defineWechatpay, type UntypedApi } from '../../generator/runtime/index.ts';
import { endpoints, subsidyReturn } from './fixtures.ts';
import { rejection } from './rejection.ts';
import { useClientSimulator } from './simulator-session.ts';

const session = useClientSimulator();
const Client = defineWechatpay<UntypedApi>({ endpoints });

const retry = { retries: 2, minDelayMs: 1, maxDelayMs: 2 };

/** The nonces and timestamps of the requests the simulator received since `from`. */
function triesSince(from: number): { nonce: string; timestamp: string }[] {
  return session.sim.requests.slice(from).map(({ headers }) => ({
    nonce: /nonce_str="([^"]+)"/.exec(headers['authorization'] ?? '')?.[1] ?? '',
    timestamp: /timestamp="([^"]+)"/.exec(headers['authorization'] ?? '')?.[1] ?? '',
  }));
}

describe('retry', () => {
  it('retries two 500s and succeeds on the third try, each try signed with a new nonce', async () => {
    const wxpay = new Client({ ...session.config, retry });
    const from = session.sim.requests.length;
    const verifiedBefore = session.sim.verifiedRequests;
    session.sim.injectFault('status-500', 2);
    const { status, data } = await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(status).toBe(200);
    expect((data as { result: string }).result).toBe('SUCCESS');
    const tries = triesSince(from);
    expect(tries).toHaveLength(3);
    expect(new Set(tries.map((t) => t.nonce)).size).toBe(3);
    for (const { nonce } of tries) expect(nonce).toMatch(/^[0-9A-Za-z]{32}$/);
    // The simulator verified all three signatures (a reused signature over a new nonce would not verify).
    expect(session.sim.verifiedRequests - verifiedBefore).toBe(3);
  });

  it('signs each try with the clock at that try', async () => {
    // The simulator checks the timestamp against its own clock: ours moves 1 s per reading, within its window.
    let now = Date.now() - 60_000;
    const wxpay = new Client({ ...session.config, retry, clock: () => (now += 1000) });
    const from = session.sim.requests.length;
    session.sim.injectFault('status-500', 1);
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    const [first, second] = triesSince(from);
    expect(Number(second!.timestamp)).toBeGreaterThan(Number(first!.timestamp));
  });

  it('retries a 429 and a dropped connection', async () => {
    const wxpay = new Client({ ...session.config, retry });
    const from = session.sim.requests.length;
    session.sim.injectFault('status-429', 1);
    session.sim.injectFault('drop', 1);
    const { status } = await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    expect(status).toBe(200);
    expect(session.sim.requests.length - from).toBe(3);
  });

  it('gives up after `retries` retries with the last error', async () => {
    const wxpay = new Client({ ...session.config, retry });
    const from = session.sim.requests.length;
    session.sim.injectFault('status-500', 3);
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn));
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).response?.status).toBe(500);
    expect(session.sim.requests.length - from).toBe(3);
  });

  it('never retries a 400', async () => {
    const wxpay = new Client({ ...session.config, retry });
    const from = session.sim.requests.length;
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post({ ...subsidyReturn, amount: -1 }));
    expect((error as AxiosError).response?.status).toBe(400);
    expect(session.sim.requests.length - from).toBe(1);
  });

  it('is off by default', async () => {
    const wxpay = new Client(session.config);
    const from = session.sim.requests.length;
    session.sim.injectFault('status-500', 1);
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn));
    expect((error as AxiosError).response?.status).toBe(500);
    expect(session.sim.requests.length - from).toBe(1);
  });

  it('refuses a malformed retry option at construction', () => {
    expect(() => new Client({ ...session.config, retry: { retries: -1 } })).toThrow(WechatpayConfigError);
    expect(() => new Client({ ...session.config, retry: { minDelayMs: 10, maxDelayMs: 5 } })).toThrow(
      /retry\.maxDelayMs/,
    );
  });
});
