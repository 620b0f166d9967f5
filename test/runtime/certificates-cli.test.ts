// `wechatpay-apiv3 certificates` (generator/runtime/certificates-cli.ts) against the simulator over real HTTP: it
// serves the TEST-ONLY /v3/certificates answer, signed with certificate A's key as the service would.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CERTIFICATES_USAGE,
  runCertificatesCommand,
  type CommandOutput,
} from '../../generator/runtime/certificates-cli.ts';
import { CLI_USAGE, runCli } from '../../generator/runtime/cli.ts';
import { MCHID, MERCHANT_SERIAL, leakedPemLines } from './fixtures.ts';
import { useSimulator } from './simulator-session.ts';
import {
  MERCHANT_KEY,
  SERIAL_A,
  SERIAL_B,
  VECTORS_DIR,
  certificateDates,
  scratch,
  vectorIdentity,
  vectorText,
  vectors,
} from './toolkit-vectors.ts';

const files = scratch();
const apiV3KeyFile = files.write('apiv3.key', `${vectors.certificates.apiV3Key}\n`);
const wrongKeyFile = files.write('wrong.key', 'TEST-ONLY-apiv3-key-0123456789ac');
const privateKeyFile = join(VECTORS_DIR, 'TEST-ONLY-merchant.key.pem');
const session = useSimulator({
  ...vectorIdentity(),
  routes: [
    {
      method: 'GET',
      path: '/v3/certificates',
      request: 'none',
      handle: () => ({ status: 200, json: JSON.parse(vectorText('certificates-answer.json')) }),
    },
  ],
});
afterAll(() => files.remove());

function capture(): CommandOutput & { text: string } {
  const output = { text: '', write: (chunk: string) => void (output.text += chunk) };
  return output;
}

async function run(
  args: string[],
  command = runCertificatesCommand,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const code = await command(args, stdout, stderr);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function common(out: string, apiV3 = apiV3KeyFile): string[] {
  return [
    '--mchid',
    MCHID,
    '--serial',
    MERCHANT_SERIAL,
    '--private-key',
    privateKeyFile,
    '--apiv3-key-file',
    apiV3,
    '--out',
    out,
    '--base-url',
    session.sim.baseURL,
  ];
}

describe('wechatpay-apiv3 certificates', () => {
  it('--help documents every option', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(CERTIFICATES_USAGE);
    for (const option of ['--mchid', '--serial', '--private-key', '--apiv3-key-file', '--out', '--base-url'])
      expect(stdout).toContain(option);
  });

  it('downloads, verifies and writes one PEM per certificate valid now, printing serial and validity', async () => {
    const out = join(files.dir, 'certs');
    const { code, stdout, stderr } = await run(common(out));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(readFileSync(join(out, `wechatpay_${SERIAL_A}.pem`), 'utf8')).toBe(
      vectorText('TEST-ONLY-platform-a.cert.pem'),
    );
    const { validFrom, validTo } = certificateDates('TEST-ONLY-platform-a.cert.pem');
    expect(stdout).toContain(
      `${SERIAL_A}  ${new Date(validFrom * 1000).toISOString()} – ${new Date(validTo * 1000).toISOString()}`,
    );
    // B is valid for one day after the vectors were made: written exactly when that covers now.
    const b = certificateDates('TEST-ONLY-platform-b.cert.pem');
    const now = Date.now() / 1000;
    expect(existsSync(join(out, `wechatpay_${SERIAL_B}.pem`))).toBe(b.validFrom <= now && now <= b.validTo);
    expect(session.sim.verifiedRequests).toBeGreaterThan(0);
  });

  it('fails in one line, naming what went wrong and no key: wrong APIv3 key, unknown serial, rejected signature', async () => {
    const out = join(files.dir, 'none');
    const wrongKey = await run(common(out, wrongKeyFile));
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toBe(
      `wechatpay-apiv3 certificates: DecryptionError: platform certificate ${SERIAL_A} could not be decrypted: wrong key, or the data was altered\n`,
    );
    expect(existsSync(out)).toBe(false);

    session.sim.injectFault('unknown-serial');
    const unknown = await run(common(out));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^wechatpay-apiv3 certificates: UnknownSerialError: /);

    const badSerial = await run([...common(out).slice(0, 2), '--serial', 'FFFF', ...common(out).slice(4)]);
    expect(badSerial.code).toBe(1);
    expect(badSerial.stderr).toMatch(/^wechatpay-apiv3 certificates: HTTP 401 SIGN_ERROR: /);

    for (const result of [wrongKey, unknown, badSerial]) {
      expect(leakedPemLines(MERCHANT_KEY, result.stderr + result.stdout)).toEqual([]);
      expect(result.stderr).not.toContain(vectors.certificates.apiV3Key);
    }
  });

  it('bad usage exits 2 with a hint', async () => {
    const missing = await run(['--serial', MERCHANT_SERIAL]);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'wechatpay-apiv3 certificates: --mchid is required (see --help)\n',
    });
    const unknown = await run(['--mchid', MCHID, '--frobnicate']);
    expect(unknown.code).toBe(2);
    const noFile = await run([
      ...common('x').slice(0, 4),
      '--private-key',
      '/nonexistent/key.pem',
      '--apiv3-key-file',
      apiV3KeyFile,
    ]);
    expect(noFile.stderr).toBe(
      'wechatpay-apiv3 certificates: --private-key /nonexistent/key.pem: ENOENT (see --help)\n',
    );
  });

  it('never echoes a stray value or the APIv3 key file argument, which may be the key itself', async () => {
    const key = vectors.certificates.apiV3Key;
    const stray = await run(['--mchid', MCHID, key]);
    const keyAsFile = await run([...common('x').slice(0, 6), '--apiv3-key-file', key]);
    const unknownWithValue = await run(['--mchid', MCHID, `--apiv3-key=${key}`]);
    for (const result of [stray, keyAsFile, unknownWithValue]) {
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^wechatpay-apiv3 certificates: [^\n]+ \(see --help\)\n$/);
      expect(result.stderr).not.toContain(key);
    }
    expect(keyAsFile.stderr).toBe(
      'wechatpay-apiv3 certificates: --apiv3-key-file: the file cannot be read (ENOENT) (see --help)\n',
    );
  });
});

describe('wechatpay-apiv3 (the dispatcher)', () => {
  it('runs certificates, documents itself with --help and refuses an unknown command in one line', async () => {
    expect(await run(['--help'], runCli)).toEqual({ code: 0, stdout: CLI_USAGE, stderr: '' });
    expect(await run(['certificates', '--help'], runCli)).toEqual({ code: 0, stdout: CERTIFICATES_USAGE, stderr: '' });
    expect(await run([], runCli)).toEqual({ code: 2, stdout: '', stderr: CLI_USAGE });
    expect(await run(['certificate', '--mchid', MCHID], runCli)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'wechatpay-apiv3: unknown command; the commands: certificates (see --help)\n',
    });
  });
});
