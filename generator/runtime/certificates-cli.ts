// `wechatpay-apiv3 certificates`: fetches the platform certificates once, for operators. Downloads
// GET /v3/certificates signed with the merchant key, runs the bootstrap check (verifyCertificatesAnswer), prints
// each accepted certificate's serial and validity, and writes one PEM per serial. Never prints a key, nor the value
// of an argument that could be one (a key pasted where a file name belongs).
//
// The package's bin (cli.ts, bundled by generator/inputs/runtime/bundle.ts) dispatches to it.
// `runCertificatesCommand` takes its arguments and output streams, so tests drive it directly too.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import axios, { isAxiosError } from 'axios';
import { verifyCertificatesAnswer } from './certificates.ts';
import { DEFAULT_BASE_URL } from './config.ts';
import { WechatpayError } from './errors.ts';
import { loadPrivateKey } from './keys.ts';
import { authorizeGet } from './signed-get.ts';
import { buildUserAgent, type ProductInfo } from './user-agent.ts';

export const CERTIFICATES_USAGE: string = `Usage: wechatpay-apiv3 certificates --mchid ID --serial SERIAL --private-key FILE --apiv3-key-file FILE [--out DIR] [--base-url URL]

Downloads the WeChat Pay platform certificates (GET /v3/certificates), decrypts them with the APIv3 key, checks
that the answer is signed by the downloaded certificate it names and that each certificate is valid now, then
prints serial and validity of each and writes DIR/wechatpay_<serial>.pem (DIR defaults to the current directory).

  --mchid ID             merchant id (商户号)
  --serial SERIAL        serial number of the merchant API certificate
  --private-key FILE     the merchant API private key (apiclient_key.pem)
  --apiv3-key-file FILE  a file holding the APIv3 key (32 characters; surrounding whitespace ignored)
  --out DIR              where to write the PEM files (created if missing)
  --base-url URL         the API's base URL (default ${DEFAULT_BASE_URL})
  --help                 show this text
`;

export interface CommandOutput {
  write(text: string): void;
}

class UsageError extends Error {}

function required(values: Record<string, string | boolean | undefined>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} is required`);
  return value.trim();
}

/** The file's bytes; `echo: false` keeps the path out of the error (`--apiv3-key-file` given the key itself). */
function readFileNamed(path: string, option: string, echo = true): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'cannot be read';
    throw new UsageError(echo ? `${option} ${path}: ${code}` : `${option}: the file cannot be read (${code})`);
  }
}

/** node:util parseArgs's errors, without the argument itself when it is a stray value (it could be a key). */
function usageMessage(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return 'unexpected argument: every value follows its option (--name value)';
  return (error as Error).message;
}

/** Runs the command; resolves to the exit code (0 done, 1 failed, 2 bad usage). */
export async function runCertificatesCommand(
  argv: readonly string[],
  stdout: CommandOutput,
  stderr: CommandOutput,
  product?: ProductInfo,
): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        mchid: { type: 'string' },
        serial: { type: 'string' },
        'private-key': { type: 'string' },
        'apiv3-key-file': { type: 'string' },
        out: { type: 'string' },
        'base-url': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help === true) {
      stdout.write(CERTIFICATES_USAGE);
      return 0;
    }
    const mchid = required(values, 'mchid');
    const serial = required(values, 'serial');
    const privateKey = loadPrivateKey(readFileNamed(required(values, 'private-key'), '--private-key'), '--private-key');
    const apiV3Key = readFileNamed(required(values, 'apiv3-key-file'), '--apiv3-key-file', false)
      .toString('utf8')
      .trim();
    const url = new URL('v3/certificates', values['base-url'] ?? DEFAULT_BASE_URL);
    const out = resolve(values.out ?? '.');

    const response = await axios.get<ArrayBuffer>(url.href, {
      headers: {
        Authorization: authorizeGet(url, { mchid, serial, privateKey }),
        Accept: 'application/json',
        'User-Agent': buildUserAgent(product),
      },
      responseType: 'arraybuffer',
      timeout: 30_000,
      // Signed for this URL only, like every call of the client.
      maxRedirects: 0,
    });
    const certificates = verifyCertificatesAnswer({
      headers: response.headers,
      body: Buffer.from(response.data),
      apiV3Key,
    });
    if (certificates.length === 0) throw new WechatpayError('the answer holds no certificate valid now');
    mkdirSync(out, { recursive: true });
    for (const certificate of certificates) {
      const file = join(out, `wechatpay_${certificate.serial}.pem`);
      writeFileSync(file, certificate.pem);
      stdout.write(
        `${certificate.serial}  ${certificate.validFrom.toISOString()} – ${certificate.validTo.toISOString()}  ${file}\n`,
      );
    }
    return 0;
  } catch (error) {
    // One line, whatever went wrong: what, and for bad usage where to look.
    const usage = error instanceof UsageError ? error.message : usageMessage(error);
    if (usage !== undefined) {
      stderr.write(`wechatpay-apiv3 certificates: ${usage} (see --help)\n`);
      return 2;
    }
    stderr.write(`wechatpay-apiv3 certificates: ${describe(error)}\n`);
    return 1;
  }
}

function describe(error: unknown): string {
  if (isAxiosError(error)) {
    if (error.response === undefined) return `${error.code ?? 'request failed'}: ${error.message}`;
    let detail = '';
    try {
      const body = JSON.parse(Buffer.from(error.response.data as ArrayBuffer).toString('utf8')) as {
        code?: unknown;
        message?: unknown;
      };
      detail = ` ${String(body.code)}: ${String(body.message)}`;
    } catch {
      // not JSON: the status says enough
    }
    return `HTTP ${error.response.status}${detail}`;
  }
  if (error instanceof Error)
    return `${error.name === 'Error' || error.name === 'TypeError' ? '' : `${error.name}: `}${error.message}`;
  return String(error);
}
