// A rejected call names WeChat Pay's code and message; the debug log (a function, or NODE_DEBUG=wechatpay in a
// child process) has one line per try with method, URL, status, Request-ID and the signed string — and no
// signature, Authorization header or key.

import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { AxiosError } from 'axios';
import { afterAll, describe, expect, it } from 'vitest';
import { WechatpayConfigError, defineWechatpay, type UntypedApi } from '../../generator/runtime/index.ts';
import { endpoints, leakedPemLines, subsidyReturn } from './fixtures.ts';
import { rejection } from './rejection.ts';
import { useClientSimulator } from './simulator-session.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const WORK = join(ROOT, '.tmp', `client-debug-${randomBytes(4).toString('hex')}`);
const session = useClientSimulator();
const { merchant, platform } = session;
const Client = defineWechatpay<UntypedApi>({ endpoints });

afterAll(() => {
  rmSync(WORK, { recursive: true, force: true });
});

/** What the simulator received: the signed string rebuilt from its Authorization, and the signature. */
function received(index: number): { signed: string; signature: string; authorization: string } {
  const { method, url, headers, body } = session.sim.requests[index]!;
  const authorization = headers['authorization'] ?? '';
  const field = (name: string) => new RegExp(`${name}="([^"]+)"`).exec(authorization)?.[1] ?? '';
  return {
    signed: `${method}\n${url}\n${field('timestamp')}\n${field('nonce_str')}\n${body.toString('utf8')}\n`,
    signature: field('signature'),
    authorization,
  };
}

function expectNoSecrets(log: string, requests: { signature: string; authorization: string }[]): void {
  expect(log).not.toMatch(/WECHATPAY2-SHA256-RSA2048|authorization|signature=/i);
  for (const { signature, authorization } of requests) {
    expect(signature.length).toBeGreaterThan(300);
    expect(log).not.toContain(signature);
    expect(log).not.toContain(signature.slice(0, 40));
    expect(log).not.toContain(authorization);
  }
  for (const pem of [merchant.privatePem, merchant.publicPem, platform.publicPem])
    expect(leakedPemLines(pem, log)).toEqual([]);
}

describe('errors', () => {
  it("a 400 names WeChat Pay's code and message, and stays an AxiosError with the parsed body", async () => {
    const wxpay = new Client(session.config);
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post({ ...subsidyReturn, amount: -1 }));
    expect(error).toBeInstanceOf(AxiosError);
    const { message, response, stack } = error as AxiosError<{ code: string; message: string }>;
    expect(response?.data).toEqual({ code: 'PARAM_ERROR', message: 'amount 必须为正整数（单位：分）' });
    expect(message).toMatch(
      /^WeChat Pay answered 400 PARAM_ERROR: amount 必须为正整数（单位：分） \(Request-ID [0-9a-f]{32}\)$/,
    );
    expect(stack?.split('\n')[0]).toBe(`AxiosError: ${message}`);
  });

  it('a connection error keeps axios’s message', async () => {
    const wxpay = new Client(session.config);
    session.sim.injectFault('drop', 1);
    const error = await rejection(wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn));
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).message).not.toMatch(/WeChat Pay answered/);
  });
});

describe('debug log', () => {
  it('logs each try with method, URL, status, Request-ID and the signed string, nothing secret', async () => {
    const lines: string[] = [];
    const wxpay = new Client({
      ...session.config,
      debug: (line) => lines.push(line),
      retry: { retries: 1, minDelayMs: 1, maxDelayMs: 1 },
    });
    const from = session.sim.requests.length;
    session.sim.injectFault('status-500', 1);
    await wxpay.v3.ecommerce.subsidies.return.post(subsidyReturn);
    await rejection(
      wxpay.v3.profitsharing.returnOrders._out_return_no_.get({
        out_return_no: 'R-none',
        params: { out_order_no: 'P1' },
      }),
    );
    expect(lines).toHaveLength(3);
    const requests = [0, 1, 2].map((offset) => received(from + offset));
    const url = `${session.sim.baseURL}v3/ecommerce/subsidies/return`;
    expect(lines[0]).toBe(
      `POST ${url} → 500 Request-ID=${/Request-ID=([0-9a-f]{32})/.exec(lines[0]!)?.[1]} signed=${JSON.stringify(requests[0]!.signed)}`,
    );
    expect(lines[1]).toMatch(
      new RegExp(`^POST ${url.replace(/[.?]/g, '\\$&')} → 200 Request-ID=[0-9a-f]{32} try=2 signed=`),
    );
    expect(lines[1]!.endsWith(` signed=${JSON.stringify(requests[1]!.signed)}`)).toBe(true);
    expect(lines[2]).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/v3\/profitsharing\/return-orders\/R-none\?out_order_no=P1 → 404 Request-ID=[0-9a-f]{32} signed=/,
    );
    expectNoSecrets(lines.join('\n'), requests);
  });

  it('refuses a debug option that is neither a boolean nor a function', () => {
    expect(() => new Client({ ...session.config, debug: 'yes' as unknown as boolean })).toThrow(WechatpayConfigError);
  });

  it('NODE_DEBUG=wechatpay logs through util.debuglog (child process)', async () => {
    mkdirSync(WORK, { recursive: true });
    const script = join(WORK, 'call.ts');
    writeFileSync(
      script,
      [
        `import { Wechatpay } from ${JSON.stringify(join(ROOT, 'generator/runtime/index.ts'))};`,
        `import { endpoints } from ${JSON.stringify(join(ROOT, 'test/runtime/fixtures.ts'))};`,
        'const config = JSON.parse(process.env.CLIENT_CONFIG!);',
        'const wxpay = new Wechatpay(config, { endpoints }) as any;',
        'const { status } = await wxpay.v3.ecommerce.subsidies.return.post(JSON.parse(process.env.CLIENT_BODY!));',
        'console.log(`status ${status}`);',
        '',
      ].join('\n'),
    );
    const from = session.sim.requests.length;
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_DEBUG: 'wechatpay',
        CLIENT_CONFIG: JSON.stringify(session.config),
        CLIENT_BODY: JSON.stringify(subsidyReturn),
      },
    });
    expect(stdout.trim()).toBe('status 200');
    const request = received(from);
    expect(stderr).toMatch(
      new RegExp(
        `^WECHATPAY \\d+: POST ${session.sim.baseURL.replace(/[.]/g, '\\.')}v3/ecommerce/subsidies/return → 200 Request-ID=[0-9a-f]{32} signed=`,
        'm',
      ),
    );
    expect(stderr).toContain(JSON.stringify(request.signed));
    expectNoSecrets(stderr, [request]);
  });
});
