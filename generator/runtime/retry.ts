// Opt-in retries, as pure decisions for the transport to call (retry: { retries, minDelayMs, maxDelayMs }):
// which failures may be retried, and how long to wait. Connection errors, timeouts, 429 and 5xx are
// retried; any other 4xx never (the request itself is wrong); nor a 2xx answer that failed verification
// (WeChat Pay did act on it), nor a call the caller cancelled. Each try must be signed anew (fresh nonce and
// timestamp): that is the transport's job.
//
// Delay before retry n (0-based): a random point in [minDelayMs, min(maxDelayMs, minDelayMs * 2^(n+1))]
// ("jittered exponential"), and no less than a Retry-After the answer asks for (still capped by maxDelayMs).

export interface RetryOptions {
  /** Retries after the first try (0 = none). */
  retries: number;
  minDelayMs: number;
  maxDelayMs: number;
}

/** What `retry: {}` means: fields left out. */
export const DEFAULT_RETRY_OPTIONS: Readonly<RetryOptions> = Object.freeze({
  retries: 2,
  minDelayMs: 200,
  maxDelayMs: 5_000,
});

/** Statuses worth another try: rate limited, or the service failed. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Error codes of axios and Node.js for a connection that failed or timed out before any answer. */
export const RETRYABLE_ERROR_CODES: readonly string[] = Object.freeze([
  'ECONNABORTED', // axios: timeout
  'ETIMEDOUT', // axios (clarifyTimeoutError) or the socket
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EAI_AGAIN', // DNS, temporarily
  'ERR_NETWORK', // axios: the request failed without a code of its own
]);

interface ErrorLike {
  code?: unknown;
  response?: { status?: unknown };
  name?: unknown;
}

/**
 * Whether a failed call may be retried. Reads the shape of an AxiosError (`response.status`, `code`) without
 * importing axios; anything else (a ResponseVerificationError, a cancelled call, a bug) is not retryable.
 */
export function isRetryableError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, response, name } = error as ErrorLike;
  if (name === 'CanceledError' || code === 'ERR_CANCELED') return false;
  if (response !== undefined && response !== null)
    return typeof response.status === 'number' && isRetryableStatus(response.status);
  return typeof code === 'string' && RETRYABLE_ERROR_CODES.includes(code);
}

function nonNegativeInteger(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`retry.${field} must be a whole number ≥ 0`);
  }
  return value;
}

/** Validates `retry` of the configuration; undefined or false means no retries. */
export function resolveRetryOptions(input: Partial<RetryOptions> | boolean | undefined): RetryOptions | undefined {
  if (input === undefined || input === false) return undefined;
  const given = input === true ? {} : input;
  if (typeof given !== 'object' || given === null)
    throw new TypeError('retry must be { retries, minDelayMs, maxDelayMs }');
  const options = {
    retries: nonNegativeInteger(given.retries ?? DEFAULT_RETRY_OPTIONS.retries, 'retries'),
    minDelayMs: nonNegativeInteger(given.minDelayMs ?? DEFAULT_RETRY_OPTIONS.minDelayMs, 'minDelayMs'),
    maxDelayMs: nonNegativeInteger(
      given.maxDelayMs ?? Math.max(DEFAULT_RETRY_OPTIONS.maxDelayMs, given.minDelayMs ?? 0),
      'maxDelayMs',
    ),
  };
  if (options.maxDelayMs < options.minDelayMs) throw new TypeError('retry.maxDelayMs must be ≥ retry.minDelayMs');
  return options;
}

/** Milliseconds a Retry-After header asks for (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(header: unknown, nowMs: number): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** The wait before retry `attempt` (0-based). `random` returns [0, 1), like Math.random (injectable for tests). */
export function retryDelayMs(
  attempt: number,
  options: RetryOptions,
  random: () => number = Math.random,
  retryAfter?: number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** (attempt + 1));
  const jittered = options.minDelayMs + random() * (ceiling - options.minDelayMs);
  return Math.round(Math.min(options.maxDelayMs, Math.max(jittered, retryAfter ?? 0)));
}

export type RetryDecision = { readonly retry: false } | { readonly retry: true; readonly delayMs: number };

export interface PlanRetryInput {
  /** Retries made so far (0 after the first try). */
  attempt: number;
  error: unknown;
  options: RetryOptions | undefined;
  random?: () => number;
  nowMs?: number;
}

/** One decision for the transport: retry after `delayMs`, or give up and throw `error`. */
export function planRetry({
  attempt,
  error,
  options,
  random = Math.random,
  nowMs = Date.now(),
}: PlanRetryInput): RetryDecision {
  if (options === undefined || attempt >= options.retries || !isRetryableError(error)) return { retry: false };
  const headers = (error as { response?: { headers?: Record<string, unknown> & { get?: (name: string) => unknown } } })
    .response?.headers;
  const header = typeof headers?.get === 'function' ? headers.get('retry-after') : headers?.['retry-after'];
  return { retry: true, delayMs: retryDelayMs(attempt, options, random, retryAfterMs(header, nowMs)) };
}
