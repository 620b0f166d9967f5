// Parses key inputs once into KeyObjects. Errors name the field, never the key.

import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';
import { WechatpayConfigError } from './errors.ts';

/** A key as users hold it: PEM text, PEM bytes, or an already parsed KeyObject. */
export type KeyInput = string | Buffer | KeyObject;

function isPemInput(input: unknown): input is string | Buffer {
  return typeof input === 'string' || Buffer.isBuffer(input);
}

function looksLikePrivateKey(input: string | Buffer): boolean {
  return input.toString().includes('PRIVATE KEY-----');
}

/** The merchant API private key (apiclient_key.pem): RSA, PKCS#8 or PKCS#1 PEM. */
export function loadPrivateKey(input: unknown, field = 'privateKey'): KeyObject {
  let key: KeyObject;
  if (input instanceof KeyObject) {
    if (input.type !== 'private') {
      throw new WechatpayConfigError(field, `${field} must be a private key, got a ${input.type} key`);
    }
    key = input;
  } else if (isPemInput(input)) {
    try {
      key = createPrivateKey(input);
    } catch (cause) {
      throw new WechatpayConfigError(field, `${field} could not be parsed as a PEM private key`, { cause });
    }
  } else {
    throw new WechatpayConfigError(field, `${field} is required (PEM string, Buffer or KeyObject)`);
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new WechatpayConfigError(field, `${field} must be an RSA key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}

/**
 * A platform public key: the WeChat Pay public key (pub_key.pem), or a platform
 * certificate PEM whose public key is used.
 */
export function loadPublicKey(input: unknown, field: string): KeyObject {
  let key: KeyObject;
  if (input instanceof KeyObject) {
    if (input.type !== 'public') {
      throw new WechatpayConfigError(field, `${field} must be a public key, got a ${input.type} key`);
    }
    key = input;
  } else if (isPemInput(input)) {
    // createPublicKey would quietly derive a public key from a private one;
    // a private key here is a mistake worth reporting (and keeping out of certs).
    if (looksLikePrivateKey(input)) {
      throw new WechatpayConfigError(
        field,
        `${field} holds a private key; expected a WeChat Pay public key or platform certificate`,
      );
    }
    try {
      key = createPublicKey(input);
    } catch (cause) {
      throw new WechatpayConfigError(field, `${field} could not be parsed as a PEM public key or certificate`, {
        cause,
      });
    }
  } else {
    throw new WechatpayConfigError(field, `${field} must be a PEM string, Buffer or KeyObject`);
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new WechatpayConfigError(field, `${field} must be an RSA key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}
