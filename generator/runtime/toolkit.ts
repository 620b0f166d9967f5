// The merchant toolkit on the client: pay-sign, decryption of sensitive fields and bill downloads with the
// client's own merchant credentials. The pure functions live in protocol (pay-sign.ts, sensitive.ts, bill.ts);
// this module only binds them to one client's key and axios instance.

import { AxiosHeaders, type AxiosInstance, type AxiosRequestConfig, type RawAxiosHeaders } from 'axios';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { verifyBill, type VerifyBillInput } from './bill.ts';
import { createBillVerifier } from './bill-stream.ts';
import { DEFAULT_BASE_URL, type MerchantCredentials } from './config.ts';
import {
  signAppPayment,
  signRequestPayment,
  type AppPaymentInput,
  type AppPaymentParams,
  type RequestPaymentInput,
  type RequestPaymentParams,
} from './pay-sign.ts';
import { toBuffer } from './response-body.ts';
import { explainFailedAnswer } from './send.ts';
import { decryptSensitive } from './sensitive.ts';
import { authorizeGet } from './signed-get.ts';

/** `wxpay.requestPayment()`: the order's AppID and prepay_id (timestamp and nonce default to now and a fresh one). */
export type RequestPaymentRequest = Omit<RequestPaymentInput, 'privateKey'>;

/** `wxpay.appPayment()`: as requestPayment; `partnerid` is the client's mchid. */
export type AppPaymentRequest = Omit<AppPaymentInput, 'privateKey' | 'mchid'>;

/**
 * `wxpay.downloadBill()`: the (verified) answer of a bill request — `download_url`, `hash_type`, `hash_value`,
 * for encrypted bills `encrypt_key` and `nonce` — plus `gzip: true` when the bill was requested with tar_type=GZIP.
 */
export interface DownloadBillRequest extends Omit<VerifyBillInput, 'data' | 'privateKey'> {
  download_url: string;
}

const passThrough = [(data: unknown): unknown => data];

export class MerchantToolkit {
  constructor(
    private readonly http: AxiosInstance,
    private readonly credentials: MerchantCredentials,
  ) {}

  requestPayment(input: RequestPaymentRequest): RequestPaymentParams {
    return signRequestPayment({ ...input, privateKey: this.credentials.privateKey });
  }

  appPayment(input: AppPaymentRequest): AppPaymentParams {
    return signAppPayment({ ...input, mchid: this.credentials.mchid, privateKey: this.credentials.privateKey });
  }

  decrypt(ciphertext: string): string {
    return decryptSensitive(ciphertext, this.credentials.privateKey);
  }

  /**
   * A signed GET of `download_url` (WeChat Pay does not sign files, so the answer is not signature-checked), then
   * verifyBill: decrypt, gunzip, digest. Non-2xx answers reject as AxiosError with `{ code, message }` parsed.
   */
  async downloadBill(input: DownloadBillRequest, config: AxiosRequestConfig = {}): Promise<Buffer> {
    const { check, url } = this.billRequest(input, config);
    const data = await this.fetchBill(url, config, 'arraybuffer');
    return verifyBill({ ...check, data: toBuffer(data), privateKey: this.credentials.privateKey });
  }

  /** downloadBill as a stream of the bill that errors at its end when the file does not check (createBillVerifier). */
  async downloadBillStream(input: DownloadBillRequest, config: AxiosRequestConfig = {}): Promise<Readable> {
    const { check, url } = this.billRequest(input, config);
    const verifier = createBillVerifier({ ...check, privateKey: this.credentials.privateKey });
    const data = (await this.fetchBill(url, config, 'stream')) as Readable;
    // pipeline: a broken download errors the verifier too (and the caller's stream with it).
    pipeline(data, verifier, () => undefined);
    return verifier;
  }

  private billRequest(
    input: DownloadBillRequest,
    config: AxiosRequestConfig,
  ): { check: Omit<DownloadBillRequest, 'download_url'>; url: URL } {
    const { download_url: downloadURL, ...check } = input ?? ({} as DownloadBillRequest);
    if (typeof downloadURL !== 'string' || downloadURL === '')
      throw new TypeError('downloadBill needs download_url from the bill answer');
    // Refuse before downloading what could not be checked afterwards.
    if ((check.hash_value === undefined || check.hash_value === '') && check.encrypt_key === undefined) {
      throw new TypeError('downloadBill needs hash_type and hash_value (or encrypt_key) from the bill answer');
    }
    return { check, url: new URL(downloadURL, config.baseURL ?? this.http.defaults.baseURL ?? DEFAULT_BASE_URL) };
  }

  private async fetchBill(
    url: URL,
    config: AxiosRequestConfig,
    responseType: 'arraybuffer' | 'stream',
  ): Promise<unknown> {
    const headers = new AxiosHeaders(config.headers as RawAxiosHeaders | undefined);
    headers.set('Authorization', authorizeGet(url, this.credentials));
    try {
      const response = await this.http.request({
        ...config,
        method: 'get',
        url: url.href,
        allowAbsoluteUrls: true,
        params: undefined,
        data: undefined,
        headers,
        responseType,
        transformResponse: passThrough,
      });
      return response.data;
    } catch (error) {
      // As for every other call: WeChat Pay's code and message in the error.
      await explainFailedAnswer(error);
      throw error;
    }
  }
}

// Each client's toolkit, by the client object users hold (the root proxy): so no key is reachable from it.
const toolkits = new WeakMap<object, MerchantToolkit>();

export function attachToolkit(client: object, toolkit: MerchantToolkit): void {
  toolkits.set(client, toolkit);
}

export function toolkitOf(client: object): MerchantToolkit {
  const toolkit = toolkits.get(client);
  if (toolkit === undefined)
    throw new TypeError('call the method on the client itself, e.g. wxpay.requestPayment({ … })');
  return toolkit;
}
