// Error classes raised by the runtime itself. Transport failures and non-2xx
// answers stay axios errors (AxiosError) so existing axios handling keeps working.
//
// Rule for every message here: name the field, serial or endpoint involved,
// never key material (PEM text, key bytes) — messages end up in logs.

import type { AxiosResponse } from 'axios';

/** Base class of every error raised by the runtime (not by axios). */
export class WechatpayError extends Error {
  override name = 'WechatpayError';

  /** For JSON loggers: name, message and the error's own fields, minus the (circular) response. */
  toJSON(): Record<string, unknown> {
    const fields: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'response' && key !== 'cause') fields[key] = value;
    }
    const { response } = this as { response?: AxiosResponse };
    if (response !== undefined) fields['status'] = response.status;
    return fields;
  }
}

/** The constructor configuration is incomplete or a key cannot be used. */
export class WechatpayConfigError extends WechatpayError {
  override name = 'WechatpayConfigError';
  /** The offending configuration field, e.g. `privateKey` or `certs[PUB_KEY_ID_…]`. */
  readonly field: string;

  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.field = field;
  }
}

/** Strict mode: the property chain (or its HTTP method) is not in the endpoint table. */
export class UnknownEndpointError extends WechatpayError {
  override name = 'UnknownEndpointError';
  /** The chain as written, e.g. `v3.profitsharing.returnOrder`. */
  readonly chain: string;
  /** Lower-case HTTP method that was called. */
  readonly method: string;
  /** Closest known chains, best first. */
  readonly suggestions: readonly string[];

  constructor(message: string, chain: string, method: string, suggestions: readonly string[]) {
    super(message);
    this.chain = chain;
    this.method = method;
    this.suggestions = suggestions;
  }
}

/** A `{name}` placeholder of the URL had no usable value in the request config. */
export class MissingPathParameterError extends WechatpayError {
  override name = 'MissingPathParameterError';
  readonly parameter: string;
  readonly path: string;

  constructor(parameter: string, path: string, reason = 'is missing') {
    super(
      `Path parameter "${parameter}" of ${path} ${reason}; pass it in the request config, e.g. { ${parameter}: '…' }`,
    );
    this.parameter = parameter;
    this.path = path;
  }
}

/**
 * A 2xx response could not be trusted. Its body was NOT parsed into application
 * data; `response` (when the client raised it) holds the raw, unverified response.
 */
export class ResponseVerificationError extends WechatpayError {
  override name = 'ResponseVerificationError';
  /** The unverified axios response; its `data` is the raw body (Buffer). */
  response?: AxiosResponse;
}

/** One or more of the `Wechatpay-*` signature headers is absent. */
export class ResponseHeadersMissingError extends ResponseVerificationError {
  override name = 'ResponseHeadersMissingError';
  readonly missing: readonly string[];

  constructor(missing: readonly string[]) {
    super(`Response is missing signature header(s): ${missing.join(', ')}`);
    this.missing = missing;
  }
}

/** `Wechatpay-Serial` names a key that is not in `certs`. */
export class UnknownSerialError extends ResponseVerificationError {
  override name = 'UnknownSerialError';
  readonly serial: string;

  constructor(serial: string) {
    super(
      `Response was signed with serial ${JSON.stringify(serial)}, which is not in certs; ` +
        'download the current platform certificate / WeChat Pay public key and add it',
    );
    this.serial = serial;
  }
}

/** The signature does not verify with the key registered for `Wechatpay-Serial`. */
export class SignatureMismatchError extends ResponseVerificationError {
  override name = 'SignatureMismatchError';
  readonly serial: string;

  constructor(serial: string, options?: { cause?: unknown }) {
    super(`Response signature does not verify with the key of serial ${JSON.stringify(serial)}`, options);
    this.serial = serial;
  }
}

/** `Wechatpay-Timestamp` is malformed or too far from the local clock (replay protection). */
export class TimestampSkewError extends ResponseVerificationError {
  override name = 'TimestampSkewError';
  /** The header value as received. */
  readonly timestamp: string;
  /** Local clock, Unix seconds. */
  readonly now: number;
  readonly maxSkewSeconds: number;

  constructor(timestamp: string, now: number, maxSkewSeconds: number) {
    const value = Number(timestamp);
    super(
      /^\d+$/.test(timestamp)
        ? `Response timestamp ${timestamp} is ${Math.abs(now - value)} s away from the local clock ${now} (allowed: ${maxSkewSeconds} s)`
        : `Response timestamp ${JSON.stringify(timestamp)} is not a Unix timestamp in seconds`,
    );
    this.timestamp = timestamp;
    this.now = now;
    this.maxSkewSeconds = maxSkewSeconds;
  }
}

// Merchant toolkit (sensitive fields, platform certificates, bills).

/** Ciphertext that does not decrypt with the key given: the wrong key, or data altered on the way. */
export class DecryptionError extends WechatpayError {
  override name = 'DecryptionError';
  /** What was being decrypted, e.g. `sensitive field`, `platform certificate 5157…`, `bill`. */
  readonly what: string;

  constructor(what: string, options?: { cause?: unknown }) {
    super(`${what} could not be decrypted: wrong key, or the data was altered`, options);
    this.what = what;
  }
}

/** An algorithm (a bill's `hash_type`, a certificate's `algorithm`) this runtime or this Node.js cannot use. */
export class UnsupportedAlgorithmError extends WechatpayError {
  override name = 'UnsupportedAlgorithmError';
  readonly algorithm: string;

  constructor(algorithm: string, message: string) {
    super(message);
    this.algorithm = algorithm;
  }
}

/** A downloaded bill whose digest is not the `hash_value` of the (verified) bill answer: do not use the file. */
export class BillDigestMismatchError extends WechatpayError {
  override name = 'BillDigestMismatchError';
  readonly hashType: string;
  /** The `hash_value` of the bill answer, lower-case hex. */
  readonly expected: string;
  /** The digest of the file as received (uncompressed and decrypted), lower-case hex. */
  readonly actual: string;

  constructor(hashType: string, expected: string, actual: string) {
    super(`Bill digest mismatch: ${hashType} of the bill is ${actual}, the bill answer said ${expected}`);
    this.hashType = hashType;
    this.expected = expected;
    this.actual = actual;
  }
}

/** Why a platform certificate is refused. */
export type CertificateProblem = 'unparsable' | 'serial-mismatch' | 'not-yet-valid' | 'expired' | 'not-rsa';

/** A platform certificate from `/v3/certificates` that must not be trusted. */
export class CertificateError extends WechatpayError {
  override name = 'CertificateError';
  /** `serial_no` of the entry. */
  readonly serial: string;
  readonly problem: CertificateProblem;

  constructor(serial: string, problem: CertificateProblem, detail: string) {
    super(`Platform certificate ${serial} refused (${problem}): ${detail}`);
    this.serial = serial;
    this.problem = problem;
  }
}
