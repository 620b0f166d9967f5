// The APIv3 signing protocol on its own, free of axios: for users who sign
// requests and verify responses with another HTTP client.

export {
  AUTHORIZATION_SCHEME,
  buildAuthorization,
  buildRequestMessage,
  createNonce,
  createTimestamp,
  signMessage,
  signRequest,
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
export {
  ResponseHeadersMissingError,
  ResponseVerificationError,
  SignatureMismatchError,
  TimestampSkewError,
  UnknownSerialError,
  WechatpayConfigError,
  WechatpayError,
} from './errors.ts';
export { loadPrivateKey, loadPublicKey, type KeyInput } from './keys.ts';
