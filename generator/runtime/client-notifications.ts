// `wxpay.notifications`: parseNotification with the client's key store and clock, APIv3 key
// and the event types the generated package knows.

import type { KeyObject } from 'node:crypto';
import { WechatpayConfigError } from './errors.ts';
import { parseNotification, type Notification, type ParseNotificationInput } from './notification.ts';
import type { Clock } from './config.ts';
import type { PublicKeyStore } from './key-store.ts';

/** What `wxpay.notifications.parse` takes: the request's headers and raw body. */
export type ClientNotificationInput = Pick<ParseNotificationInput, 'headers' | 'body' | 'now' | 'maxSkewSeconds'>;

export interface NotificationParser {
  /** Verifies and decrypts a notification; see parseNotification. */
  parse(input: ClientNotificationInput): Notification;
}

export function createNotificationParser(
  keyStore: PublicKeyStore,
  clock: Clock,
  apiV3Key: KeyObject | undefined,
  eventTypes: readonly string[] | undefined,
): NotificationParser {
  const known = eventTypes === undefined ? undefined : new Set(eventTypes);
  return Object.freeze({
    parse(input: ClientNotificationInput): Notification {
      if (apiV3Key === undefined) {
        throw new WechatpayConfigError(
          'apiV3Key',
          'apiV3Key is required to parse notifications: new Wechatpay({ …, apiV3Key })',
        );
      }
      const { headers, body, now, maxSkewSeconds } = input;
      const seconds = now ?? Math.floor(clock() / 1000);
      return parseNotification({
        headers,
        body,
        now: seconds,
        maxSkewSeconds,
        certs: keyStore,
        apiV3Key,
        eventTypes: known,
      });
    },
  });
}
