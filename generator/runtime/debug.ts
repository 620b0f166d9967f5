// The debug log of calls (`debug: true`, a function, or NODE_DEBUG=wechatpay): one line per try with its method,
// URL, status, Request-ID and the string that was signed. Never the Authorization header, the signature or a key:
// the line is built from those fields alone, not from the request's headers or config.

import { debuglog } from 'node:util';
import { buildRequestMessage } from './signer.ts';

/** Receives one line per try. */
export type DebugLog = (line: string) => void;

/** `debug` of the configuration: a function, true (stderr), false (off), or undefined (NODE_DEBUG=wechatpay). */
export function resolveDebugLog(debug: boolean | DebugLog | undefined): DebugLog | undefined {
  if (typeof debug === 'function') return debug;
  if (debug === true) return (line) => void process.stderr.write(`WECHATPAY ${process.pid}: ${line}\n`);
  if (debug === false) return undefined;
  const log = debuglog('wechatpay');
  return log.enabled ? (line) => log('%s', line) : undefined;
}

export interface TryRecord {
  readonly method: string;
  readonly url: string;
  readonly pathWithQuery: string;
  readonly signedBody: string;
  readonly timestamp: string;
  readonly nonce: string;
  /** 1 for the first try. */
  readonly attempt: number;
  /** The answer's status, or the error code of a try that got none (ECONNRESET, ECONNABORTED, …). */
  readonly outcome: number | string;
  readonly requestId: string | undefined;
}

/** `POST https://…/v3/x → 200 Request-ID=… signed="POST\n/v3/x\n…\n"` (the signed string JSON-quoted, on one line). */
export function formatTry(record: TryRecord): string {
  const signed = buildRequestMessage(
    record.method.toUpperCase(),
    record.pathWithQuery,
    record.timestamp,
    record.nonce,
    record.signedBody,
  );
  const attempt = record.attempt > 1 ? ` try=${record.attempt}` : '';
  return `${record.method.toUpperCase()} ${record.url} → ${record.outcome} Request-ID=${record.requestId ?? '-'}${attempt} signed=${JSON.stringify(signed)}`;
}
