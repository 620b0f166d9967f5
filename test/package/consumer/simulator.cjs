// The simulator through `require`: the package's "require" condition (simulator.js, client.js).
'use strict'

const pkg = require('wechatpay-apiv3')
const simulatorModule = require('wechatpay-apiv3/simulator')
const scenarios = require('./simulator-scenarios.cjs')

scenarios.run({ format: 'cjs', pkg, simulatorModule, resolved: require.resolve('wechatpay-apiv3/simulator') }).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
