// One signed APIv3 call through axios, as four named steps (each its own module, each testable alone):
//
//   prepare  (prepare.ts)    resolve the endpoint, build the exact URL and body
//   sign     (authorize.ts)  signRequest over them, with the injected clock and nonce source
//   send     (send.ts)       axios, with our bytes untouched
//   receive  (receive.ts)    verify the answer with the injected key store, then parse it

import type { AxiosInstance, AxiosResponse } from 'axios';
import { signPreparedRequest, type RequestSigner } from './authorize.ts';
import { DEFAULT_BASE_URL } from './config.ts';
import type { EndpointTable, HttpMethod } from './endpoints.ts';
import { prepareRequest, resolveRoute, type EndpointRequestConfig, type Route } from './prepare.ts';
import { verifyAndParse, type ResponseVerifier } from './receive.ts';
import { sendRequest } from './send.ts';

export type { EndpointRequestConfig } from './prepare.ts';

/** Performs a call for a property chain; what the chain proxies invoke. */
export type Invoke = (
  segments: readonly string[],
  method: HttpMethod,
  data: unknown,
  config: EndpointRequestConfig | undefined,
) => Promise<AxiosResponse>;

export class SignedTransport {
  // Chain nodes pass the same segments array on every call: routes are resolved once per chain and verb.
  private readonly routes = new WeakMap<readonly string[], Map<HttpMethod, Route>>();

  constructor(
    private readonly http: AxiosInstance,
    private readonly table: EndpointTable,
    private readonly strict: boolean,
    private readonly signer: RequestSigner,
    private readonly verifier: ResponseVerifier,
  ) {}

  readonly invoke: Invoke = async (segments, method, data, config = {}) => {
    const route = this.route(segments, method);
    const prepared = await prepareRequest(route, data, config, this.http.defaults.baseURL ?? DEFAULT_BASE_URL);
    const { authorization } = signPreparedRequest(prepared, this.signer);
    const response = await sendRequest(this.http, prepared, authorization);
    return verifyAndParse(response, prepared, this.verifier);
  };

  private route(segments: readonly string[], method: HttpMethod): Route {
    let byMethod = this.routes.get(segments);
    if (byMethod === undefined) {
      byMethod = new Map();
      this.routes.set(segments, byMethod);
    }
    let route = byMethod.get(method);
    if (route === undefined) {
      route = resolveRoute(this.table, segments, method, this.strict);
      byMethod.set(method, route);
    }
    return route;
  }
}
