// The APIv3 signing protocol on its own, free of axios: for users who sign
// requests and verify responses with another HTTP client.

export {
  AUTHORIZATION_SCHEME,
  buildAuthorization,
  buildRequestMessage,
  createNonce,
  createTimestamp,
  signMessage,
  signMessageOffThread,
  signRequest,
  signRequestOffThread,
  type AuthorizationFields,
  type SignedRequest,
  type SignRequestInput,
} from './signer.ts';
export {
  DEFAULT_MAX_SKEW_SECONDS,
  RESPONSE_SIGNATURE_HEADERS,
  buildResponseMessage,
  verifyResponse,
  type PublicKeyMap,
  type ResponseHeaders,
  type VerifiedResponse,
  type VerifyResponseInput,
} from './verifier.ts';
// Every error class of the runtime, the client's too: they share one copy with the client (see generator/inputs/runtime/bundle.ts),
// and what the bundle exports, the declarations must declare.
export {
  BillDigestMismatchError,
  CertificateError,
  DecryptionError,
  MissingPathParameterError,
  ResponseHeadersMissingError,
  ResponseVerificationError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownEndpointError,
  UnknownSerialError,
  UnsupportedAlgorithmError,
  WechatpayConfigError,
  WechatpayError,
  type CertificateProblem,
} from './errors.ts';
export { loadPrivateKey, loadPublicKey, type KeyInput } from './keys.ts';
// Notifications: verify, decrypt, answer.
export { AEAD_AES_256_GCM, decryptResource, loadApiV3Key, type ApiV3KeyInput, type EncryptedResource } from './aead.ts';
export {
  parseNotification,
  type Notification,
  type NotificationHeaders,
  type ParseNotificationInput,
} from './notification.ts';
export {
  MalformedNotificationError,
  NotificationDecryptionError,
  UnknownNotificationEventError,
  type DecryptionFailure,
  type MalformedNotificationReason,
} from './notification-errors.ts';
export { notificationAnswer, type NotificationAnswer, type NotificationFailureOptions } from './notification-answer.ts';
export { StaticPublicKeyStore, type EncryptionKey, type PublicKeyStore } from './key-store.ts';
// The merchant toolkit: pay-sign for the front end, sensitive fields, platform certificates, bills.
export {
  buildAppPaymentMessage,
  buildRequestPaymentMessage,
  signAppPayment,
  signRequestPayment,
  type AppPaymentInput,
  type AppPaymentParams,
  type RequestPaymentInput,
  type RequestPaymentParams,
} from './pay-sign.ts';
export { decryptSensitive, encryptSensitive } from './sensitive.ts';
export { encryptSensitiveFields } from './sensitive-fields.ts';
export { aes256Key, decryptAeadAes256Gcm, type AeadAes256GcmInput } from './aead-aes-256-gcm.ts';
export {
  checkCertificateValidity,
  decryptCertificate,
  decryptCertificates,
  selectValidCertificates,
  verifyCertificatesAnswer,
  type CertificateEntry,
  type CertificatesAnswer,
  type EncryptedCertificate,
  type PlatformCertificate,
  type VerifyCertificatesAnswerInput,
} from './certificates.ts';
export {
  billDigest,
  decryptBill,
  decryptBillKey,
  verifyBill,
  type BillHashType,
  type DecryptBillInput,
  type VerifyBillInput,
} from './bill.ts';
export { createBillVerifier, type BillVerifierOptions } from './bill-stream.ts';
