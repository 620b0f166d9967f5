// A key store that downloads WeChat Pay's platform certificates (GET /v3/certificates) itself: what the client
// uses when it has the APIv3 key but neither `certs` nor a `keyStore`. Every download is checked with
// verifyCertificatesAnswer (the bootstrap signature check, each certificate decrypted with the APIv3 key) and only
// certificates valid now are kept; a download that fails the check changes nothing.

import type { KeyObject } from 'node:crypto';
import { verifyCertificatesAnswer, type PlatformCertificate } from './certificates.ts';
import type { Clock } from './config.ts';
import type { EncryptionKey, PublicKeyStore } from './key-store.ts';
import type { ResponseHeaders } from './verifier.ts';

/** Fetches the raw `/v3/certificates` answer (signed request, unverified answer: the store verifies it). */
export type CertificatesDownload = () => Promise<{ readonly headers: ResponseHeaders; readonly body: Uint8Array }>;

export interface PlatformCertificateStoreOptions {
  readonly download: CertificatesDownload;
  /** The APIv3 key, which decrypts the certificates. */
  readonly apiV3Key: string | Uint8Array;
  /** Unix milliseconds (default Date.now): when to refresh, and which certificates are valid. */
  readonly clock?: Clock;
  /** How old the certificates may get before the next call downloads them again (default 12 hours). */
  readonly refreshIntervalMs?: number;
}

export const CERTIFICATES_REFRESH_INTERVAL_MS: number = 12 * 3600_000;

export class PlatformCertificateStore implements PublicKeyStore {
  private certificates: readonly PlatformCertificate[] = [];
  private downloadedAt: number | undefined;
  private pending: Promise<void> | undefined;
  private readonly clock: Clock;
  private readonly interval: number;
  /** Downloads made (tests and diagnostics). */
  downloads = 0;

  constructor(private readonly options: PlatformCertificateStoreOptions) {
    this.clock = options.clock ?? Date.now;
    this.interval = options.refreshIntervalMs ?? CERTIFICATES_REFRESH_INTERVAL_MS;
    // The APIv3 key must not show up when the store is logged.
    Object.defineProperty(this, 'options', { enumerable: false });
  }

  /** Valid now, the one that expires last first. */
  private valid(): PlatformCertificate[] {
    const now = this.clock();
    return this.certificates.filter(
      (certificate) => certificate.validFrom.getTime() <= now && now <= certificate.validTo.getTime(),
    );
  }

  get(serial: string): KeyObject | undefined {
    const wanted = serial.toUpperCase().replace(/^0+/, '');
    return this.valid().find((certificate) => certificate.serial.toUpperCase().replace(/^0+/, '') === wanted)
      ?.publicKey;
  }

  /** The valid certificate that expires last: the one WeChat Pay expects sensitive fields encrypted to. */
  encryptionKey(): EncryptionKey | undefined {
    const [latest] = this.valid();
    return latest === undefined ? undefined : { serial: latest.serial, key: latest.publicKey };
  }

  /** Before a call: downloads when nothing was downloaded yet or the last download is older than the interval. */
  ready(): Promise<void> {
    if (this.downloadedAt !== undefined && this.clock() - this.downloadedAt < this.interval && this.valid().length > 0)
      return Promise.resolve();
    return this.refresh();
  }

  /** Downloads now; concurrent callers share one download. Rejects (and keeps what it had) when the answer does not check. */
  refresh(): Promise<void> {
    this.pending ??= this.download().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  /** The certificates held and valid now. */
  current(): readonly PlatformCertificate[] {
    return this.valid();
  }

  private async download(): Promise<void> {
    this.downloads += 1;
    const { headers, body } = await this.options.download();
    const certificates = verifyCertificatesAnswer({
      headers,
      body,
      apiV3Key: this.options.apiV3Key,
      now: Math.floor(this.clock() / 1000),
    });
    this.certificates = certificates;
    this.downloadedAt = this.clock();
  }
}
