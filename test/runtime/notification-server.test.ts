// Notifications end to end: the simulator POSTs signed, encrypted notifications over real HTTP to a node:http
// server (parseNotification from the protocol) and to an Express app (wxpay.notifications.parse of a client), each
// written as the README shows; every fault is rejected with its error class, and 500 notifications with 10 % seeded
// random faults give no wrong acceptance and no wrong rejection.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  MalformedNotificationError,
  NotificationDecryptionError,
  ResponseHeadersMissingError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownNotificationEventError,
  UnknownSerialError,
  defineWechatpay,
  notificationAnswer,
  parseNotification,
  type Notification,
} from '../../generator/runtime/index.ts';
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, createKeyPair, endpoints } from './fixtures.ts';
import {
  NOTIFICATION_FAULTS,
  seededRandom,
  sendNotification,
  type DeliveryResult,
  type NotificationFault,
  type NotificationIdentity,
  type NotificationInput,
} from './simulator.ts';

const merchant = createKeyPair();
const platform = createKeyPair();
/** A test APIv3 key made in the run: 32 hex characters. */
const apiV3Key = randomBytes(16).toString('hex');
const certs = { [PLATFORM_SERIAL]: platform.publicPem };
const sender: NotificationIdentity = {
  platformSerial: PLATFORM_SERIAL,
  platformPrivateKey: platform.privateKey,
  apiV3Key,
};

/** What the generated package will bind: the event types of the spec's webhooks. */
const spec = parse(readFileSync(new URL('../../spec/openapi.yaml', import.meta.url), 'utf8')) as {
  webhooks: Record<string, unknown>;
};
const EVENT_TYPES = Object.keys(spec.webhooks).sort();

const EXPECTED: Record<NotificationFault, new (...args: never[]) => Error> = {
  'tampered-signature': SignatureMismatchError,
  'tampered-body': SignatureMismatchError,
  'stale-timestamp': TimestampSkewError,
  'unknown-serial': UnknownSerialError,
  'missing-signature': ResponseHeadersMissingError,
  'wrong-apiv3-key': NotificationDecryptionError,
  'tampered-ciphertext': NotificationDecryptionError,
  'tampered-tag': NotificationDecryptionError,
  'tampered-associated-data': NotificationDecryptionError,
  'unsupported-algorithm': NotificationDecryptionError,
  'body-not-json': MalformedNotificationError,
  'no-resource': MalformedNotificationError,
  'unknown-event': UnknownNotificationEventError,
};
/** The answer each outcome gets: an authentic notification of an unknown type is stored and acknowledged. */
const EXPECTED_STATUS: Record<string, number> = {
  SignatureMismatchError: 401,
  TimestampSkewError: 401,
  UnknownSerialError: 401,
  ResponseHeadersMissingError: 401,
  NotificationDecryptionError: 400,
  MalformedNotificationError: 400,
  UnknownNotificationEventError: 204,
};

function resourceFor(eventType: string, serial: number): Record<string, unknown> {
  const [kind, state] = eventType.split('.');
  if (kind === 'TRANSACTION') {
    return {
      appid: 'wxd678efh567hg6787',
      mchid: MCHID,
      out_trade_no: `T${serial}`,
      transaction_id: `42000${serial}`,
      trade_type: 'JSAPI',
      trade_state: state,
      trade_state_desc: '支付成功',
      bank_type: 'OTHERS',
      success_time: '2024-01-02T03:04:05+08:00',
      payer: { openid: `o-test-openid-${serial}` },
      amount: { total: serial + 1, payer_total: serial + 1, currency: 'CNY', payer_currency: 'CNY' },
    };
  }
  if (kind === 'REFUND') {
    return {
      mchid: MCHID,
      out_trade_no: `T${serial}`,
      transaction_id: `42000${serial}`,
      out_refund_no: `R${serial}`,
      refund_id: `50300${serial}`,
      refund_status: state,
      user_received_account: '支付用户零钱',
      amount: { total: 100, refund: serial + 1, payer_total: 100, payer_refund: serial + 1 },
    };
  }
  return {
    sp_mchid: MCHID,
    sub_mchid: '1900000109',
    transaction_id: `42000${serial}`,
    order_id: `30008${serial}`,
    out_order_no: `P${serial}`,
    receiver: {
      type: 'MERCHANT_ID',
      account: '86693852',
      amount: serial + 1,
      description: state === 'RETURN' ? '用户退款' : '分给商户',
    },
    success_time: '2024-01-02T03:04:05+08:00',
  };
}

type Outcome = { notification: Notification } | { error: unknown };

/** Outcomes by the delivery's Wechatpay-Nonce, which every delivery has, accepted or not. */
class OutcomeLog {
  private readonly outcomes = new Map<string, Outcome>();

  record(request: IncomingMessage, outcome: Outcome): void {
    this.outcomes.set(String(request.headers['wechatpay-nonce']), outcome);
  }

  of(delivery: DeliveryResult): Outcome {
    const outcome = this.outcomes.get(delivery.nonce);
    if (outcome === undefined) throw new Error(`no outcome recorded for delivery ${delivery.id}`);
    return outcome;
  }
}

// The node:http handler, as in the runtime README.
const httpLog = new OutcomeLog();
const httpServer: Server = createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  let answer;
  try {
    const notification = parseNotification({
      headers: request.headers,
      body: Buffer.concat(chunks),
      certs,
      apiV3Key,
      eventTypes: EVENT_TYPES,
    });
    httpLog.record(request, { notification }); // idempotent by notification.id in a real handler
    answer = notificationAnswer();
  } catch (error) {
    httpLog.record(request, { error });
    answer = error instanceof UnknownNotificationEventError ? notificationAnswer() : notificationAnswer(error);
  }
  response.writeHead(answer.status, answer.headers).end(answer.body);
});

// The Express app: a client with apiV3Key, whose bindings name the event types, and express.raw.
const Wechatpay = defineWechatpay({ endpoints, eventTypes: EVENT_TYPES });
const wxpay = new Wechatpay({
  mchid: MCHID,
  serial: MERCHANT_SERIAL,
  privateKey: merchant.privatePem,
  certs,
  apiV3Key,
});
const expressLog = new OutcomeLog();
const app = express();
app.post('/notify', express.raw({ type: 'application/json' }), (request, response) => {
  let answer;
  try {
    const notification = wxpay.notifications.parse({ headers: request.headers, body: request.body as Buffer });
    expressLog.record(request, { notification });
    answer = notificationAnswer();
  } catch (error) {
    expressLog.record(request, { error });
    answer = error instanceof UnknownNotificationEventError ? notificationAnswer() : notificationAnswer(error);
  }
  response.status(answer.status).set(answer.headers).send(answer.body);
});
// The classic mistake: a JSON body parser before the handler.
app.post('/notify-parsed', express.json(), (request, response) => {
  let answer;
  try {
    wxpay.notifications.parse({ headers: request.headers, body: request.body as Buffer });
    answer = notificationAnswer();
  } catch (error) {
    expressLog.record(request, { error });
    answer = notificationAnswer(error);
  }
  response.status(answer.status).set(answer.headers).send(answer.body);
});
const expressServer: Server = createServer(app);

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}
function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

let httpURL: string;
let expressURL: string;
beforeAll(async () => {
  httpURL = `${await listen(httpServer)}/notify`;
  expressURL = `${await listen(expressServer)}/notify`;
});
afterAll(() => Promise.all([close(httpServer), close(expressServer)]));

const targets = [
  { name: 'node:http + parseNotification', url: () => httpURL, log: httpLog },
  { name: 'Express + express.raw + wxpay.notifications.parse', url: () => expressURL, log: expressLog },
];

describe.each(targets)('$name', ({ url, log }) => {
  it.each(EVENT_TYPES)('accepts %s: 204, the decrypted resource as sent', async (eventType) => {
    const input: NotificationInput = { eventType, resource: resourceFor(eventType, 7) };
    const delivery = await sendNotification(url(), sender, input);
    expect(delivery.status).toBe(204);
    expect(delivery.body).toBe('');
    const outcome = log.of(delivery);
    expect(outcome).toHaveProperty('notification');
    const { notification } = outcome as { notification: Notification };
    expect(notification).toMatchObject({ id: delivery.id, event_type: eventType, resource_type: 'encrypt-resource' });
    expect(notification.resource).toEqual(input.resource);
  });

  it.each(NOTIFICATION_FAULTS)('rejects the fault %s with its error class and answer', async (fault) => {
    const delivery = await sendNotification(url(), sender, {
      eventType: 'REFUND.SUCCESS',
      resource: resourceFor('REFUND.SUCCESS', 1),
      fault,
    });
    const outcome = log.of(delivery);
    expect(outcome).toHaveProperty('error');
    const { error } = outcome as { error: Error };
    expect(error).toBeInstanceOf(EXPECTED[fault]);
    expect(delivery.status).toBe(EXPECTED_STATUS[error.name]);
    if (delivery.status !== 204) expect(JSON.parse(delivery.body)).toMatchObject({ code: 'FAIL' });
    expect(`${error.message}\n${JSON.stringify(error)}`).not.toContain(apiV3Key);
  });
});

it('Express with express.json() before the handler: MalformedNotificationError (body-not-raw), answered 400', async () => {
  const delivery = await sendNotification(`${expressURL}-parsed`, sender, {
    eventType: 'TRANSACTION.SUCCESS',
    resource: resourceFor('TRANSACTION.SUCCESS', 3),
  });
  const { error } = expressLog.of(delivery) as { error: MalformedNotificationError };
  expect(error).toBeInstanceOf(MalformedNotificationError);
  expect(error.reason).toBe('body-not-raw');
  expect(delivery.status).toBe(400);
});

it('500 notifications, 10 % with random faults (seeded), 8 in flight, to both servers: no wrong acceptance, no wrong rejection', async () => {
  const random = seededRandom(20240101);
  const plan = Array.from({ length: 500 }, (_, serial) => {
    const eventType = EVENT_TYPES[Math.floor(random() * EVENT_TYPES.length)]!;
    const fault = random() < 0.1 ? NOTIFICATION_FAULTS[Math.floor(random() * NOTIFICATION_FAULTS.length)] : undefined;
    return {
      serial,
      target: targets[serial % 2]!,
      input: { eventType, resource: resourceFor(eventType, serial), fault },
    };
  });
  const faulty = plan.filter((entry) => entry.input.fault !== undefined).length;
  expect(faulty).toBeGreaterThan(30);
  expect(faulty).toBeLessThan(70);

  const wrong: string[] = [];
  let accepted = 0;
  let rejected = 0;
  let next = 0;
  async function worker(): Promise<void> {
    for (let entry = plan[next++]; entry !== undefined; entry = plan[next++]) {
      const { input, target, serial } = entry;
      const delivery = await sendNotification(target.url(), sender, input);
      const outcome = target.log.of(delivery);
      if (input.fault === undefined) {
        const ok =
          'notification' in outcome &&
          outcome.notification.id === delivery.id &&
          JSON.stringify(outcome.notification.resource) === JSON.stringify(input.resource);
        if (!ok || delivery.status !== 204)
          wrong.push(
            `#${serial} ${input.eventType}: wrongly rejected (${'error' in outcome ? String(outcome.error) : 'resource differs'})`,
          );
        else accepted += 1;
      } else {
        const ok = 'error' in outcome && outcome.error instanceof EXPECTED[input.fault];
        if (!ok)
          wrong.push(
            `#${serial} ${input.fault}: ${'error' in outcome ? `rejected as ${String(outcome.error)}` : 'wrongly accepted'}`,
          );
        else rejected += 1;
      }
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(wrong).toEqual([]);
  expect({ accepted, rejected }).toEqual({ accepted: 500 - faulty, rejected: faulty });
});
