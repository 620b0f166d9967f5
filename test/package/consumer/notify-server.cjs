// A merchant's notify_url through the installed SDK: a node:http server whose handler hands the raw body to
// `wxpay.notifications.parse` and answers with `notificationAnswer`. Shared by notify.mjs (import) and notify.cjs
// (require). It prints `LISTENING <port>` once listening, handles `count` requests, then writes what it saw to
// $WECHATPAY_RESULT and exits.
'use strict'

const { createServer } = require('node:http')
const { readFileSync, writeFileSync } = require('node:fs')

async function serve({ format, pkg }) {
  const scenario = JSON.parse(readFileSync(process.env.WECHATPAY_SCENARIO, 'utf8'))
  const { Wechatpay, notificationAnswer, UnknownNotificationEventError, WechatpayError } = pkg
  const wxpay = new Wechatpay({ mchid: scenario.mchid, serial: scenario.serial, privateKey: scenario.privateKey, certs: scenario.certs, apiV3Key: scenario.apiV3Key })
  const received = []
  const server = createServer(async (request, response) => {
    const chunks = []
    for await (const chunk of request) chunks.push(chunk)
    let answer
    try {
      const notification = wxpay.notifications.parse({ headers: request.headers, body: Buffer.concat(chunks) })
      received.push({ outcome: 'parsed', notification })
      answer = notificationAnswer()
    } catch (error) {
      if (error instanceof UnknownNotificationEventError) {
        received.push({ outcome: 'unknown', name: error.name, eventType: error.eventType, id: error.notification.id })
        answer = notificationAnswer()
      } else {
        received.push({ outcome: 'rejected', name: error.name, isWechatpayError: error instanceof WechatpayError })
        answer = notificationAnswer(error)
      }
    }
    response.writeHead(answer.status, answer.headers).end(answer.body)
    if (received.length === scenario.count) {
      writeFileSync(process.env.WECHATPAY_RESULT, JSON.stringify({ format, received }, null, 2))
      server.close()
    }
  })
  server.listen(0, '127.0.0.1', () => console.log(`LISTENING ${server.address().port}`))
}

module.exports = { serve }
