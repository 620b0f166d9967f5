// The client object. The endpoint table is injected, never imported: the
// generated package binds its table with defineWechatpay(), tests pass one
// explicitly, and without a table every chain uses the naming convention.

import type { Readable } from 'node:stream';
import axios, { type AxiosInstance, type AxiosRequestConfig } from 'axios';
import { createRootProxy, type UntypedApi } from './chain.ts';
import { createNotificationParser, type NotificationParser } from './client-notifications.ts';
import { resolveConfig, type WechatpayConfig } from './config.ts';
import type { EndpointTable } from './endpoints.ts';
import type { AppPaymentParams, RequestPaymentParams } from './pay-sign.ts';
import {
  MerchantToolkit,
  attachToolkit,
  toolkitOf,
  type AppPaymentRequest,
  type DownloadBillRequest,
  type RequestPaymentRequest,
} from './toolkit.ts';
import { SignedTransport } from './transport.ts';
import { PlatformCertificateStore } from './certificate-store.ts';
import type { PublicKeyStore } from './key-store.ts';
import type { ProductInfo } from './user-agent.ts';

/** What the generated package provides to the runtime. */
export interface RuntimeBindings {
  /** Chain key → path and operations, as emitted by the generator. */
  readonly endpoints?: EndpointTable;
  /** Package name and version for the User-Agent header. */
  readonly product?: ProductInfo;
  /** The event types of the spec's webhooks: `notifications.parse` rejects others with UnknownNotificationEventError. */
  readonly eventTypes?: readonly string[];
}

const NO_ENDPOINTS: EndpointTable = Object.freeze({});

export class Wechatpay {
  /** The underlying axios instance (interceptors, defaults). Requests are signed before its interceptors run. */
  declare readonly axios: AxiosInstance;
  /** `notifications.parse({ headers, body })`: verifies and decrypts a notification with `certs` and `apiV3Key`. */
  declare readonly notifications: NotificationParser;
  /** The downloaded platform certificates when neither `certs` nor `keyStore` was given (with `apiV3Key`); else undefined. */
  declare readonly certificates: PlatformCertificateStore | undefined;

  constructor(config: WechatpayConfig, bindings: RuntimeBindings = {}) {
    const resolved = resolveConfig(config, bindings.product);
    const http = axios.create(resolved.axiosDefaults);
    const { credentials, clock, nonce } = resolved;
    // Filled in below when the client downloads the platform certificates itself (it needs the transport to).
    let certificateStore: PlatformCertificateStore | undefined;
    const keyStore: PublicKeyStore = resolved.keyStore ?? {
      get: (serial) => certificateStore!.get(serial),
      encryptionKey: () => certificateStore!.encryptionKey(),
      ready: () => certificateStore!.ready(),
      refresh: () => certificateStore!.refresh(),
    };
    const transport = new SignedTransport(
      http,
      bindings.endpoints ?? NO_ENDPOINTS,
      resolved.strict,
      { mchid: credentials.mchid, serial: credentials.serial, privateKey: credentials.privateKey, clock, nonce },
      { keyStore, clock },
      { retry: resolved.retry, log: resolved.log },
    );
    if (resolved.keyStore === undefined) {
      certificateStore = new PlatformCertificateStore({
        download: () => transport.fetchUnverified('/v3/certificates'),
        apiV3Key: resolved.apiV3Key!.export(),
        clock,
      });
    }
    Object.defineProperty(this, 'certificates', { value: certificateStore, enumerable: false });
    // Non-enumerable so spreading or logging the client shows nothing internal.
    Object.defineProperty(this, 'axios', { value: http, enumerable: false });
    Object.defineProperty(this, 'notifications', {
      value: createNotificationParser(keyStore, clock, resolved.apiV3Key, bindings.eventTypes),
      enumerable: false,
    });
    // Returning the proxy makes `new Wechatpay(…).v3…` (and subclasses) start chains.
    const client = createRootProxy(this, transport.invoke);
    attachToolkit(client, new MerchantToolkit(http, resolved.credentials));
    return client;
  }

  /** Pay-sign for `wx.requestPayment()` (JSAPI, mini program, H5 in WeChat), signed with the merchant key. */
  requestPayment(input: RequestPaymentRequest): RequestPaymentParams {
    return toolkitOf(this).requestPayment(input);
  }

  /** Pay-sign for the APP SDK's payment request; `partnerid` is this client's mchid. */
  appPayment(input: AppPaymentRequest): AppPaymentParams {
    return toolkitOf(this).appPayment(input);
  }

  /** Decrypts a sensitive field of an answer (RSA-OAEP to the merchant key) with the merchant private key. */
  decrypt(ciphertext: string): string {
    return toolkitOf(this).decrypt(ciphertext);
  }

  /** Downloads a bill from the `download_url` of a bill answer and checks it (see verifyBill); resolves to the bill. */
  downloadBill(input: DownloadBillRequest, config?: AxiosRequestConfig): Promise<Buffer> {
    return toolkitOf(this).downloadBill(input, config);
  }

  /** downloadBill as a stream of the bill, which errors at its end when the file does not check. */
  downloadBillStream(input: DownloadBillRequest, config?: AxiosRequestConfig): Promise<Readable> {
    return toolkitOf(this).downloadBillStream(input, config);
  }
}

/** A Wechatpay class with its endpoint table (and typed API) bound in. */
export type BoundWechatpay<Api extends object> = new (config: WechatpayConfig) => Wechatpay & Api;

/**
 * Binds the generated table: `export const Wechatpay = defineWechatpay<Api>({ endpoints, product })`
 * in the package entry gives users `new Wechatpay(config)`.
 */
export function defineWechatpay<Api extends object = UntypedApi>(bindings: RuntimeBindings): BoundWechatpay<Api> {
  class BoundClient extends Wechatpay {
    constructor(config: WechatpayConfig) {
      super(config, bindings);
    }
  }
  Object.defineProperty(BoundClient, 'name', { value: 'Wechatpay' });
  return BoundClient as unknown as BoundWechatpay<Api>;
}

/** Factory form of `new Wechatpay(config, bindings)`. */
export function createWechatpay<Api extends object = UntypedApi>(
  config: WechatpayConfig,
  bindings: RuntimeBindings = {},
): Wechatpay & Api {
  return new Wechatpay(config, bindings) as Wechatpay & Api;
}
