// The simulator through `import`: the package's "import" condition (simulator.mjs, client.mjs).
import * as pkg from 'wechatpay-apiv3'
import * as simulatorModule from 'wechatpay-apiv3/simulator'
import { fileURLToPath } from 'node:url'
import scenarios from './simulator-scenarios.cjs'

await scenarios.run({ format: 'esm', pkg, simulatorModule, resolved: fileURLToPath(import.meta.resolve('wechatpay-apiv3/simulator')) })
