// What a merchant's notify_url must do with each notification the simulator can send: the error class that rejects
// it and the answer the handler sends (status, and the fixed FAIL message), as the READMEs document them.

import type { NotificationFault } from '../runtime/simulator.ts'

export const FAULT_OUTCOMES: Record<NotificationFault, { name: string; status: number; message?: string }> = {
  'tampered-signature': { name: 'SignatureMismatchError', status: 401, message: '签名验证失败' },
  'tampered-body': { name: 'SignatureMismatchError', status: 401, message: '签名验证失败' },
  'stale-timestamp': { name: 'TimestampSkewError', status: 401, message: '签名验证失败' },
  'unknown-serial': { name: 'UnknownSerialError', status: 401, message: '签名验证失败' },
  'missing-signature': { name: 'ResponseHeadersMissingError', status: 401, message: '签名验证失败' },
  'wrong-apiv3-key': { name: 'NotificationDecryptionError', status: 400, message: '通知解密失败' },
  'tampered-ciphertext': { name: 'NotificationDecryptionError', status: 400, message: '通知解密失败' },
  'tampered-tag': { name: 'NotificationDecryptionError', status: 400, message: '通知解密失败' },
  'tampered-associated-data': { name: 'NotificationDecryptionError', status: 400, message: '通知解密失败' },
  'unsupported-algorithm': { name: 'NotificationDecryptionError', status: 400, message: '通知解密失败' },
  'body-not-json': { name: 'MalformedNotificationError', status: 400, message: '通知格式错误' },
  'no-resource': { name: 'MalformedNotificationError', status: 400, message: '通知格式错误' },
  // Authentic, of an event type the spec does not have: delivered to the handler, which stores it and answers success.
  'unknown-event': { name: 'UnknownNotificationEventError', status: 204 },
}
