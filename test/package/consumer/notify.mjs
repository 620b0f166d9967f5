// The notification server on node:http, the package through `import` (client.mjs); see notify-server.cjs.
import * as pkg from 'wechatpay-apiv3'
import notify from './notify-server.cjs'

await notify.serve({ format: 'esm', pkg })
