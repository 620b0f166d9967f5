// A WeChat Pay APIv3 simulator: a real HTTP server that checks request
// signatures the way the service does and signs its answers with a platform
// key. Written directly against node:crypto (not the runtime's signer), so a
// mistake in the runtime cannot cancel itself out here.
//
// Routes are data (`Route[]`): hand-written ones with behaviour (`defaultRoutes`),
// and generic ones derived from an endpoint table (`routesFromEndpoints`), so a
// spec's every operation is served without a route written for it. Faults are
// injected per request, either with the `x-simulator-fault` request header or
// queued with `injectFault()`.

import {
  constants,
  createCipheriv,
  createHash,
  privateDecrypt,
  publicEncrypt,
  randomBytes,
  randomUUID,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EndpointTable, HttpMethod } from '../../generator/runtime/endpoints.ts';

export const FAULTS = [
  'tampered-signature', // signature over something else
  'tampered-body', // body changed after signing
  'stale-timestamp', // correctly signed, timestamp an hour old
  'unknown-serial', // correctly signed, Wechatpay-Serial not known to the client
  'missing-signature', // no Wechatpay-Signature header
  'status-429', // FREQUENCY_LIMITED
  'status-500', // SYSTEM_ERROR
  'slow', // answer after `slowMs`
  'drop', // destroy the socket without answering
] as const;
export type Fault = (typeof FAULTS)[number];
export const FAULT_HEADER = 'x-simulator-fault';

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

const MAX_SKEW_SECONDS = 300;

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
      state.set(`receiver:${String(b['type'])}:${String(b['account'])}`, { ...b, name });
      return {
        status: 200,
        json: {
          ...(b['sub_mchid'] === undefined ? {} : { sub_mchid: b['sub_mchid'] }),
          type: b['type'],
          account: b['account'],
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
      state.delete(`receiver:${String(b['type'])}:${String(b['account'])}`);
      return {
        status: 200,
        json: {
          ...(b['sub_mchid'] === undefined ? {} : { sub_mchid: b['sub_mchid'] }),
          type: b['type'],
          account: b['account'],
        },
      };
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
        const placeholders = [...entry.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
        return {
          method: method.toUpperCase() as Route['method'],
          path: entry.path,
          request: shape.request,
          ...(contract.required === undefined ? {} : { required: contract.required }),
          ...(contract.requiredQuery === undefined ? {} : { requiredQuery: contract.requiredQuery }),
          handle({ params }) {
            // A path parameter the caller left out: empty, or its placeholder sent as is.
            const missing = placeholders.filter((name) => !params[name] || params[name] === `{${name}}`);
            if (missing.length > 0) return paramError(`缺少路径参数：${missing.join(', ')}`);
            if (shape.response === 'empty') return { status: 204 };
            if (shape.response === 'binary') return { status: 200, bytes: downloadBytes(entry.path) };
            return { status: 200, json: contract.answer ?? {} };
          },
        };
      },
    ),
  );
}

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

function parseAuthorization(header: string | undefined): Record<string, string> | undefined {
  const scheme = 'WECHATPAY2-SHA256-RSA2048 ';
  if (header === undefined || !header.startsWith(scheme)) return undefined;
  const fields: Record<string, string> = {};
  for (const match of header.slice(scheme.length).matchAll(/(\w+)="([^"]*)"/g)) fields[match[1]!] = match[2]!;
  return fields;
}

/** Minimal multipart/form-data reader: enough for `meta` + `file`. */
function parseMultipart(
  body: Buffer,
  contentType: string,
): Map<string, { headers: string; content: Buffer }> | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) return undefined;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = new Map<string, { headers: string; content: Buffer }>();
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, partStart);
    if (next === -1) return undefined;
    const part = body.subarray(partStart + 2, next - 2); // strip leading and trailing CRLF
    const split = part.indexOf('\r\n\r\n');
    if (split === -1) return undefined;
    const headers = part.subarray(0, split).toString();
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    if (name !== undefined) parts.set(name, { headers, content: part.subarray(split + 4) });
    start = next;
  }
  return parts;
}

export class Simulator {
  readonly requests: RecordedRequest[] = [];
  /** Requests whose signature verified. */
  verifiedRequests = 0;
  inFlight = 0;
  maxInFlight = 0;
  private gate: { count: number; open: Promise<void>; release(reached: boolean): void } | undefined;
  private readonly queuedFaults: Fault[] = [];
  private readonly state = new Map<string, unknown>();
  private readonly routes: CompiledRoute[];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server = createServer((request, response) => {
    this.handle(request, response).catch((error: unknown) => {
      if (!response.headersSent)
        this.answer(response, { status: 500, json: { code: 'SYSTEM_ERROR', message: String(error) } }, undefined);
    });
  });
  baseURL = '';

  constructor(private readonly options: SimulatorOptions) {
    this.routes = [
      ...(options.routes ?? defaultRoutes),
      ...routesFromEndpoints(options.endpoints ?? {}, options.contracts),
    ].map(compile);
  }

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  /** Signs answers from now on with another platform key (a certificate rotation). */
  usePlatformKey(platformSerial: string, platformPrivateKey: KeyObject): void {
    this.options.platformSerial = platformSerial;
    this.options.platformPrivateKey = platformPrivateKey;
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseURL = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** The next `times` requests (without a fault header) suffer `fault`. */
  injectFault(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i += 1) this.queuedFaults.push(fault);
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
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // In flight from arrival until the answer is written or the socket gone: the span the client waits on.
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    let settled = false;
    const settle = (): void => {
      if (!settled) this.inFlight -= 1;
      settled = true;
    };
    response.once('finish', settle);
    response.once('close', settle);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = request.method ?? 'GET';
    const url = request.url ?? '/';
    this.requests.push({ method, url, headers: request.headers, body });
    if (this.requests.length > 100) this.requests.shift();

    const headerFault = request.headers[FAULT_HEADER];
    const fault = (typeof headerFault === 'string' ? headerFault : this.queuedFaults.shift()) as Fault | undefined;
    if (fault === 'drop') {
      request.socket.destroy();
      return;
    }

    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const answer = this.route(method, url, request.headers, body, fault);
      const { gate } = this;
      if (gate !== undefined) {
        if (this.inFlight >= gate.count) gate.release(true);
        await gate.open;
      }
      if (fault === 'slow') await this.delay(this.options.slowMs ?? 1000);
      if (!response.destroyed) this.answer(response, answer, fault);
    } finally {
      this.inFlight -= 1;
    }
  }

  private route(
    method: string,
    url: string,
    headers: IncomingHttpHeaders,
    body: Buffer,
    fault: Fault | undefined,
  ): RouteAnswer {
    const [pathname = '/', search = ''] = url.split(/\?(.*)/s);
    let matched: { compiled: CompiledRoute; values: string[] } | undefined;
    for (const compiled of this.routes) {
      const match = compiled.route.method === method ? compiled.pattern.exec(pathname) : null;
      if (match) {
        matched = { compiled, values: match.slice(1) };
        break;
      }
    }
    if (matched === undefined) {
      return { status: 404, json: { code: 'NOT_FOUND', message: `无此接口 ${method} ${pathname}` } };
    }
    const { route, names } = matched.compiled;

    // BODY of the signature: the `meta` part for uploads, the raw body otherwise.
    let upload: Upload | undefined;
    let signedBody = body.toString('utf8');
    if (route.request === 'multipart') {
      const parts = parseMultipart(body, headers['content-type'] ?? '');
      const meta = parts?.get('meta');
      const file = parts?.get('file');
      if (!meta || !file) return paramError('multipart 需要 meta 与 file 两个部分');
      upload = {
        meta: meta.content.toString('utf8'),
        file: file.content,
        filename: /filename="([^"]*)"/.exec(file.headers)?.[1] ?? '',
        fileType: /content-type:\s*([^\r\n]+)/i.exec(file.headers)?.[1] ?? '',
      };
      signedBody = upload.meta;
    }

    const authError = this.checkSignature(method, url, headers['authorization'], signedBody);
    if (authError !== undefined) return { status: 401, json: { code: 'SIGN_ERROR', message: authError } };
    this.verifiedRequests += 1;

    if (fault === 'status-429') return { status: 429, json: { code: 'FREQUENCY_LIMITED', message: '频率超限' } };
    if (fault === 'status-500') return { status: 500, json: { code: 'SYSTEM_ERROR', message: '系统错误' } };

    let json: Record<string, unknown> | undefined;
    if (route.request === 'json') {
      if (!/^application\/json\b/.test(headers['content-type'] ?? ''))
        return paramError('Content-Type 必须为 application/json');
      try {
        json = JSON.parse(signedBody) as Record<string, unknown>;
      } catch {
        return paramError('请求体不是合法的 JSON');
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) return paramError('请求体必须为 JSON 对象');
      const missing = (route.required ?? []).filter((field) => json![field] === undefined || json![field] === null);
      if (missing.length > 0) return paramError(`缺少必填参数：${missing.join(', ')}`);
    }
    const query = new URLSearchParams(search);
    const missingQuery = (route.requiredQuery ?? []).filter((name) => !query.has(name));
    if (missingQuery.length > 0) return paramError(`缺少必填查询参数：${missingQuery.join(', ')}`);

    const params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(matched.values[index]!)]));
    return route.handle({
      method,
      url,
      params,
      query,
      body: json,
      upload,
      headers,
      state: this.state,
      identity: this.options,
    });
  }

  /** Returns why the Authorization header is rejected, or undefined when it verifies. */
  private checkSignature(method: string, url: string, header: string | undefined, body: string): string | undefined {
    const fields = parseAuthorization(header);
    if (fields === undefined) return 'Authorization 缺失或认证类型不是 WECHATPAY2-SHA256-RSA2048';
    const { mchid, nonce_str: nonce, signature, timestamp, serial_no: serial } = fields;
    if (!mchid || !nonce || !signature || !timestamp || !serial)
      return 'Authorization 缺少 mchid/nonce_str/signature/timestamp/serial_no';
    if (mchid !== this.options.mchid) return `商户号 ${mchid} 不存在`;
    if (serial !== this.options.merchantSerial) return `商户证书序列号 ${serial} 不存在或已过期`;
    if (nonce.length !== 32) return 'nonce_str 长度必须为 32';
    if (!/^\d+$/.test(timestamp) || Math.abs(this.now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS)
      return '请求时间戳已过期';
    const message = `${method}\n${url}\n${timestamp}\n${nonce}\n${body}\n`;
    const valid = verify(
      'sha256',
      Buffer.from(message),
      this.options.merchantPublicKey,
      Buffer.from(signature, 'base64'),
    );
    return valid ? undefined : '签名错误，请检查后再试';
  }

  private answer(response: ServerResponse, answer: RouteAnswer, fault: Fault | undefined): void {
    response.setHeader('Request-ID', randomBytes(16).toString('hex'));
    if (answer.bytes !== undefined) {
      // Downloads are not signed by WeChat Pay.
      response.writeHead(answer.status, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': answer.bytes.length,
      });
      response.end(answer.bytes);
      return;
    }
    const body = answer.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(answer.json));
    const now = Math.floor(this.now() / 1000);
    const timestamp = String(fault === 'stale-timestamp' ? now - 3600 : now);
    const nonce = randomBytes(16).toString('hex');
    const signed = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), body, Buffer.from('\n')]);
    const message = fault === 'tampered-signature' ? Buffer.concat([signed, Buffer.from('tampered')]) : signed;
    const signature = sign('sha256', message, this.options.platformPrivateKey).toString('base64');
    const sent = fault === 'tampered-body' ? Buffer.concat([body, Buffer.from(' ')]) : body;

    response.setHeader('Wechatpay-Timestamp', timestamp);
    response.setHeader('Wechatpay-Nonce', nonce);
    if (fault !== 'missing-signature') response.setHeader('Wechatpay-Signature', signature);
    response.setHeader(
      'Wechatpay-Serial',
      fault === 'unknown-serial' ? '5157F09EFDC096DE15EBE81A47057A72000000FF' : this.options.platformSerial,
    );
    response.setHeader('Wechatpay-Signature-Type', 'WECHATPAY2-SHA256-RSA2048');
    if (sent.length > 0) response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.writeHead(answer.status);
    response.end(sent);
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
// WeChat Pay → merchant: a POST to notify_url, signed like an answer, its
// resource encrypted with the merchant's APIv3 key (AEAD_AES_256_GCM), again
// written against node:crypto directly, not the runtime.

export const NOTIFICATION_FAULTS = [
  'tampered-signature', // signature over something else
  'tampered-body', // body changed after signing
  'stale-timestamp', // correctly signed, timestamp an hour old
  'unknown-serial', // correctly signed, Wechatpay-Serial not known to the merchant
  'missing-signature', // no Wechatpay-Signature header
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

const ORIGINAL_TYPES: Readonly<Record<string, string>> = {
  TRANSACTION: 'transaction',
  REFUND: 'refund',
  PROFITSHARING: 'profitsharing',
};

/** AEAD_AES_256_GCM as WeChat Pay does it: base64(encrypted ‖ 16-byte tag). */
export function encryptResource(
  plaintext: string,
  apiV3Key: string | Buffer,
  nonce: string,
  associatedData: string,
): string {
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(nonce), { authTagLength: 16 });
  cipher.setAAD(Buffer.from(associatedData));
  return Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64');
}

function flipBit(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  const at = index < 0 ? bytes.length + index : index;
  bytes[at] = bytes[at]! ^ 0x01;
  return bytes.toString('base64');
}

/** Signs `body` as the platform does: headers over TIMESTAMP\nNONCE\nBODY\n. */
export function signNotification(
  body: Buffer,
  identity: Pick<NotificationIdentity, 'platformSerial' | 'platformPrivateKey'>,
  options: { timestamp?: number; fault?: NotificationFault } = {},
): { headers: Record<string, string>; body: Buffer } {
  const { fault } = options;
  const now = options.timestamp ?? Math.floor(Date.now() / 1000);
  const timestamp = String(fault === 'stale-timestamp' ? now - 3600 : now);
  const nonce = randomBytes(16).toString('hex');
  const signed = Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`), body, Buffer.from('\n')]);
  const message = fault === 'tampered-signature' ? Buffer.concat([signed, Buffer.from('tampered')]) : signed;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Serial':
      fault === 'unknown-serial' ? '5157F09EFDC096DE15EBE81A47057A72000000FF' : identity.platformSerial,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
  if (fault !== 'missing-signature')
    headers['Wechatpay-Signature'] = sign('sha256', message, identity.platformPrivateKey).toString('base64');
  return { headers, body: fault === 'tampered-body' ? Buffer.concat([body.subarray(0, -1), Buffer.from(' }')]) : body };
}

/** A notification as WeChat Pay sends it, with the requested fault. */
export function buildNotification(identity: NotificationIdentity, input: NotificationInput): BuiltNotification {
  const { fault } = input;
  const eventType = fault === 'unknown-event' ? 'SIMULATOR.NEW_EVENT' : input.eventType;
  const originalType = input.originalType ?? ORIGINAL_TYPES[eventType.split('.')[0]!] ?? 'unknown';
  const nonce = randomBytes(6).toString('hex'); // 12 characters, as WeChat Pay's
  const key = fault === 'wrong-apiv3-key' ? randomBytes(16).toString('hex') : identity.apiV3Key;
  let ciphertext = encryptResource(JSON.stringify(input.resource), key, nonce, originalType);
  if (fault === 'tampered-ciphertext') ciphertext = flipBit(ciphertext, 0);
  if (fault === 'tampered-tag') ciphertext = flipBit(ciphertext, -1);
  const id = randomUUID();
  const notification: Record<string, unknown> = {
    id,
    create_time: rfc3339(),
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary: input.summary ?? '通知',
    resource: {
      original_type: originalType,
      algorithm: fault === 'unsupported-algorithm' ? 'AEAD_SM4_GCM' : 'AEAD_AES_256_GCM',
      ciphertext,
      associated_data: fault === 'tampered-associated-data' ? `${originalType}x` : originalType,
      nonce,
    },
  };
  if (fault === 'no-resource') delete notification['resource'];
  const text = fault === 'body-not-json' ? `<xml><id>${id}</id></xml>` : JSON.stringify(notification);
  return { id, ...signNotification(Buffer.from(text), identity, { fault }) };
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
