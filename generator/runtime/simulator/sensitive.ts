// Sensitive fields (`x-sensitive` in the spec): a request's arrive encrypted to the platform key and are read
// decrypted; an answer's leave encrypted to the merchant's key. Found by walking the schema beside the value.

import type { KeyObject } from 'node:crypto';
import { decryptOaep, encryptOaep } from './crypto.ts';
import type { Schema } from './operations.ts';

/** Every string under a sensitive schema node, with its path, as `transform` returns it. */
function mapSensitive(
  schema: Schema,
  value: unknown,
  transform: (text: string, field: string) => string,
  field = '',
): unknown {
  if (schema.sensitive === true && typeof value === 'string') return transform(value, field);
  const members = [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  let result = value;
  if (Array.isArray(value) && schema.items !== undefined) {
    result = value.map((item, index) => mapSensitive(schema.items!, item, transform, `${field}[${index}]`));
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      if (object[name] !== undefined) {
        object[name] = mapSensitive(child, object[name], transform, field === '' ? name : `${field}.${name}`);
      }
    }
    result = object;
  }
  for (const member of members) result = mapSensitive(member, result, transform, field);
  return result;
}

/** The paths of the sensitive strings present in `value`. */
export function sensitiveFieldsIn(schema: Schema, value: unknown): string[] {
  const fields: string[] = [];
  mapSensitive(schema, value, (text, field) => {
    fields.push(field);
    return text;
  });
  return fields;
}

export class SensitiveFieldError extends Error {
  constructor(readonly field: string) {
    super(`${field} 解密失败：应以微信支付公钥（RSA-OAEP）加密`);
  }
}

/** The request body with its sensitive fields decrypted; throws SensitiveFieldError naming one that does not decrypt. */
export function decryptSensitiveFields(schema: Schema, value: unknown, platformKey: KeyObject): unknown {
  return mapSensitive(schema, value, (text, field) => {
    try {
      return decryptOaep(text, platformKey);
    } catch {
      throw new SensitiveFieldError(field);
    }
  });
}

export function encryptSensitiveFields(schema: Schema, value: unknown, merchantKey: KeyObject): unknown {
  return mapSensitive(schema, value, (text) => encryptOaep(text, merchantKey));
}
