// The User-Agent WeChat Pay asks every client to send. The generator injects
// the published package's name and version through RuntimeBindings.product.

import { arch, platform } from 'node:os';
import axios from 'axios';

export interface ProductInfo {
  readonly name: string;
  readonly version: string;
}

/** Used when the runtime is run from source (tests) without a package identity. */
export const DEFAULT_PRODUCT: ProductInfo = { name: 'wechatpay-runtime', version: '0.0.0-dev' };

/** e.g. `wechatpay-sdk/1.2.3 axios/1.21.1 node/20.20.2 (linux; x64)`. */
export function buildUserAgent(product: ProductInfo = DEFAULT_PRODUCT): string {
  return `${product.name}/${product.version} axios/${axios.VERSION} node/${process.versions.node} (${platform()}; ${arch()})`;
}
