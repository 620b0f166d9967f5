// The notification server as an Express app, the package through `require` (client.js); see notify-server.cjs.
'use strict'

const express = require('express')
const { serve } = require('./notify-server.cjs')

serve({ format: 'cjs', pkg: require('wechatpay-apiv3'), express }).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
