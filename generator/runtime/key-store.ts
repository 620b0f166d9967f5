// Where the verifier finds WeChat Pay's public keys. An interface, so that a
// store that downloads platform certificates, or one shared with a
// notification handler, can replace the fixed `certs` of the constructor.

import type { KeyObject } from 'node:crypto';

/** Platform public keys by serial: a platform certificate serial or a WeChat Pay public key id (`PUB_KEY_ID_…`). */
export interface PublicKeyStore {
  /**
   * The key for `serial` exactly as the answer's `Wechatpay-Serial` header gives it, or undefined when the
   * store does not know it (the answer is then refused with UnknownSerialError). Called once per verified answer.
   */
  get(serial: string): KeyObject | undefined;
  /**
   * Optional: the key to encrypt a request's sensitive fields with, and its serial (sent as `Wechatpay-Serial`).
   * `get` cannot answer this: it is asked about a serial the answer names, while encryption needs the store to
   * choose one (a WeChat Pay public key `PUB_KEY_ID_…` first; for platform certificates the newest valid one).
   * A store without it can still serve such requests when the caller sets `Wechatpay-Serial`.
   */
  encryptionKey?(): EncryptionKey | undefined;
  /** Optional: awaited before each call; a store that downloads its keys does so here (once, then when stale). */
  ready?(): Promise<void>;
  /** Optional: awaited once when an answer names a serial `get` does not know, before it is verified again. */
  refresh?(): Promise<void>;
}

/** A WeChat Pay public key (or platform certificate key) that requests' sensitive fields are encrypted to. */
export interface EncryptionKey {
  readonly serial: string;
  readonly key: KeyObject;
}

/** The default store: the keys given as `certs`, parsed once; serials match in any letter case. */
export class StaticPublicKeyStore implements PublicKeyStore {
  private readonly keys: ReadonlyMap<string, KeyObject>;

  /** `keys`: serial → parsed public key (serials in any case). */
  constructor(keys: ReadonlyMap<string, KeyObject> | Iterable<readonly [string, KeyObject]>) {
    const upperCased = new Map<string, KeyObject>();
    for (const [serial, key] of keys) upperCased.set(serial.toUpperCase(), key);
    this.keys = upperCased;
  }

  get(serial: string): KeyObject | undefined {
    // Serials are hex (or PUB_KEY_ID_ + digits); copy & paste changes their case.
    return this.keys.get(serial) ?? this.keys.get(serial.toUpperCase());
  }

  /** A WeChat Pay public key (`PUB_KEY_ID_…`) when one is held, else the first key given. */
  encryptionKey(): EncryptionKey | undefined {
    let chosen: EncryptionKey | undefined;
    for (const [serial, key] of this.keys) {
      if (serial.startsWith('PUB_KEY_ID_')) return { serial, key };
      chosen ??= { serial, key };
    }
    return chosen;
  }

  /** The serials held, upper-cased. */
  serials(): string[] {
    return [...this.keys.keys()];
  }
}
