// Reading one request as WeChat Pay does, in its order: the signature (401 SIGN_ERROR), then the path, the query
// and the body against the operation's schemas (400 PARAM_ERROR naming the field), sensitive fields decrypted
// with the platform key once Wechatpay-Serial names it.

import type { IncomingHttpHeaders } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { createHash } from 'node:crypto';
import { authorizationProblem, type MerchantIdentity } from './authorization.ts';
import { readUpload, type Upload } from './multipart.ts';
import type { SimulatorOperation } from './operations.ts';
import { parameterValue, validate } from './schema.ts';
import { decryptSensitiveFields, SensitiveFieldError, sensitiveFieldsIn } from './sensitive.ts';

/** A WeChat Pay error answer. */
export interface ErrorAnswer {
  readonly status: number;
  readonly body: { code: string; message: string; detail?: { field: string; location: string; issue: string } };
}

export interface ReadRequest {
  readonly params: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly body: unknown;
  readonly upload: Upload | undefined;
}

export interface RawRequest {
  readonly method: string;
  readonly url: string;
  readonly search: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly now: number;
}

export function paramError(location: string, field: string, issue: string): ErrorAnswer {
  return {
    status: 400,
    body: {
      code: 'PARAM_ERROR',
      message: `${field === '' ? location : field}：${issue}`,
      detail: { field, location, issue },
    },
  };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The signature check alone, on the bytes the signature covers; an upload is read for its `meta`. */
export function checkSignature(
  raw: RawRequest,
  operation: SimulatorOperation,
  merchant: MerchantIdentity,
): { upload?: Upload; error?: ErrorAnswer } {
  let signedBody = raw.body.toString('utf8');
  let upload: Upload | undefined;
  if (operation.request === 'multipart') {
    upload = readUpload(raw.body, header(raw.headers, 'content-type'));
    if (upload === undefined)
      return { error: paramError('body', '', 'multipart/form-data 需要 meta 与 file 两个部分') };
    signedBody = upload.meta;
  }
  const problem = authorizationProblem(
    {
      method: raw.method,
      url: raw.url,
      authorization: header(raw.headers, 'authorization'),
      body: signedBody,
      now: raw.now,
    },
    merchant,
  );
  if (problem !== undefined) return { error: { status: 401, body: { code: 'SIGN_ERROR', message: problem } } };
  return upload === undefined ? {} : { upload };
}

export function readRequest(
  raw: RawRequest,
  operation: SimulatorOperation,
  params: Readonly<Record<string, string>>,
  upload: Upload | undefined,
  platform: { serial: string; privateKey: KeyObject },
): { request?: ReadRequest; error?: ErrorAnswer } {
  const typedParams: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(operation.pathParameters)) {
    const text = params[name] ?? '';
    if (text === '' || text === `{${name}}`) return { error: paramError('path', name, '必填，缺失') };
    const value = parameterValue(schema, text);
    const problem = validate(schema, value, name);
    if (problem) return { error: paramError('path', problem.field, problem.issue) };
    typedParams[name] = value;
  }

  const search = new URLSearchParams(raw.search);
  const query: Record<string, unknown> = {};
  for (const name of operation.requiredQuery) {
    if (!search.has(name)) return { error: paramError('query', name, '必填，缺失') };
  }
  for (const [name, text] of search) {
    const schema = operation.queryParameters[name];
    const value = schema === undefined ? text : parameterValue(schema, text);
    if (schema !== undefined) {
      const problem = validate(schema, value, name);
      if (problem) return { error: paramError('query', problem.field, problem.issue) };
    }
    query[name] = value;
  }

  let body: unknown;
  if (operation.request === 'json' || operation.request === 'multipart') {
    let text = upload?.meta;
    if (operation.request === 'json') {
      text = raw.body.toString('utf8');
      if (text !== '' && !/^application\/json\b/i.test(header(raw.headers, 'content-type') ?? '')) {
        return { error: paramError('header', 'Content-Type', '应为 application/json') };
      }
    }
    if (text === undefined || text === '') {
      if (operation.bodyRequired) return { error: paramError('body', '', '请求体必填，缺失') };
    } else {
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        return { error: paramError('body', '', '不是合法的 JSON') };
      }
    }
    if (body !== undefined && operation.body !== undefined) {
      const decrypted = decryptBody(operation, body, raw.headers, platform);
      if (decrypted.error) return { error: decrypted.error };
      body = decrypted.body;
      const problem = validate(operation.body, body);
      if (problem) return { error: paramError('body', problem.field, problem.issue) };
    }
  }
  if (upload !== undefined && typeof body === 'object' && body !== null) {
    // An upload's meta names the file's digest: WeChat Pay refuses a file that is not the one described.
    const sha256 = (body as Record<string, unknown>)['sha256'];
    if (typeof sha256 === 'string' && createHash('sha256').update(upload.file).digest('hex') !== sha256.toLowerCase()) {
      return { error: paramError('body', 'sha256', '与上传文件的 SHA-256 摘要不一致') };
    }
  }
  return { request: { params: typedParams, query, body, upload } };
}

function decryptBody(
  operation: SimulatorOperation,
  body: unknown,
  headers: IncomingHttpHeaders,
  platform: { serial: string; privateKey: KeyObject },
): { body?: unknown; error?: ErrorAnswer } {
  const fields = sensitiveFieldsIn(operation.body!, body);
  if (fields.length === 0) return { body };
  const serial = header(headers, 'wechatpay-serial');
  if (serial === undefined || serial.toUpperCase() !== platform.serial.toUpperCase()) {
    return {
      error: paramError(
        'header',
        'Wechatpay-Serial',
        `应为加密 ${fields.join('、')} 所用的微信支付公钥 ID 或平台证书序列号 ${platform.serial}，收到 ${serial ?? '（无）'}`,
      ),
    };
  }
  try {
    return { body: decryptSensitiveFields(operation.body!, body, platform.privateKey) };
  } catch (error) {
    if (error instanceof SensitiveFieldError) return { error: paramError('body', error.field, error.message) };
    throw error;
  }
}
