// The notification server on node:http, the package through `require` (client.js); see notify-server.cjs.
'use strict'

const { serve } = require('./notify-server.cjs')

serve({ format: 'cjs', pkg: require('wechatpay-apiv3') }).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
