// The project's test simulator: a thin layer over the shipped one (generator/runtime/simulator/, published as
// `wechatpay-apiv3/simulator`), which checks request signatures the way WeChat Pay does and signs its answers with
// a platform key, written on node:crypto directly and not on the runtime, so that a mistake in the runtime cannot
// cancel itself out here.
//
// What this layer adds for the runtime's own tests: routes as data (`Route[]`) with behaviour written in the test
// (`defaultRoutes`, test-only echo endpoints), generic routes from an endpoint table (`routesFromEndpoints`),
// faults by name queued with `injectFault()` or sent in the `x-simulator-fault` request header, a gate that holds
// answers until N requests are in flight, and the notification helpers of the notification tests. Each route
// becomes an operation of the shipped simulator with a handler; everything on the wire is the shipped simulator's.

import { constants, createHash, privateDecrypt, publicEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { EndpointTable, HttpMethod } from '../../generator/runtime/endpoints.ts';
import { encryptAead } from '../../generator/runtime/simulator/crypto.ts';
import {
  FAULT_HEADER as SHIPPED_FAULT_HEADER,
  reply,
  startSimulatorOf,
  type FaultRule,
  type Schema,
  type Simulator as ShippedSimulator,
  type SimulatorFault,
  type SimulatorHandler,
  type SimulatorOperation,
} from '../../generator/runtime/simulator/index.ts';
import { buildNotification as buildShippedNotification } from '../../generator/runtime/simulator/notify.ts';
import { signBody } from '../../generator/runtime/simulator/signing.ts';

/** Faults of a signed message, the same for an answer (FAULTS) and a notification (NOTIFICATION_FAULTS). */
export const SIGNATURE_FAULTS = [
  'tampered-signature', // signature over something else
  'tampered-body', // body changed after signing
  'stale-timestamp', // correctly signed, timestamp an hour old
  'unknown-serial', // correctly signed, Wechatpay-Serial not known to the receiver (the client, the merchant)
  'missing-signature', // no Wechatpay-Signature header
] as const;
export type SignatureFault = (typeof SIGNATURE_FAULTS)[number];

export const FAULTS = [
  ...SIGNATURE_FAULTS,
  'status-429', // FREQUENCY_LIMITED
  'status-500', // SYSTEM_ERROR
  'slow', // answer after `slowMs`
  'drop', // destroy the socket without answering
] as const;
export type Fault = (typeof FAULTS)[number];
export const FAULT_HEADER = SHIPPED_FAULT_HEADER;

export interface SimulatorIdentity {
  mchid: string;
  merchantSerial: string;
  merchantPublicKey: KeyObject;
  platformSerial: string;
  platformPrivateKey: KeyObject;
}

export interface SimulatorOptions extends SimulatorIdentity {
  /** Hand-written routes, matched first (default `defaultRoutes`). */
  routes?: readonly Route[];
  /** An endpoint table (a package's endpoints.json): every operation in it gets a generic route. */
  endpoints?: EndpointTable;
  /** What the generic routes check and answer, per operation; see `routesFromEndpoints`. */
  contracts?: (method: HttpMethod, path: string) => OperationContract | undefined;
  /** Delay of the 'slow' fault. */
  slowMs?: number;
  /** The service's clock, Unix milliseconds (default Date.now): request timestamps are checked and answers signed by it. */
  clock?: () => number;
}

export interface RouteRequest {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: Record<string, unknown> | undefined;
  upload: Upload | undefined;
  headers: IncomingHttpHeaders;
  /** Shared across requests of one simulator (e.g. created orders). */
  state: Map<string, unknown>;
  identity: SimulatorIdentity;
}

export interface Upload {
  meta: string;
  file: Buffer;
  filename: string;
  fileType: string;
}

export interface RouteAnswer {
  status: number;
  /** JSON body; omitted for 204. */
  json?: unknown;
  /** Raw bytes instead of JSON (downloads); such answers are not signed. */
  bytes?: Buffer;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Template with `{name}` placeholders. */
  path: string;
  request: 'none' | 'json' | 'multipart';
  /** Required body fields (JSON) — missing ones answer 400 PARAM_ERROR. */
  required?: readonly string[];
  /** Required query parameters. */
  requiredQuery?: readonly string[];
  handle(request: RouteRequest): RouteAnswer;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function rfc3339(date = new Date()): string {
  // WeChat Pay answers in China Standard Time: 2024-01-02T03:04:05+08:00
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

function newId(prefix: string): string {
  return `${prefix}${Date.now()}${randomBytes(4).toString('hex')}`;
}

function paramError(message: string): RouteAnswer {
  return { status: 400, json: { code: 'PARAM_ERROR', message } };
}

/** A sensitive field as WeChat Pay reads it: RSA-OAEP (SHA-1, MGF1-SHA-1) to the platform key, base64. */
export function decryptWithPlatformKey(ciphertext: string, platformPrivateKey: KeyObject): string {
  return privateDecrypt(
    { key: platformPrivateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    Buffer.from(ciphertext, 'base64'),
  ).toString('utf8');
}

/** A sensitive field of an answer, encrypted to the merchant's key. */
export function encryptToMerchant(plaintext: string, merchantPublicKey: KeyObject): string {
  return publicEncrypt(
    { key: merchantPublicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
    Buffer.from(plaintext, 'utf8'),
  ).toString('base64');
}

/** Where the simulator keeps an added profit-sharing receiver: by its type and account. */
function receiverKey(body: Record<string, unknown>): string {
  return `receiver:${String(body['type'])}:${String(body['account'])}`;
}

/** The receiver as the service names it in its answers to add and delete: `sub_mchid` (when given), type, account. */
function receiverOf(body: Record<string, unknown>): Record<string, unknown> {
  return {
    ...(body['sub_mchid'] === undefined ? {} : { sub_mchid: body['sub_mchid'] }),
    type: body['type'],
    account: body['account'],
  };
}

/**
 * The request's encrypted `name`, decrypted; or the 400 the service answers when `Wechatpay-Serial` does not name
 * its key or the field does not decrypt with it.
 */
function receiverName(
  headers: IncomingHttpHeaders,
  body: Record<string, unknown>,
  identity: SimulatorIdentity,
): { name?: string; error?: RouteAnswer } {
  if (body['name'] === undefined) return {};
  if (headers['wechatpay-serial'] !== identity.platformSerial) {
    return {
      error: paramError(
        `Wechatpay-Serial 应为加密敏感信息所用的微信支付公钥或平台证书序列号，收到 ${String(headers['wechatpay-serial'])}`,
      ),
    };
  }
  try {
    return { name: decryptWithPlatformKey(String(body['name']), identity.platformPrivateKey) };
  } catch {
    return { error: paramError('name 解密失败：请用微信支付公钥加密') };
  }
}

function isPositiveInteger(value: unknown): boolean {
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/** The operations served by default. Add entries to serve more. */
export const defaultRoutes: readonly Route[] = [
  {
    method: 'POST',
    path: '/v3/ecommerce/subsidies/return',
    request: 'json',
    required: ['sub_mchid', 'out_order_no', 'transaction_id', 'refund_id', 'amount', 'description'],
    handle({ body }) {
      const b = body!;
      if (!isPositiveInteger(b['amount'])) return paramError('amount 必须为正整数（单位：分）');
      return {
        status: 200,
        json: {
          sub_mchid: b['sub_mchid'],
          transaction_id: b['transaction_id'],
          subsidy_refund_id: newId('3008450740201411110007820472'),
          refund_id: b['refund_id'],
          out_order_no: b['out_order_no'],
          amount: b['amount'],
          description: b['description'],
          result: 'SUCCESS',
          success_time: rfc3339(),
        },
      };
    },
  },
  {
    method: 'POST',
    path: '/v3/profitsharing/return-orders',
    request: 'json',
    required: ['out_return_no', 'return_mchid', 'amount', 'description'],
    handle({ body, state }) {
      const b = body!;
      if (!isPositiveInteger(b['amount'])) return paramError('amount 必须为正整数（单位：分）');
      // Large returns fail, so the failure shape is exercised too.
      const failed = (b['amount'] as number) > 1_000_000;
      const order = {
        sub_mchid: b['sub_mchid'] ?? '',
        order_id: b['order_id'] ?? newId('3008450740201411110007820472'),
        out_order_no: b['out_order_no'] ?? '',
        out_return_no: b['out_return_no'],
        return_id: newId('3008450740201411110007820472'),
        return_mchid: b['return_mchid'],
        amount: b['amount'],
        description: b['description'],
        result: failed ? 'FAILED' : 'SUCCESS',
        ...(failed ? { fail_reason: 'BALANCE_NOT_ENOUGH' } : {}),
        create_time: rfc3339(),
        finish_time: rfc3339(),
      };
      state.set(`return-order:${String(b['out_return_no'])}`, order);
      return { status: 200, json: order };
    },
  },
  {
    method: 'GET',
    path: '/v3/profitsharing/return-orders/{out_return_no}',
    request: 'none',
    requiredQuery: ['out_order_no'],
    handle({ params, query, state }) {
      const order = state.get(`return-order:${params['out_return_no']}`) as Record<string, unknown> | undefined;
      if (order === undefined || order['out_order_no'] !== query.get('out_order_no')) {
        return { status: 404, json: { code: 'RESOURCE_NOT_EXISTS', message: '记录不存在' } };
      }
      return { status: 200, json: order };
    },
  },
  {
    method: 'POST',
    path: '/v3/merchant/media/upload',
    request: 'multipart',
    handle({ upload }) {
      const { meta, file } = upload!;
      let parsed: { filename?: unknown; sha256?: unknown };
      try {
        parsed = JSON.parse(meta) as typeof parsed;
      } catch {
        return paramError('meta 不是合法的 JSON');
      }
      if (typeof parsed.filename !== 'string' || typeof parsed.sha256 !== 'string') {
        return paramError('meta 缺少 filename 或 sha256');
      }
      if (createHash('sha256').update(file).digest('hex') !== parsed.sha256.toLowerCase()) {
        return paramError('文件 sha256 与 meta.sha256 不一致');
      }
      return {
        status: 200,
        json: { media_id: `media_${createHash('sha256').update(file).digest('hex').slice(0, 24)}` },
      };
    },
  },
  {
    method: 'GET',
    path: '/v3/billdownload/file',
    request: 'none',
    requiredQuery: ['token'],
    handle({ query }) {
      return {
        status: 200,
        bytes: Buffer.from(`交易时间,公众账号ID,商户号\n\`2024-01-01 00:00:00,\`wx0,\`${query.get('token')}\n`),
      };
    },
  },
  {
    method: 'POST',
    path: '/v3/pay/transactions/out-trade-no/{out_trade_no}/close',
    request: 'json',
    required: ['mchid'],
    handle: () => ({ status: 204 }),
  },
  {
    method: 'POST',
    path: '/v3/applyment4sub/applyment/',
    request: 'json',
    required: ['business_code'],
    handle: () => ({ status: 200, json: { applyment_id: 2000002124775691 } }),
  },
  {
    method: 'POST',
    path: '/v3/profitsharing/receivers/add',
    request: 'json',
    required: ['appid', 'type', 'account', 'relation_type'],
    handle({ body, headers, state, identity }) {
      const b = body!;
      const { name, error } = receiverName(headers, b, identity);
      if (error) return error;
      state.set(receiverKey(b), { ...b, name });
      return {
        status: 200,
        json: {
          ...receiverOf(b),
          ...(name === undefined ? {} : { name: encryptToMerchant(name, identity.merchantPublicKey) }),
          relation_type: b['relation_type'],
          ...(b['custom_relation'] === undefined ? {} : { custom_relation: b['custom_relation'] }),
        },
      };
    },
  },
  {
    method: 'POST',
    path: '/v3/profitsharing/receivers/delete',
    request: 'json',
    required: ['appid', 'type', 'account'],
    handle({ body, state }) {
      const b = body!;
      state.delete(receiverKey(b));
      return { status: 200, json: receiverOf(b) };
    },
  },
  // Test-only echo endpoints: show what arrived, for URL / verb tests.
  ...(['GET', 'DELETE', 'POST', 'PUT', 'PATCH'] as const).map((method): Route => ({
    method,
    path: '/v3/simulator/echo/{value}',
    request: method === 'GET' || method === 'DELETE' ? 'none' : 'json',
    handle: ({ url, params, query, body }) => ({
      status: 200,
      json: { method, url, value: params['value'], query: Object.fromEntries(query), body },
    }),
  })),
  {
    method: 'POST',
    path: '/v3/simulator/items/{item_id}/delete',
    request: 'none',
    handle: ({ url, params }) => ({ status: 200, json: { deleted: params['item_id'], url } }),
  },
];

/** What a generic route knows of an operation beyond the endpoint table (e.g. from the spec's model). */
export interface OperationContract {
  /** Required top-level fields of a JSON body. */
  required?: readonly string[];
  requiredQuery?: readonly string[];
  /** The body of a JSON answer (default `{}`). */
  answer?: unknown;
}

/** The bytes a generic route serves for a download. */
export function downloadBytes(path: string): Buffer {
  return Buffer.from(`simulated download of ${path}\n`);
}

/**
 * One route per operation of `table`: the request kind and answer kind come from the table; the signature, the
 * required path parameters (and, with a contract, required body fields and query parameters) are checked; JSON
 * answers are signed (`contract.answer`, else `{}`), empty answers are a signed 204, downloads unsigned bytes.
 */
export function routesFromEndpoints(table: EndpointTable, contracts?: SimulatorOptions['contracts']): Route[] {
  return Object.values(table).flatMap((entry) =>
    (Object.entries(entry.methods) as [HttpMethod, NonNullable<(typeof entry.methods)[HttpMethod]>][]).map(
      ([method, shape]): Route => {
        const contract = contracts?.(method, entry.path) ?? {};
        return {
          method: method.toUpperCase() as Route['method'],
          path: entry.path,
          request: shape.request,
          ...(contract.required === undefined ? {} : { required: contract.required }),
          ...(contract.requiredQuery === undefined ? {} : { requiredQuery: contract.requiredQuery }),
          handle() {
            if (shape.response === 'empty') return { status: 204 };
            if (shape.response === 'binary') return { status: 200, bytes: downloadBytes(entry.path) };
            return { status: 200, json: contract.answer ?? {} };
          },
        };
      },
    ),
  );
}

/** A route as an operation of the shipped simulator: its placeholders and required fields as a schema. */
function routeOperation(route: Route): SimulatorOperation {
  const placeholders = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const text: Schema = { type: 'string' };
  const body: Schema | undefined =
    route.request === 'json'
      ? { type: 'object', ...(route.required === undefined ? {} : { required: route.required }) }
      : route.request === 'multipart'
        ? {}
        : undefined;
  return {
    method: route.method,
    path: route.path,
    request: route.request,
    pathParameters: Object.fromEntries(placeholders.map((name) => [name, text])),
    queryParameters: Object.fromEntries((route.requiredQuery ?? []).map((name) => [name, text])),
    requiredQuery: route.requiredQuery ?? [],
    ...(body === undefined ? {} : { body }),
    bodyRequired: route.request === 'json',
    answer: { status: 200, kind: 'json' },
  };
}

/** The shipped simulator's fault for one of ours ('slow' is its 'delay'). */
function shippedFault(fault: Fault, slowMs: number): Pick<FaultRule, 'fault' | 'delayMs'> {
  return fault === 'slow' ? { fault: 'delay', delayMs: slowMs } : { fault: fault as SimulatorFault };
}

export class Simulator {
  private readonly shipped: Promise<ShippedSimulator>;
  private simulator!: ShippedSimulator;
  private gate: { count: number; open: Promise<void>; release(reached: boolean): void } | undefined;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly state = new Map<string, unknown>();
  baseURL = '';

  constructor(private readonly options: SimulatorOptions) {
    const routes = [...(options.routes ?? defaultRoutes)];
    const taken = new Set(routes.map((route) => `${route.method} ${route.path}`));
    for (const route of routesFromEndpoints(options.endpoints ?? {}, options.contracts)) {
      if (!taken.has(`${route.method} ${route.path}`)) routes.push(route);
      taken.add(`${route.method} ${route.path}`);
    }
    const handlers: Record<string, SimulatorHandler> = {};
    const operations: SimulatorOperation[] = [];
    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      if (handlers[key] !== undefined) continue; // the first route of a key wins, as it was matched first
      operations.push(routeOperation(route));
      handlers[key] = (request) => {
        const [, search = ''] = request.url.split(/\?(.*)/s);
        const upload = request.upload;
        const answer = route.handle({
          method: request.method,
          url: request.url,
          params: Object.fromEntries(Object.entries(request.params).map(([name, value]) => [name, String(value)])),
          query: new URLSearchParams(search),
          body: request.body as Record<string, unknown> | undefined,
          upload:
            upload === undefined
              ? undefined
              : { meta: upload.meta, file: upload.file, filename: upload.filename, fileType: upload.contentType },
          headers: request.headers,
          state: this.state,
          identity: this.options,
        });
        return reply(answer.status, answer.bytes ?? answer.json);
      };
    }
    const slowMs = options.slowMs ?? 1000;
    this.shipped = startSimulatorOf(operations, {
      mchid: options.mchid,
      merchantSerial: options.merchantSerial,
      merchantPublicKey: options.merchantPublicKey,
      platform: { serial: options.platformSerial, privateKey: options.platformPrivateKey },
      handlers,
      // 'slow' in the header: the shipped simulator's header names its own faults only.
      faults: [{ ...shippedFault('slow', slowMs), when: (request) => request.headers[FAULT_HEADER] === 'slow' }],
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      beforeAnswer: async () => {
        const { gate } = this;
        if (gate === undefined) return;
        if (this.simulator.stats.inFlight >= gate.count) gate.release(true);
        await gate.open;
      },
    });
  }

  get requests(): readonly RecordedRequest[] {
    return this.simulator.requests;
  }

  /** Requests whose signature verified. */
  get verifiedRequests(): number {
    return this.simulator.stats.verified;
  }

  get inFlight(): number {
    return this.simulator.stats.inFlight;
  }

  get maxInFlight(): number {
    return this.simulator.stats.maxInFlight;
  }

  set maxInFlight(value: number) {
    this.simulator.stats.maxInFlight = value;
  }

  /** Signs answers from now on with another platform key (a certificate rotation). */
  usePlatformKey(platformSerial: string, platformPrivateKey: KeyObject): void {
    this.options.platformSerial = platformSerial;
    this.options.platformPrivateKey = platformPrivateKey;
    this.simulator.rotatePlatform({ serial: platformSerial, privateKey: platformPrivateKey });
  }

  async listen(): Promise<this> {
    this.simulator = await this.shipped;
    this.baseURL = this.simulator.url;
    return this;
  }

  /** The next `times` requests (without a fault header) suffer `fault`. */
  injectFault(fault: Fault, times = 1): void {
    this.simulator.fault({
      ...shippedFault(fault, this.options.slowMs ?? 1000),
      times,
      when: (request) => request.headers[FAULT_HEADER] === undefined,
    });
  }

  /** Sends a notification signed with this simulator's platform key, its resource encrypted with `apiV3Key`. */
  sendNotification(url: string, apiV3Key: string | Buffer, input: NotificationInput): Promise<DeliveryResult> {
    const { platformSerial, platformPrivateKey } = this.options;
    return sendNotification(url, { platformSerial, platformPrivateKey, apiV3Key }, input);
  }

  /**
   * Holds every answer until `count` requests are in flight at once, then answers them all; once. Resolves to
   * true when that many arrived, or to false after `timeoutMs` (a bound against hanging, not a timing assumption:
   * the answers are then released so the test ends and fails on the result).
   */
  holdAnswersUntilInFlight(count: number, timeoutMs = 60_000): Promise<boolean> {
    return new Promise((resolve) => {
      let release!: () => void;
      const open = new Promise<void>((done) => (release = done));
      const timer = setTimeout(() => gate.release(false), timeoutMs);
      this.timers.add(timer);
      const gate = {
        count,
        open,
        release: (reached: boolean) => {
          clearTimeout(timer);
          this.timers.delete(timer);
          if (this.gate === gate) this.gate = undefined;
          release();
          resolve(reached);
        },
      };
      this.gate = gate;
    });
  }

  async close(): Promise<void> {
    this.gate?.release(false);
    for (const timer of this.timers) clearTimeout(timer);
    await this.simulator.stop();
  }
}

export function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  return new Simulator(options).listen();
}

/** A `/v3/certificates` route serving `certificates()` (serial → PEM), each encrypted with `apiV3Key` as WeChat Pay does. */
export function certificatesRoute(apiV3Key: string, certificates: () => ReadonlyMap<string, string>): Route {
  return {
    method: 'GET',
    path: '/v3/certificates',
    request: 'none',
    handle: () => ({
      status: 200,
      json: {
        data: [...certificates()].map(([serial, pem]) => {
          const nonce = randomBytes(6).toString('hex');
          return {
            serial_no: serial,
            encrypt_certificate: {
              algorithm: 'AEAD_AES_256_GCM',
              nonce,
              associated_data: 'certificate',
              ciphertext: encryptResource(pem, apiV3Key, nonce, 'certificate'),
            },
          };
        }),
      },
    }),
  };
}

// ——— Notifications ———
// WeChat Pay → merchant, as the shipped simulator's notify() sends them, with the notification tests' faults.

export const NOTIFICATION_FAULTS = [
  ...SIGNATURE_FAULTS,
  'wrong-apiv3-key', // resource encrypted with another key
  'tampered-ciphertext', // a ciphertext bit flipped, then signed
  'tampered-tag', // a tag bit flipped, then signed
  'tampered-associated-data', // associated_data changed after encryption, then signed
  'unsupported-algorithm', // algorithm other than AEAD_AES_256_GCM, then signed
  'body-not-json', // a signed body that is not JSON
  'no-resource', // a signed notification without resource
  'unknown-event', // a genuine notification of an event type the merchant's SDK does not know
] as const;
export type NotificationFault = (typeof NOTIFICATION_FAULTS)[number];

export interface NotificationIdentity {
  platformSerial: string;
  platformPrivateKey: KeyObject;
  /** The merchant's APIv3 key (32 bytes). */
  apiV3Key: string | Buffer;
}

export interface NotificationInput {
  /** e.g. TRANSACTION.SUCCESS */
  eventType: string;
  /** The plaintext resource. */
  resource: Record<string, unknown>;
  /** `transaction`, `refund`, … (default: derived from the event type). */
  originalType?: string;
  summary?: string;
  fault?: NotificationFault;
}

export interface BuiltNotification {
  id: string;
  headers: Record<string, string>;
  body: Buffer;
}

/** AEAD_AES_256_GCM as WeChat Pay does it: base64(encrypted ‖ 16-byte tag). */
export const encryptResource = encryptAead;

/** Signs `body` as the platform does: headers over TIMESTAMP\nNONCE\nBODY\n. */
export function signNotification(
  body: Buffer,
  identity: Pick<NotificationIdentity, 'platformSerial' | 'platformPrivateKey'>,
  options: { timestamp?: number; fault?: NotificationFault } = {},
): { headers: Record<string, string>; body: Buffer } {
  const { fault } = options;
  const signingFault =
    fault === 'tampered-signature' ||
    fault === 'tampered-body' ||
    fault === 'stale-timestamp' ||
    fault === 'unknown-serial' ||
    fault === 'missing-signature'
      ? fault
      : undefined;
  const signed = signBody(
    body,
    { serial: identity.platformSerial, privateKey: identity.platformPrivateKey },
    options.timestamp ?? Math.floor(Date.now() / 1000),
    signingFault,
  );
  return { headers: { 'Content-Type': 'application/json', ...signed.headers }, body: signed.body };
}

const ORIGINAL_TYPES: Readonly<Record<string, string>> = {
  TRANSACTION: 'transaction',
  REFUND: 'refund',
  PROFITSHARING: 'profitsharing',
};

/** A notification as WeChat Pay sends it, with the requested fault. */
export function buildNotification(identity: NotificationIdentity, input: NotificationInput): BuiltNotification {
  const { fault } = input;
  const eventType = fault === 'unknown-event' ? 'SIMULATOR.NEW_EVENT' : input.eventType;
  const built = buildShippedNotification(
    { serial: identity.platformSerial, privateKey: identity.platformPrivateKey },
    identity.apiV3Key,
    eventType,
    input.resource,
    Date.now(),
    {
      originalType: input.originalType ?? ORIGINAL_TYPES[eventType.split('.')[0]!] ?? 'unknown',
      ...(input.summary === undefined ? {} : { summary: input.summary }),
      ...(fault === undefined || fault === 'unknown-event' ? {} : { fault }),
    },
  );
  return { id: built.id, headers: built.headers, body: built.body };
}

/** mulberry32: a small seeded random generator, so that a run of random faults can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DeliveryResult {
  id: string;
  /** The delivery's Wechatpay-Nonce: a key for it even when the notification is rejected. */
  nonce: string;
  status: number;
  body: string;
}

/** POSTs a notification to `url` over real HTTP, as WeChat Pay's notifier does. */
export async function sendNotification(
  url: string,
  identity: NotificationIdentity,
  input: NotificationInput,
): Promise<DeliveryResult> {
  const { id, headers, body } = buildNotification(identity, input);
  const response = await fetch(url, { method: 'POST', headers, body: new Uint8Array(body) });
  return { id, nonce: headers['Wechatpay-Nonce']!, status: response.status, body: await response.text() };
}
