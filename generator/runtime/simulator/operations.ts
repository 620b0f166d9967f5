// The data the simulator is driven by: one entry per operation of the spec, as the generator emits it into the
// package (simulator/operations.json). Nothing here knows an endpoint; everything comes from the spec.

/** A JSON Schema with `$ref`s inlined and only validation keywords kept (the subset schema.ts checks). */
export interface Schema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly required?: readonly string[];
  readonly properties?: { readonly [name: string]: Schema };
  readonly items?: Schema;
  readonly additionalProperties?: boolean | Schema;
  readonly allOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly not?: Schema;
  /** The spec's first example of this value. */
  readonly example?: unknown;
  /** Encrypted on the wire: with WeChat Pay's key in requests, with the merchant's key in answers. */
  readonly sensitive?: boolean;
  /** Constraining keywords of the spec that the simulator does not check (it says so instead of passing silently). */
  readonly unchecked?: readonly string[];
}

export type SimulatorHttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH';

export interface SimulatorOperation {
  readonly method: SimulatorHttpMethod;
  /** The URL template: `/v3/pay/transactions/out-trade-no/{out_trade_no}`. */
  readonly path: string;
  /** How the request carries its data: a JSON body, a multipart upload (`meta` + `file`), or nothing. */
  readonly request: 'none' | 'json' | 'multipart';
  readonly pathParameters: { readonly [name: string]: Schema };
  readonly queryParameters: { readonly [name: string]: Schema };
  readonly requiredQuery: readonly string[];
  /** The JSON body's schema (for an upload: its `meta` part's). */
  readonly body?: Schema;
  readonly bodyRequired: boolean;
  /**
   * The body's sensitive fields as paths (`name`, `receivers[].name`), as the client's endpoint table lists them;
   * the simulator finds them by the `sensitive` marks of `body`, the same spec's.
   */
  readonly sensitive?: readonly string[];
  /** The success answer: JSON (signed), empty (a signed 204) or a file (unsigned bytes). */
  readonly answer: {
    readonly status: number;
    readonly kind: 'json' | 'empty' | 'binary';
    readonly schema?: Schema;
    /** The spec's example of the whole answer, when it gives one. */
    readonly example?: unknown;
  };
}

/** A notification the spec describes (a `webhooks` entry): its event type and the schema of its decrypted resource. */
export interface SimulatorWebhook {
  readonly eventType: string;
  readonly resource: Schema;
}

/** simulator/operations.json */
export interface SimulatorOperations {
  /** The version of the spec (`info.version`) the data was generated from. */
  readonly version: string;
  readonly operations: readonly SimulatorOperation[];
  readonly webhooks: readonly SimulatorWebhook[];
}

/** `'POST /v3/pay/transactions/jsapi'`: how handlers and fault rules name an operation. */
export function operationKey(operation: Pick<SimulatorOperation, 'method' | 'path'>): string {
  return `${operation.method} ${operation.path}`;
}
