// The simulator's HTTP server on 127.0.0.1: routes each request to its operation, reads it (request.ts), answers
// from the handler or the spec (answer.ts), signs the answer with the platform key (signing.ts) and applies the
// faults the plan picks (faults.ts).

import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultAnswer, specAnswer } from './answer.ts';
import type { MerchantIdentity } from './authorization.ts';
import { CERTIFICATES_PATH, certificatesAnswer } from './certificates.ts';
import { randomHex, toPublicKey, type SimulatorKeyInput } from './crypto.ts';
import { Downloads } from './downloads.ts';
import {
  FAULT_HEADER,
  FaultPlan,
  isSimulatorFault,
  seededRandom,
  type FaultRule,
  type SimulatorFault,
} from './faults.ts';
import { platformIdentity, type PlatformIdentity, type PlatformKeys, type PlatformOptions } from './identity.ts';
import type { Upload } from './multipart.ts';
import { buildNotification, deliver, type NotificationAnswer, type NotifyOptions } from './notify.ts';
import { operationKey, type SimulatorOperation, type SimulatorWebhook } from './operations.ts';
import { SimulatorReply } from './reply.ts';
import { checkSignature, readRequest, type ErrorAnswer, type RawRequest, type ReadRequest } from './request.ts';
import { Router } from './router.ts';
import { validate } from './schema.ts';
import { exampleOf } from './example.ts';
import { encryptSensitiveFields } from './sensitive.ts';
import { isSigningFault, signBody, type SigningFault } from './signing.ts';

/** What a handler is given: the request as read and checked, sensitive fields decrypted. */
export interface SimulatorRequest {
  /** `'POST /v3/pay/transactions/jsapi'` */
  readonly operation: string;
  readonly method: string;
  /** Path and query as received. */
  readonly url: string;
  // `any`: checked against the operation's schemas before the handler runs, so a handler may read them directly.
  /** Path parameters, typed by their schemas (`'1'` for an integer parameter is 1). */
  readonly params: Readonly<Record<string, any>>;
  readonly query: Readonly<Record<string, any>>;
  /** The parsed JSON body (an upload's `meta`), valid against the spec, sensitive fields decrypted. */
  readonly body: any;
  readonly upload: Upload | undefined;
  readonly headers: IncomingHttpHeaders;
  /** Kept across this simulator's requests: e.g. the orders created so far. */
  readonly state: Map<string, unknown>;
  /** The answer the simulator gives without a handler (the spec's example, request fields echoed), valid against the spec. */
  example(): any;
}

/**
 * A handler answers one operation: its return value is the answer's body (validated against the spec's answer
 * schema, sensitive fields encrypted to the merchant), or `reply(status, body)` / `fail(status, code, message)`,
 * or a Buffer for a download. It may be async.
 */
export type SimulatorHandler = (request: SimulatorRequest) => unknown;

export interface SimulatorOptions {
  /** 0 (default): any free port. */
  readonly port?: number;
  readonly mchid: string;
  /** The merchant API certificate's public key (or the certificate itself): verifies each request's signature. */
  readonly merchantPublicKey: SimulatorKeyInput;
  /** The merchant API certificate's serial that Authorization must name; any serial when left out. */
  readonly merchantSerial?: string;
  /** The key that signs the answers; generated (with a PUB_KEY_ID_… serial) when left out. */
  readonly platform?: PlatformOptions;
  /**
   * Play a platform on certificates instead of a WeChat Pay public key id: without `platform.certificate`, a
   * self-signed certificate of the platform key is made (its serial the answers' Wechatpay-Serial) and served by
   * GET /v3/certificates, so a client given `apiV3Key` and no `certs` downloads and verifies it.
   */
  readonly platformCertificate?: boolean;
  /** The merchant's APIv3 key: encrypts notifications' resources and GET /v3/certificates. */
  readonly apiV3Key?: string | Buffer;
  /** Answers by operation: `{ 'POST /v3/pay/transactions/jsapi': (request) => ({ prepay_id: '…' }) }`. */
  readonly handlers?: Readonly<Record<string, SimulatorHandler>>;
  /** Fault rules, first match wins; see faults.ts. */
  readonly faults?: readonly FaultRule[];
  /** Seed of the generator that decides `probability` rules (default 1). */
  readonly seed?: number;
  /** Operations besides the spec's (an endpoint you type yourself); they win over the spec's of the same key. */
  readonly operations?: readonly SimulatorOperation[];
  /** The service's clock, Unix milliseconds (default Date.now): timestamps are checked and answers signed by it. */
  readonly clock?: () => number;
  /** Awaited before each answer is written (a test can hold answers back). */
  readonly beforeAnswer?: (request: RecordedRequest) => Promise<void> | void;
}

/** A request as it arrived (kept for the last 1000). */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** `'POST /v3/…'`, or undefined for a route the spec does not know. */
  readonly operation: string | undefined;
}

export interface SimulatorStats {
  /** Requests whose signature verified. */
  verified: number;
  /** Requests between arrival and their answer. */
  inFlight: number;
  maxInFlight: number;
}

export interface Simulator {
  /** `http://127.0.0.1:<port>/`: the client's `baseURL`. */
  readonly url: string;
  /** What the client trusts: `new Wechatpay({ …, certs: simulator.platformKeys.certs })`. */
  readonly platformKeys: PlatformKeys;
  readonly operations: readonly SimulatorOperation[];
  readonly requests: readonly RecordedRequest[];
  /** Counters of this simulator's traffic (`maxInFlight` may be reset to 0 to measure a phase). */
  readonly stats: SimulatorStats;
  /** Adds a fault rule (after the ones given): `simulator.fault({ fault: 'status-500', times: 2 })`. */
  fault(rule: FaultRule): void;
  /** Signs from now on with another platform key (a rotation); `platformKeys` follows. */
  rotatePlatform(platform: PlatformOptions): void;
  /**
   * Sends a signed notification of `eventType`, `resource` encrypted with `apiV3Key`; resolves to the merchant's
   * answer. For an event type of the spec, `resource` is checked against its schema first (a TypeError naming the
   * field), and left out it is the spec's example.
   */
  notify(url: string, eventType: string, resource?: unknown, options?: NotifyOptions): Promise<NotificationAnswer>;
  stop(): Promise<void>;
}

interface Answer {
  readonly status: number;
  /** JSON body (undefined: empty). */
  readonly json?: unknown;
  /** A file: sent unsigned. */
  readonly bytes?: Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

const STATUS_FAULTS: Partial<Record<SimulatorFault, Answer>> = {
  'status-429': { status: 429, json: { code: 'FREQUENCY_LIMITED', message: '频率超限，请降低请求频率' } },
  'status-500': { status: 500, json: { code: 'SYSTEM_ERROR', message: '系统错误，请稍后重试' } },
  'status-502': { status: 502 },
  'status-503': { status: 503, json: { code: 'SYSTEM_ERROR', message: '服务暂不可用，请稍后重试' } },
};

function fromError(error: ErrorAnswer): Answer {
  return { status: error.status, json: error.body };
}

class SimulatorServer implements Simulator {
  url = '';
  readonly requests: RecordedRequest[] = [];
  readonly stats: SimulatorStats = { verified: 0, inFlight: 0, maxInFlight: 0 };
  readonly operations: readonly SimulatorOperation[];
  private platform: PlatformIdentity;
  private readonly merchant: MerchantIdentity;
  private readonly router: Router;
  private readonly plan: FaultPlan;
  private readonly state = new Map<string, unknown>();
  private readonly downloads = new Downloads();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly downloadPath: string | undefined;
  private sequence = 0;
  private readonly server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        const message = error instanceof Error ? error.message : String(error);
        this.write(response, { status: 500, json: { code: 'SYSTEM_ERROR', message: `simulator: ${message}` } });
      } else response.destroy();
    });
  });

  private readonly webhooks: ReadonlyMap<string, SimulatorWebhook>;

  constructor(
    private readonly options: SimulatorOptions,
    specOperations: readonly SimulatorOperation[],
    webhooks: readonly SimulatorWebhook[],
  ) {
    this.webhooks = new Map(webhooks.map((webhook) => [webhook.eventType, webhook]));
    if (typeof options.mchid !== 'string' || options.mchid === '')
      throw new TypeError('startSimulator: mchid is required');
    if (options.merchantPublicKey === undefined) throw new TypeError('startSimulator: merchantPublicKey is required');
    if (options.apiV3Key !== undefined && Buffer.byteLength(options.apiV3Key) !== 32) {
      throw new TypeError('startSimulator: apiV3Key must be 32 bytes');
    }
    const extra = options.operations ?? [];
    const overridden = new Set(extra.map(operationKey));
    this.operations = [...extra, ...specOperations.filter((operation) => !overridden.has(operationKey(operation)))];
    const known = new Set(this.operations.map(operationKey));
    for (const key of Object.keys(options.handlers ?? {})) {
      if (!known.has(key))
        throw new TypeError(`startSimulator: a handler for ${key}, which is no operation of the spec`);
    }
    this.merchant = {
      mchid: options.mchid,
      serial: options.merchantSerial,
      publicKey: toPublicKey(options.merchantPublicKey),
    };
    this.platform = platformIdentity(options.mchid, options.platform, options.platformCertificate, this.now());
    this.router = new Router(this.operations);
    this.plan = new FaultPlan(options.faults ?? [], seededRandom(options.seed ?? 1));
    this.downloadPath = this.operations.find(
      (operation) =>
        operation.method === 'GET' && operation.answer.kind === 'binary' && 'token' in operation.queryParameters,
    )?.path;
  }

  get platformKeys(): PlatformKeys {
    return this.platform.keys;
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.options.port ?? 0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  fault(rule: FaultRule): void {
    this.plan.add(rule);
  }

  rotatePlatform(platform: PlatformOptions): void {
    this.platform = platformIdentity(this.options.mchid, platform, this.options.platformCertificate, this.now());
  }

  notify(url: string, eventType: string, resource?: unknown, options?: NotifyOptions): Promise<NotificationAnswer> {
    const { apiV3Key } = this.options;
    if (apiV3Key === undefined) return Promise.reject(new TypeError('simulator.notify needs the apiV3Key option'));
    const webhook = this.webhooks.get(eventType);
    let sent = resource;
    if (webhook !== undefined) {
      sent ??= exampleOf(webhook.resource);
      const problem = validate(webhook.resource, sent);
      if (problem !== undefined) {
        return Promise.reject(
          new TypeError(
            `simulator.notify: the ${eventType} resource does not match the spec at ${problem.field || '(resource)'}: ${problem.issue}`,
          ),
        );
      }
    } else if (sent === undefined) {
      return Promise.reject(
        new TypeError(`simulator.notify: ${eventType} is no webhook of the spec; give its resource`),
      );
    }
    return deliver(url, buildNotification(this.platform, apiV3Key, eventType, sent, this.now(), options));
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    this.stats.inFlight += 1;
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.stats.inFlight);
    let settled = false;
    const settle = (): void => {
      if (!settled) this.stats.inFlight -= 1;
      settled = true;
    };
    response.once('finish', settle);
    response.once('close', settle);

    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    const [pathname = '/', search = ''] = url.split(/\?(.*)/s);
    const { found, methods } = this.router.match(method, pathname);
    const operation = found === undefined ? undefined : operationKey(found.operation);
    const recorded: RecordedRequest = { method, url, headers: request.headers, body: Buffer.concat(chunks), operation };
    this.requests.push(recorded);
    if (this.requests.length > 1000) this.requests.shift();
    this.sequence += 1;

    const named = request.headers[FAULT_HEADER];
    const rule = isSimulatorFault(named)
      ? { fault: named }
      : this.plan.pick({ method, url, operation, headers: request.headers, sequence: this.sequence });
    if (rule?.fault === 'drop') {
      request.socket.destroy();
      return;
    }

    let answer: Answer;
    if (found === undefined) {
      answer = {
        status: 404,
        json: {
          code: 'NOT_FOUND',
          message:
            methods.length > 0
              ? `${pathname} 不支持 ${method}（支持 ${methods.join('、')}）`
              : `无此接口：${method} ${pathname}`,
        },
      };
    } else {
      answer = await this.answerFor(
        { method, url, search, headers: request.headers, body: recorded.body, now: this.now() },
        found.operation,
        found.params,
        rule?.fault,
      );
    }
    await this.options.beforeAnswer?.(recorded);
    if (rule?.fault === 'delay') await this.delay(rule.delayMs ?? 1000);
    if (response.destroyed) return;
    const signingFault = rule !== undefined && isSigningFault(rule.fault) ? rule.fault : undefined;
    this.write(response, answer, signingFault);
  }

  private async answerFor(
    raw: RawRequest,
    operation: SimulatorOperation,
    params: Readonly<Record<string, string>>,
    fault: SimulatorFault | undefined,
  ): Promise<Answer> {
    const signature = checkSignature(raw, operation, this.merchant);
    if (signature.error) return fromError(signature.error);
    this.stats.verified += 1;
    const statusFault = fault === undefined ? undefined : STATUS_FAULTS[fault];
    if (statusFault !== undefined) return statusFault;

    const read = readRequest(raw, operation, params, signature.upload, this.platform);
    if (read.error) return fromError(read.error);
    const checked = read.request!;
    const key = operationKey(operation);
    const handler = this.options.handlers?.[key];
    let result: unknown;
    if (handler !== undefined) {
      result = await handler({
        operation: key,
        method: raw.method,
        url: raw.url,
        params: checked.params,
        query: checked.query,
        body: checked.body,
        upload: checked.upload,
        headers: raw.headers,
        state: this.state,
        example: () => defaultAnswer(operation, checked),
      });
    } else {
      result = this.builtIn(operation, checked);
    }
    return this.toAnswer(operation, result);
  }

  /** The answer without a handler: the spec's, bills pointed at this simulator, certificates the simulator's own. */
  private builtIn(operation: SimulatorOperation, request: ReadRequest): unknown {
    if (operation.answer.kind === 'binary') {
      return this.downloads.find(request.query)?.bytes ?? Buffer.from(`simulated file of ${operation.path}\n`);
    }
    if (operation.answer.kind === 'empty') return undefined;
    if (operation.path === CERTIFICATES_PATH && operation.method === 'GET' && this.options.apiV3Key !== undefined) {
      const certificate = this.platform.certificate;
      return certificatesAnswer(certificate === undefined ? [] : [certificate], this.options.apiV3Key);
    }
    const answer = defaultAnswer(operation, request);
    const downloadPath = this.downloadPath;
    if (downloadPath === undefined) return answer;
    const base = this.url.replace(/\/$/, '');
    return this.downloads.attach(
      answer,
      (token) => `${base}${downloadPath}?token=${token}`,
      this.options.mchid,
      request.query,
    );
  }

  private toAnswer(operation: SimulatorOperation, result: unknown): Answer {
    const reply = result instanceof SimulatorReply ? result : undefined;
    const status = reply?.status ?? operation.answer.status;
    const body = reply === undefined ? result : reply.body;
    const headers = reply?.headers ?? {};
    if (Buffer.isBuffer(body) || body instanceof Uint8Array) return { status, bytes: Buffer.from(body), headers };
    if (body === undefined)
      return { status: reply === undefined && operation.answer.kind === 'json' ? 200 : status, headers };
    const { schema } = operation.answer;
    if (status >= 200 && status < 300 && schema !== undefined) {
      // A success answer the client could not have got from WeChat Pay is a mistake in the handler: say so.
      const problem = validate(schema, body);
      if (problem !== undefined) {
        return {
          status: 500,
          json: {
            code: 'SYSTEM_ERROR',
            message: `simulator: the answer of ${operationKey(operation)} does not match the spec at ${problem.field || '(body)'}: ${problem.issue}`,
          },
        };
      }
      return { status, json: encryptSensitiveFields(schema, body, this.merchant.publicKey), headers };
    }
    return { status, json: body, headers };
  }

  private write(response: ServerResponse, answer: Answer, fault?: SigningFault): void {
    response.setHeader('Request-ID', randomHex(32));
    for (const [name, value] of Object.entries(answer.headers ?? {})) response.setHeader(name, value);
    if (answer.bytes !== undefined) {
      // WeChat Pay does not sign files.
      response.writeHead(answer.status, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': answer.bytes.length,
      });
      response.end(answer.bytes);
      return;
    }
    const body = answer.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(answer.json));
    const signed = signBody(body, this.platform, Math.floor(this.now() / 1000), fault);
    for (const [name, value] of Object.entries(signed.headers)) response.setHeader(name, value);
    if (signed.body.length > 0) response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader('Content-Length', signed.body.length);
    response.writeHead(answer.status);
    response.end(signed.body);
  }

  private delay(milliseconds: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, milliseconds);
      this.timers.add(timer);
    });
  }
}

/** Starts a simulator of `operations` and `webhooks` (the package's entry passes the spec's). */
export function startSimulatorOf(
  operations: readonly SimulatorOperation[],
  options: SimulatorOptions,
  webhooks: readonly SimulatorWebhook[] = [],
): Promise<Simulator> {
  return new SimulatorServer(options, operations, webhooks).listen();
}

export { specAnswer };
