// The SDK through `require`: the package's "require" condition (client.js, protocol.js).
'use strict'

const pkg = require('wechatpay-apiv3')
const protocol = require('wechatpay-apiv3/protocol')
const { createRequire } = require('node:module')
const { run } = require('./scenarios.cjs')

const entry = require.resolve('wechatpay-apiv3')
run({
  format: 'cjs',
  pkg,
  protocol,
  resolved: { entry, protocol: require.resolve('wechatpay-apiv3/protocol'), axios: createRequire(entry).resolve('axios') },
}).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
