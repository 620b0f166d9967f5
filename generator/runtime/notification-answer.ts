// The answer WeChat Pay expects to a notification: 200 or 204 without a body
// when it was received, otherwise 4xx/5xx with {"code":"FAIL","message":"…"}
// (and WeChat Pay sends it again later).

import { ResponseVerificationError } from './errors.ts';
import { MalformedNotificationError, NotificationDecryptionError } from './notification-errors.ts';

export interface NotificationAnswer {
  status: number;
  headers: Record<string, string>;
  /** '' for success. */
  body: string;
}

export interface NotificationFailureOptions {
  /** Overrides the status chosen from the error (must be 4xx or 5xx). */
  status?: number;
  /** Overrides the message chosen from the error. */
  message?: string;
}

function failureOf(outcome: unknown): { status: number; message: string } {
  if (outcome instanceof ResponseVerificationError) return { status: 401, message: '签名验证失败' };
  if (outcome instanceof MalformedNotificationError) return { status: 400, message: '通知格式错误' };
  if (outcome instanceof NotificationDecryptionError) return { status: 400, message: '通知解密失败' };
  return { status: 500, message: '处理失败' };
}

/**
 * `notificationAnswer()` or `notificationAnswer(true)`: 204, no body (received).
 * `notificationAnswer(error)` or `notificationAnswer(false)`: a failure WeChat Pay retries later —
 * 401 for a signature error, 400 for a malformed or undecryptable notification, 500 for anything
 * else (your handler failed). The message is a fixed text per case, never the error's message.
 */
export function notificationAnswer(
  outcome: unknown = true,
  options: NotificationFailureOptions = {},
): NotificationAnswer {
  if (outcome === true) return { status: 204, headers: {}, body: '' };
  const failure = failureOf(outcome);
  const status = options.status ?? failure.status;
  if (!Number.isInteger(status) || status < 400 || status > 599) {
    throw new RangeError(`A failure answer needs a 4xx or 5xx status, got ${String(status)}`);
  }
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ code: 'FAIL', message: options.message ?? failure.message }),
  };
}
