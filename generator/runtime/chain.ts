// Property chains: `wxpay.v3.profitsharing.returnOrders.post(data, config)`.
// Each node is a Proxy over a function (so `node(data)` is the POST shorthand);
// nodes are created once per chain and cached, verbs once per node.

import type { AxiosResponse } from 'axios';
import type { HttpMethod } from './endpoints.ts';
import type { EndpointRequestConfig, Invoke } from './transport.ts';

/** Untyped view of an endpoint node; the generated typings replace it with exact types. */
export interface EndpointMethods {
  /** Shorthand for post(). */
  (data?: unknown, config?: EndpointRequestConfig): Promise<AxiosResponse>;
  get(config?: EndpointRequestConfig): Promise<AxiosResponse>;
  post(data?: unknown, config?: EndpointRequestConfig): Promise<AxiosResponse>;
  put(data?: unknown, config?: EndpointRequestConfig): Promise<AxiosResponse>;
  patch(data?: unknown, config?: EndpointRequestConfig): Promise<AxiosResponse>;
  delete(config?: EndpointRequestConfig): Promise<AxiosResponse>;
}

export type UntypedEndpoint = EndpointMethods & { readonly [segment: string]: UntypedEndpoint };

/** The untyped API surface: every chain under `v3` is callable. */
export interface UntypedApi {
  readonly v3: UntypedEndpoint;
}

type Verb = (first?: unknown, second?: EndpointRequestConfig) => Promise<AxiosResponse>;

const VERBS: ReadonlySet<string> = new Set<HttpMethod>(['get', 'post', 'put', 'patch', 'delete']);

// Names that generic code probes on any object. Answering them with a chain
// node would make `await node` call .then, JSON.stringify call .toJSON, etc.
const NOT_SEGMENTS: ReadonlySet<string> = new Set([
  'then',
  'catch',
  'finally',
  'toJSON',
  'constructor',
  'prototype',
  '__proto__',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
]);

function makeVerb(invoke: Invoke, segments: readonly string[], method: HttpMethod): Verb {
  // get/delete take (config) — a DELETE body, if ever needed, goes in config.data
  // as with axios.delete; post/put/patch take (data, config).
  if (method === 'get')
    return (config) => invoke(segments, method, undefined, config as EndpointRequestConfig | undefined);
  if (method === 'delete') {
    return (config) => {
      const options = config as EndpointRequestConfig | undefined;
      return invoke(segments, method, options?.data, options);
    };
  }
  return (data, config) => invoke(segments, method, data, config);
}

/** Children of one node, created on first access. */
class ChildCache {
  private readonly children = new Map<string, unknown>();

  constructor(
    private readonly invoke: Invoke,
    private readonly prefix: readonly string[],
  ) {}

  get(segment: string): unknown {
    let child = this.children.get(segment);
    if (child === undefined) {
      child = createEndpointNode(this.invoke, [...this.prefix, segment]);
      this.children.set(segment, child);
    }
    return child;
  }
}

export function createEndpointNode(invoke: Invoke, segments: readonly string[]): UntypedEndpoint {
  const chain = segments.join('.');
  // An arrow function has no non-configurable `prototype`, which keeps Proxy invariants simple.
  const target = (): void => undefined;
  Object.defineProperty(target, 'name', { value: chain });
  Object.defineProperty(target, 'toString', { value: () => `[WechatpayEndpoint ${chain}]` });
  const children = new ChildCache(invoke, segments);
  const verbs = new Map<string, Verb>();

  return new Proxy(target, {
    get(node, property) {
      if (typeof property === 'symbol' || property === 'toString' || property === 'valueOf') {
        return Reflect.get(node, property);
      }
      if (NOT_SEGMENTS.has(property)) return undefined;
      if (VERBS.has(property)) {
        let verb = verbs.get(property);
        if (verb === undefined) {
          verb = makeVerb(invoke, segments, property as HttpMethod);
          verbs.set(property, verb);
        }
        return verb;
      }
      return children.get(property);
    },
    apply(_node, _this, args: unknown[]) {
      return invoke(segments, 'post', args[0], args[1] as EndpointRequestConfig | undefined);
    },
    has(node, property) {
      return typeof property === 'string' ? !NOT_SEGMENTS.has(property) : Reflect.has(node, property);
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  }) as unknown as UntypedEndpoint;
}

/**
 * Wraps the client object: its own members stay as they are, any other string
 * property starts a chain (`wxpay.v3`). Not thenable, so `await wxpay` is safe.
 */
export function createRootProxy<T extends object>(client: T, invoke: Invoke): T {
  const children = new ChildCache(invoke, []);
  return new Proxy(client, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || property in target) return Reflect.get(target, property, receiver);
      if (NOT_SEGMENTS.has(property)) return undefined;
      return children.get(property);
    },
  });
}
