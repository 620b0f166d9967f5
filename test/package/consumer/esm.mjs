// The SDK through `import`: the package's "import" condition (client.mjs, protocol.mjs).
import * as pkg from 'wechatpay-apiv3'
import * as protocol from 'wechatpay-apiv3/protocol'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import scenarios from './scenarios.cjs'

const entry = fileURLToPath(import.meta.resolve('wechatpay-apiv3'))
await scenarios.run({
  format: 'esm',
  pkg,
  protocol,
  resolved: {
    entry,
    protocol: fileURLToPath(import.meta.resolve('wechatpay-apiv3/protocol')),
    // axios as the package itself finds it: it must be the consumer's install, not a copy outside the project.
    axios: createRequire(entry).resolve('axios'),
  },
})
