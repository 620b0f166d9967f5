// A merchant's notify_url through the installed SDK, as a node:http server or an Express app: the handler hands
// the headers and raw body to `wxpay.notifications.parse` and answers with `notificationAnswer`. Shared by
// notify.{mjs,cjs} (node:http) and notify-express.{mjs,cjs} (Express), which load the package by `import` or
// `require` and pass it in. It prints `LISTENING <port>` once listening, handles `count` requests, then writes what
// it saw (keyed by each delivery's Wechatpay-Nonce) to $WECHATPAY_RESULT and exits.
'use strict'

const { createServer } = require('node:http')
const { readFileSync, writeFileSync } = require('node:fs')

async function serve({ format, pkg, express }) {
  const scenario = JSON.parse(readFileSync(process.env.WECHATPAY_SCENARIO, 'utf8'))
  const { Wechatpay, notificationAnswer, UnknownNotificationEventError, WechatpayError } = pkg
  const wxpay = new Wechatpay({ mchid: scenario.mchid, serial: scenario.serial, privateKey: scenario.privateKey, certs: scenario.certs, apiV3Key: scenario.apiV3Key })
  const received = []

  /** What a handler does with one delivery: parse, record, and the answer to send. */
  function receive(headers, body) {
    const record = { nonce: headers['wechatpay-nonce'] }
    try {
      const notification = wxpay.notifications.parse({ headers, body })
      received.push({ ...record, outcome: 'parsed', notification })
      return notificationAnswer()
    } catch (error) {
      const seen = { name: error.name, message: error.message, reason: error.reason, isWechatpayError: error instanceof WechatpayError }
      if (error instanceof UnknownNotificationEventError) {
        received.push({ ...record, outcome: 'unknown', ...seen, eventType: error.eventType, notification: error.notification })
        return notificationAnswer()
      }
      received.push({ ...record, outcome: 'rejected', ...seen })
      return notificationAnswer(error)
    }
  }

  let server
  function done() {
    if (received.length !== scenario.count) return
    writeFileSync(process.env.WECHATPAY_RESULT, JSON.stringify({ format, framework: express ? 'express' : 'node:http', received }, null, 2))
    server.close()
  }

  if (express) {
    const app = express()
    // The body exactly as received: express.raw on the notification route, no JSON parser before it.
    app.post('/wechatpay/notify', express.raw({ type: 'application/json' }), (request, response) => {
      const answer = receive(request.headers, request.body)
      response.status(answer.status).set(answer.headers).send(answer.body)
      done()
    })
    // The classic mistake: express.json() before the handler.
    app.post('/wechatpay/notify-parsed', express.json(), (request, response) => {
      const answer = receive(request.headers, request.body)
      response.status(answer.status).set(answer.headers).send(answer.body)
      done()
    })
    server = createServer(app)
  } else {
    server = createServer(async (request, response) => {
      const chunks = []
      for await (const chunk of request) chunks.push(chunk)
      const answer = receive(request.headers, Buffer.concat(chunks))
      response.writeHead(answer.status, answer.headers).end(answer.body)
      done()
    })
  }
  server.listen(0, '127.0.0.1', () => console.log(`LISTENING ${server.address().port}`))
}

module.exports = { serve }
