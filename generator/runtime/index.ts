// Public surface of the runtime. The generated package entry re-exports this
// and binds its endpoint table with defineWechatpay().

export { Wechatpay, createWechatpay, defineWechatpay, type BoundWechatpay, type RuntimeBindings } from './client.ts';
export { DEFAULT_BASE_URL, type Clock, type NonceSource, type WechatpayConfig } from './config.ts';
export type { RetryOptions } from './retry.ts';
export type { DebugLog } from './debug.ts';
export {
  CERTIFICATES_REFRESH_INTERVAL_MS,
  PlatformCertificateStore,
  type CertificatesDownload,
  type PlatformCertificateStoreOptions,
} from './certificate-store.ts';
export type { EndpointMethods, UntypedApi, UntypedEndpoint } from './chain.ts';
export type { EndpointRequestConfig } from './transport.ts';
export {
  HTTP_METHODS,
  type EndpointEntry,
  type EndpointTable,
  type HttpMethod,
  type OperationShape,
  type RequestKind,
  type ResponseKind,
} from './endpoints.ts';
export type { MultipartPayload, UploadFile } from './multipart.ts';
export { chainToPathTemplate, pathTemplateToChainKey, propertyToSegment, segmentToProperty } from './naming.ts';
export { DEFAULT_PRODUCT, buildUserAgent, type ProductInfo } from './user-agent.ts';
export { MissingPathParameterError, UnknownEndpointError } from './errors.ts';
export type { ClientNotificationInput, NotificationParser } from './client-notifications.ts';
export * from './protocol.ts';
export type { AppPaymentRequest, DownloadBillRequest, RequestPaymentRequest } from './toolkit.ts';
