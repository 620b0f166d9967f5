// One signed APIv3 call through axios, as four named steps (each its own module, each testable alone):
//
//   prepare  (prepare.ts)    resolve the endpoint, build the exact URL and body
//   sign     (authorize.ts)  signRequest over them, with the injected clock and nonce source (on the thread pool
//                            while other calls are in flight)
//   send     (send.ts)       axios, with our bytes untouched
//   receive  (receive.ts)    verify the answer with the injected key store, then parse it

import type { AxiosInstance, AxiosResponse } from 'axios';
import { signPreparedRequest, signPreparedRequestOffThread, type RequestSigner } from './authorize.ts';
import type { SignedRequest } from './signer.ts';
import { DEFAULT_BASE_URL } from './config.ts';
import { formatTry, type DebugLog } from './debug.ts';
import { UnknownSerialError } from './errors.ts';
import type { EndpointTable, HttpMethod } from './endpoints.ts';
import {
  prepareRequest,
  resolveRoute,
  type EndpointRequestConfig,
  type PreparedRequest,
  type Route,
} from './prepare.ts';
import { verifyAndParse, type ResponseVerifier } from './receive.ts';
import { planRetry, type RetryOptions } from './retry.ts';
import { sendRequest } from './send.ts';
import type { ResponseHeaders } from './verifier.ts';

export type { EndpointRequestConfig } from './prepare.ts';

/** Performs a call for a property chain; what the chain proxies invoke. */
export type Invoke = (
  segments: readonly string[],
  method: HttpMethod,
  data: unknown,
  config: EndpointRequestConfig | undefined,
) => Promise<AxiosResponse>;

/** Waits before a retry; injectable so tests need not wait. */
export type Sleep = (milliseconds: number) => Promise<void>;

const sleepFor: Sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** All but one of libuv's thread-pool threads (4 unless UV_THREADPOOL_SIZE says otherwise). */
export const OFF_THREAD_SIGNING_LIMIT: number = Math.max(1, (Number(process.env['UV_THREADPOOL_SIZE']) || 4) - 1);

/** What the transport does besides the four steps: opt-in retries. */
export interface TransportPolicy {
  /** undefined: no retries (the default). */
  readonly retry?: RetryOptions | undefined;
  readonly sleep?: Sleep;
  /** [0, 1), for the backoff's jitter. */
  readonly random?: () => number;
  /** One line per try (debug); undefined: nothing is logged. */
  readonly log?: DebugLog | undefined;
}

function outcomeOf(error: unknown): { outcome: number | string; headers: unknown } {
  const { response, code } = (typeof error === 'object' && error !== null ? error : {}) as {
    response?: { status?: unknown; headers?: unknown };
    code?: unknown;
  };
  if (typeof response?.status === 'number') return { outcome: response.status, headers: response.headers };
  return { outcome: typeof code === 'string' ? code : 'error', headers: undefined };
}

function requestIdOf(headers: unknown): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const value = (headers as Record<string, unknown>)['request-id'];
  return typeof value === 'string' ? value : undefined;
}

export class SignedTransport {
  // Chain nodes pass the same segments array on every call: routes are resolved once per chain and verb.
  private readonly routes = new WeakMap<readonly string[], Map<HttpMethod, Route>>();
  /** Calls begun and not yet settled (waiting for an answer, a key store or a retry's delay count too). */
  private inFlight = 0;
  /** Signatures being made on the thread pool now, and the calls waiting for one of its threads. */
  private signingOffThread = 0;
  private readonly waitingToSign: (() => void)[] = [];

  constructor(
    private readonly http: AxiosInstance,
    private readonly table: EndpointTable,
    private readonly strict: boolean,
    private readonly signer: RequestSigner,
    private readonly verifier: ResponseVerifier,
    private readonly policy: TransportPolicy = {},
  ) {}

  readonly invoke: Invoke = async (segments, method, data, config) => {
    this.inFlight += 1;
    try {
      return await this.call(segments, method, data, config);
    } finally {
      this.inFlight -= 1;
    }
  };

  private async call(...[segments, method, data, config = {}]: Parameters<Invoke>): Promise<AxiosResponse> {
    const route = this.route(segments, method);
    const { keyStore } = this.verifier;
    if (keyStore.ready !== undefined) await keyStore.ready();
    const prepared = await prepareRequest(
      route,
      data,
      config,
      this.http.defaults.baseURL ?? DEFAULT_BASE_URL,
      keyStore,
    );
    const { retry, sleep = sleepFor, random = Math.random, log } = this.policy;
    for (let attempt = 0; ; attempt += 1) {
      // Signed anew for every try: WeChat Pay refuses a nonce it has seen, and the timestamp must be fresh.
      const signed = await this.sign(prepared);
      const record = (outcome: number | string, headers: unknown): void =>
        log?.(
          formatTry({
            ...prepared,
            timestamp: signed.timestamp,
            nonce: signed.nonce,
            attempt: attempt + 1,
            outcome,
            requestId: requestIdOf(headers),
          }),
        );
      try {
        let response: AxiosResponse;
        try {
          response = await sendRequest(this.http, prepared, signed.authorization);
        } catch (error) {
          if (log !== undefined) {
            const { outcome, headers } = outcomeOf(error);
            record(outcome, headers);
          }
          throw error;
        }
        if (log !== undefined) record(response.status, response.headers);
        try {
          return verifyAndParse(response, prepared, this.verifier);
        } catch (error) {
          // A rotated platform certificate: fetch the store's keys once more, then verify the same answer again.
          if (!(error instanceof UnknownSerialError) || keyStore.refresh === undefined) throw error;
          // A refresh that fails leaves the answer unverified: the call rejects with the original error.
          if (
            !(await keyStore.refresh().then(
              () => true,
              () => false,
            ))
          )
            throw error;
          return verifyAndParse(response, prepared, this.verifier);
        }
      } catch (error) {
        if (retry === undefined) throw error;
        const decision = planRetry({ attempt, error, options: retry, random, nowMs: this.signer.clock() });
        if (!decision.retry || prepared.options.signal?.aborted === true) throw error;
        await sleep(decision.delayMs);
      }
    }
  }

  /** A signed GET whose answer comes back unverified (`/v3/certificates`, which the caller verifies itself). */
  async fetchUnverified(path: string): Promise<{ headers: ResponseHeaders; body: Buffer }> {
    const route: Route = {
      chain: path,
      method: 'get',
      pathTemplate: path,
      shape: { request: 'none', response: 'binary' },
      parameterNames: [],
    };
    const prepared = await prepareRequest(route, undefined, {}, this.http.defaults.baseURL ?? DEFAULT_BASE_URL);
    const signed = signPreparedRequest(prepared, this.signer);
    const response = await sendRequest(this.http, prepared, signed.authorization);
    return {
      headers: response.headers as ResponseHeaders,
      body: verifyAndParse(response, prepared, this.verifier).data as Buffer,
    };
  }

  /**
   * With other calls in flight the RSA work, the longest part of a call, goes to libuv's thread pool, so that the
   * main thread serves the others meanwhile (on loopback at 32 in flight: 1.3× the requests per second of the plugin
   * given maxRedirects: 0, against 1.09× before). A call alone signs on the main thread: a thread-pool round trip would cost it more than it
   * saves. The pool is shared with the process's file system and DNS work, so at most all but one of its threads
   * sign at once; the other calls wait their turn here (not on the main thread, which would hold everything up), and
   * take their timestamp and nonce when it comes.
   */
  private async sign(prepared: PreparedRequest): Promise<SignedRequest> {
    if (this.inFlight < 2) return signPreparedRequest(prepared, this.signer);
    if (this.signingOffThread < OFF_THREAD_SIGNING_LIMIT) this.signingOffThread += 1;
    else await new Promise<void>((resolve) => this.waitingToSign.push(resolve));
    try {
      return await signPreparedRequestOffThread(prepared, this.signer);
    } finally {
      // The thread goes to the next waiting call, or back to the pool.
      const next = this.waitingToSign.shift();
      if (next !== undefined) next();
      else this.signingOffThread -= 1;
    }
  }

  private route(segments: readonly string[], method: HttpMethod): Route {
    let byMethod = this.routes.get(segments);
    if (byMethod === undefined) {
      byMethod = new Map();
      this.routes.set(segments, byMethod);
    }
    let route = byMethod.get(method);
    if (route === undefined) {
      route = resolveRoute(this.table, segments, method, this.strict);
      byMethod.set(method, route);
    }
    return route;
  }
}
