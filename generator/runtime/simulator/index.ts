// wechatpay-apiv3/simulator: a local WeChat Pay APIv3 service driven by the spec's operations. The package entry
// binds the generated simulator/operations.json to `startSimulatorOf` as `startSimulator`.

export { exampleRequest, specAnswer, type ExampleRequest } from './answer.ts';
export { exampleOf } from './example.ts';
export {
  FAULT_HEADER,
  SIMULATOR_FAULTS,
  seededRandom,
  type FaultRequest,
  type FaultRule,
  type SimulatorFault,
} from './faults.ts';
export type { PlatformKeys, PlatformOptions } from './identity.ts';
export type { Upload } from './multipart.ts';
export {
  NOTIFICATION_FAULTS,
  buildNotification,
  type BuiltNotification,
  type NotificationAnswer,
  type NotificationFault,
  type NotifyOptions,
} from './notify.ts';
export {
  operationKey,
  type Schema,
  type SimulatorHttpMethod,
  type SimulatorOperation,
  type SimulatorOperations,
  type SimulatorWebhook,
} from './operations.ts';
export { SimulatorReply, fail, reply } from './reply.ts';
export { validate, type SchemaProblem } from './schema.ts';
export {
  startSimulatorOf,
  type RecordedRequest,
  type Simulator,
  type SimulatorHandler,
  type SimulatorOptions,
  type SimulatorRequest,
  type SimulatorStats,
} from './server.ts';
