// The notification server as an Express app, the package through `import` (client.mjs); see notify-server.cjs.
import express from 'express'
import * as pkg from 'wechatpay-apiv3'
import notify from './notify-server.cjs'

await notify.serve({ format: 'esm', pkg, express })
