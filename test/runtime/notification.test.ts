// decryptResource against committed AEAD_AES_256_GCM vectors (test/fixtures/notifications/, made with python3's
// cryptography by make-vectors.py, TEST-ONLY keys), and parseNotification on notifications built from them and
// signed in the run with a generated platform key.

import { createCipheriv, createSecretKey, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  MalformedNotificationError,
  NotificationDecryptionError,
  ResponseVerificationError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownNotificationEventError,
  WechatpayConfigError,
  WechatpayError,
  decryptResource,
  loadApiV3Key,
  notificationAnswer,
  parseNotification,
  type EncryptedResource,
} from '../../generator/runtime/protocol.ts';
import { Wechatpay } from '../../generator/runtime/index.ts';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, createKeyPair } from './fixtures.ts';
import { signNotification } from './simulator.ts';
import { SIGNATURE_FAULT_ERRORS } from './signature-faults.ts';

interface Vector {
  name: string;
  key: string;
  algorithm: string;
  nonce: string;
  associated_data: string;
  ciphertext: string;
}
interface ValidVector extends Vector {
  plaintext: string;
}
interface InvalidVector extends Vector {
  reason: string;
}
const vectors = JSON.parse(
  readFileSync(new URL('../fixtures/notifications/aead-vectors.json', import.meta.url), 'utf8'),
) as {
  valid: ValidVector[];
  invalid: InvalidVector[];
};
const TEST_ONLY_KEY = vectors.valid[0]!.key;

function resourceOf(vector: Vector): EncryptedResource {
  const { algorithm, ciphertext, nonce, associated_data } = vector;
  return { algorithm, ciphertext, nonce, associated_data, original_type: 'transaction' };
}

function thrown(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** Everything a logger could print of an error. */
function printed(error: Error): string {
  const json = (error as Error & { toJSON?: () => unknown }).toJSON?.();
  return [String(error), error.stack, JSON.stringify(json), inspect(error, { depth: 8 })].join('\n');
}

describe('decryptResource: committed vectors', () => {
  it('has vectors of both kinds', () => {
    expect(vectors.valid.length).toBeGreaterThanOrEqual(4);
    expect(vectors.invalid.map((vector) => vector.name)).toEqual(
      expect.arrayContaining([
        'tampered tag',
        'tampered ciphertext',
        'wrong key',
        'wrong associated_data',
        'wrong algorithm',
      ]),
    );
  });

  it.each(vectors.valid)('$name: decrypts to the plaintext', (vector) => {
    expect(decryptResource(resourceOf(vector), vector.key)).toBe(vector.plaintext);
  });

  it.each(vectors.valid)(
    '$name: node:crypto encrypting the plaintext gives the committed ciphertext (the vectors are AES-256-GCM as Node does it)',
    (vector) => {
      const cipher = createCipheriv('aes-256-gcm', Buffer.from(vector.key), Buffer.from(vector.nonce), {
        authTagLength: 16,
      });
      cipher.setAAD(Buffer.from(vector.associated_data));
      const sealed = Buffer.concat([cipher.update(vector.plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      expect(sealed.toString('base64')).toBe(vector.ciphertext);
    },
  );

  it('takes the key as text, bytes or a secret KeyObject; no algorithm means AEAD_AES_256_GCM', () => {
    const vector = vectors.valid[0]!;
    const { algorithm: _omitted, ...withoutAlgorithm } = resourceOf(vector);
    for (const key of [
      vector.key,
      Buffer.from(vector.key),
      new Uint8Array(Buffer.from(vector.key)),
      createSecretKey(Buffer.from(vector.key)),
    ]) {
      expect(decryptResource(withoutAlgorithm, key)).toBe(vector.plaintext);
    }
  });

  it.each(vectors.invalid)(
    '$name: NotificationDecryptionError ($reason), not a signature error, no key or plaintext in it',
    (vector) => {
      const error = thrown(() => decryptResource(resourceOf(vector), vector.key));
      expect(error).toBeInstanceOf(NotificationDecryptionError);
      expect(error).toBeInstanceOf(WechatpayError);
      expect(error).not.toBeInstanceOf(ResponseVerificationError);
      expect((error as NotificationDecryptionError).reason).toBe(vector.reason);
      const text = printed(error);
      for (const secret of [
        vector.key,
        TEST_ONLY_KEY,
        vectors.valid[0]!.plaintext,
        '支付成功',
        'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o',
      ]) {
        expect(text).not.toContain(secret);
      }
    },
  );
});

describe('the APIv3 key', () => {
  it.each([
    ['31 bytes', TEST_ONLY_KEY.slice(0, 31)],
    ['33 bytes (a trailing newline)', `${TEST_ONLY_KEY}\n`],
    ['empty', ''],
    ['a number', 42],
  ])('%s: WechatpayConfigError naming apiV3Key, without the key', (_label, key) => {
    const error = thrown(() => loadApiV3Key(key));
    expect(error).toBeInstanceOf(WechatpayConfigError);
    expect((error as WechatpayConfigError).field).toBe('apiV3Key');
    expect(printed(error)).not.toContain(TEST_ONLY_KEY.slice(0, 31));
  });

  it('says why a 33-byte key read from a file fails', () => {
    expect(thrown(() => loadApiV3Key(`${TEST_ONLY_KEY}\n`)).message).toMatch(/exactly 32 bytes.*got 33.*whitespace/);
  });

  it('a 32-character key with multi-byte characters is not 32 bytes', () => {
    expect(thrown(() => loadApiV3Key('密'.repeat(32)))).toBeInstanceOf(WechatpayConfigError);
  });
});

// ——— parseNotification ———

const platform = createKeyPair();
const certs = { [PLATFORM_SERIAL]: platform.publicPem };
const signer = { platformSerial: PLATFORM_SERIAL, platformPrivateKey: platform.privateKey };

interface Envelope {
  id: string;
  create_time: string;
  event_type: string;
  resource_type: string;
  summary: string;
  resource?: unknown;
}

function envelopeOf(vector: Vector, eventType = 'TRANSACTION.SUCCESS'): Envelope {
  return {
    id: 'EV-018372', // any id
    create_time: '2018-06-08T10:34:56+08:00',
    resource_type: 'encrypt-resource',
    event_type: eventType,
    summary: '支付成功',
    resource: resourceOf(vector),
  };
}

function signed(body: string | Buffer, options: Parameters<typeof signNotification>[2] = {}) {
  return signNotification(Buffer.from(body), signer, options);
}

const transaction = vectors.valid[0]!;

describe('parseNotification', () => {
  it('returns the envelope with the resource decrypted and original_type kept', () => {
    const { headers, body } = signed(JSON.stringify(envelopeOf(transaction)));
    expect(parseNotification({ headers, body, certs, apiV3Key: TEST_ONLY_KEY })).toEqual({
      id: 'EV-018372',
      create_time: '2018-06-08T10:34:56+08:00',
      resource_type: 'encrypt-resource',
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      original_type: 'transaction',
      resource: JSON.parse(transaction.plaintext),
    });
  });

  it('reads headers as IncomingHttpHeaders (lower case, arrays), fetch Headers or any case; body as Buffer, Uint8Array or string', () => {
    const { headers, body } = signed(JSON.stringify(envelopeOf(vectors.valid[1]!, 'REFUND.SUCCESS')));
    const lower = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
    const upper = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toUpperCase(), value]));
    const arrays = Object.fromEntries(Object.entries(lower).map(([name, value]) => [name, [value]]));
    const expected = JSON.parse(vectors.valid[1]!.plaintext);
    for (const headerForm of [lower, upper, arrays, new Headers(headers)]) {
      for (const bodyForm of [body, body.toString('utf8'), new Uint8Array(body)]) {
        expect(
          parseNotification({ headers: headerForm, body: bodyForm, certs, apiV3Key: TEST_ONLY_KEY }).resource,
        ).toEqual(expected);
      }
    }
  });

  it('takes the clock as `now`: a notification older than 300 s is refused', () => {
    const timestamp = 1_700_000_000;
    const { headers, body } = signed(JSON.stringify(envelopeOf(transaction)), { timestamp });
    const input = { headers, body, certs, apiV3Key: TEST_ONLY_KEY };
    expect(parseNotification({ ...input, now: timestamp + 300 }).id).toBe('EV-018372');
    expect(thrown(() => parseNotification({ ...input, now: timestamp + 301 }))).toBeInstanceOf(TimestampSkewError);
    expect(thrown(() => parseNotification(input))).toBeInstanceOf(TimestampSkewError);
  });

  const body = JSON.stringify(envelopeOf(transaction));
  it.each(SIGNATURE_FAULT_ERRORS)('signature fault %s: %o (a ResponseVerificationError)', (fault, errorClass) => {
    const notification = signed(body, { fault });
    const error = thrown(() => parseNotification({ ...notification, certs, apiV3Key: TEST_ONLY_KEY }));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(ResponseVerificationError);
  });

  it('checks the signature before anything else: a bad signature on an undecryptable body is a signature error', () => {
    const wrongKey = envelopeOf(vectors.invalid.find((vector) => vector.name === 'wrong key')!);
    const error = thrown(() =>
      parseNotification({
        ...signed(JSON.stringify(wrongKey), { fault: 'tampered-body' }),
        certs,
        apiV3Key: TEST_ONLY_KEY,
      }),
    );
    expect(error).toBeInstanceOf(SignatureMismatchError);
  });

  it.each(vectors.invalid)(
    'resource fault "$name", correctly signed: NotificationDecryptionError ($reason)',
    (vector) => {
      const error = thrown(() =>
        parseNotification({ ...signed(JSON.stringify(envelopeOf(vector))), certs, apiV3Key: vector.key }),
      );
      expect(error).toBeInstanceOf(NotificationDecryptionError);
      expect((error as NotificationDecryptionError).reason).toBe(vector.reason);
    },
  );

  it('the wrong APIv3 key of the merchant: NotificationDecryptionError', () => {
    const error = thrown(() => parseNotification({ ...signed(body), certs, apiV3Key: randomBytes(32) }));
    expect((error as NotificationDecryptionError).reason).toBe('authentication-failed');
  });

  const { resource: _resource, ...withoutResource } = envelopeOf(transaction);
  it.each([
    {
      label: 'a body that is not JSON',
      text: '<xml><return_code>SUCCESS</return_code></xml>',
      reason: 'body-not-json',
    },
    { label: 'a JSON array', text: '[1,2]', reason: 'body-not-json' },
    { label: 'no resource', text: JSON.stringify(withoutResource), reason: 'resource-missing' },
    {
      label: 'a resource that is a string',
      text: JSON.stringify({ ...withoutResource, resource: 'x' }),
      reason: 'resource-missing',
    },
    {
      label: 'no event_type',
      text: JSON.stringify({ ...envelopeOf(transaction), event_type: undefined }),
      reason: 'envelope-field',
    },
    {
      label: 'a resource that is not JSON once decrypted',
      text: JSON.stringify(envelopeOf(vectors.valid.find((vector) => vector.plaintext === '')!)),
      reason: 'resource-not-json',
    },
  ])('$label, correctly signed: MalformedNotificationError ($reason)', ({ text, reason }) => {
    const error = thrown(() => parseNotification({ ...signed(text), certs, apiV3Key: TEST_ONLY_KEY }));
    expect(error).toBeInstanceOf(MalformedNotificationError);
    expect(error).not.toBeInstanceOf(ResponseVerificationError);
    expect((error as MalformedNotificationError).reason).toBe(reason);
  });

  it('a body already parsed by a JSON body parser: MalformedNotificationError (body-not-raw) that says how to read it raw', () => {
    const { headers } = signed(body);
    const error = thrown(() =>
      parseNotification({ headers, body: JSON.parse(body) as string, certs, apiV3Key: TEST_ONLY_KEY }),
    );
    expect(error).toBeInstanceOf(MalformedNotificationError);
    expect((error as MalformedNotificationError).reason).toBe('body-not-raw');
    expect(error.message).toContain('express.raw');
  });

  it('an event type outside `eventTypes`: UnknownNotificationEventError carrying the verified notification, which logs do not print', () => {
    const notification = signed(JSON.stringify(envelopeOf(transaction, 'TRANSACTION.SOMETHING_NEW')));
    const input = { ...notification, certs, apiV3Key: TEST_ONLY_KEY };
    expect(parseNotification({ ...input, eventTypes: ['TRANSACTION.SOMETHING_NEW'] }).event_type).toBe(
      'TRANSACTION.SOMETHING_NEW',
    );
    const error = thrown(() => parseNotification({ ...input, eventTypes: ['TRANSACTION.SUCCESS', 'REFUND.SUCCESS'] }));
    expect(error).toBeInstanceOf(UnknownNotificationEventError);
    const unknown = error as UnknownNotificationEventError;
    expect(unknown.eventType).toBe('TRANSACTION.SOMETHING_NEW');
    expect(unknown.notification.resource).toEqual(JSON.parse(transaction.plaintext));
    expect(printed(unknown)).not.toContain('oUpF8uMuAJO_M2pxb1Q9zNjWeS6o');
  });
});

describe('notificationAnswer', () => {
  it('success: 204 without a body', () => {
    expect(notificationAnswer()).toEqual({ status: 204, headers: {}, body: '' });
    expect(notificationAnswer(true)).toEqual({ status: 204, headers: {}, body: '' });
  });

  it.each([
    [new SignatureMismatchError(PLATFORM_SERIAL), 401, '签名验证失败'],
    [new MalformedNotificationError('body-not-json', 'x'), 400, '通知格式错误'],
    [new NotificationDecryptionError('authentication-failed', 'AEAD_AES_256_GCM', 'x'), 400, '通知解密失败'],
    [new Error('database is down: password=hunter2'), 500, '处理失败'],
    [false, 500, '处理失败'],
  ])('failure for %o: %i with {"code":"FAIL"} and a fixed message', (outcome, status, message) => {
    const answer = notificationAnswer(outcome);
    expect(answer.status).toBe(status);
    expect(answer.headers['Content-Type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ code: 'FAIL', message });
  });

  it('takes a status and message of the caller; refuses a status that is not a failure', () => {
    expect(notificationAnswer(new Error('busy'), { status: 503, message: '稍后重试' })).toMatchObject({
      status: 503,
      body: '{"code":"FAIL","message":"稍后重试"}',
    });
    expect(() => notificationAnswer(new Error('x'), { status: 200 })).toThrow(RangeError);
  });
});

describe('new Wechatpay({ apiV3Key }) and wxpay.notifications.parse', () => {
  const merchant = createKeyPair();
  const config = { mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: merchant.privatePem, certs };

  it('checks the key at construction, without echoing it', () => {
    const error = thrown(() => new Wechatpay({ ...config, apiV3Key: `${TEST_ONLY_KEY}x` }));
    expect(error).toBeInstanceOf(WechatpayConfigError);
    expect((error as WechatpayConfigError).field).toBe('apiV3Key');
    expect(printed(error)).not.toContain(TEST_ONLY_KEY);
  });

  it("parses with the client's certs and key; the key is in neither the axios defaults nor an inspection of the client", () => {
    const wxpay = new Wechatpay({ ...config, apiV3Key: TEST_ONLY_KEY });
    const notification = wxpay.notifications.parse(signed(JSON.stringify(envelopeOf(transaction))));
    expect(notification.resource).toEqual(JSON.parse(transaction.plaintext));
    expect(JSON.stringify(wxpay.axios.defaults)).not.toContain(TEST_ONLY_KEY);
    expect(inspect(wxpay, { depth: 8, showHidden: true })).not.toContain(TEST_ONLY_KEY);
    expect(inspect(wxpay.notifications, { depth: 8, showHidden: true })).not.toContain(TEST_ONLY_KEY);
  });

  it('rejects with the same classes as parseNotification', () => {
    const wxpay = new Wechatpay({ ...config, apiV3Key: TEST_ONLY_KEY });
    expect(
      thrown(() =>
        wxpay.notifications.parse(signed(JSON.stringify(envelopeOf(transaction)), { fault: 'tampered-body' })),
      ),
    ).toBeInstanceOf(SignatureMismatchError);
    const tag = vectors.invalid.find((vector) => vector.name === 'tampered tag')!;
    expect(thrown(() => wxpay.notifications.parse(signed(JSON.stringify(envelopeOf(tag)))))).toBeInstanceOf(
      NotificationDecryptionError,
    );
  });

  it('without apiV3Key: parsing is a WechatpayConfigError', () => {
    const wxpay = new Wechatpay(config);
    const error = thrown(() => wxpay.notifications.parse(signed(JSON.stringify(envelopeOf(transaction)))));
    expect(error).toBeInstanceOf(WechatpayConfigError);
    expect((error as WechatpayConfigError).field).toBe('apiV3Key');
  });
});
