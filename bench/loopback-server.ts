// The server of bench/runtime.ts's loopback figures, in a process of its own: WeChat Pay's servers are not in the
// merchant's process, and with the server beside the clients the figure mostly measures the server. It checks
// every request's Authorization as WeChat Pay does (the shipped simulator's own check, runtime/simulator/
// authorization.ts; a request that fails it gets 401 SIGN_ERROR, which the bench counts as a failure) and answers
// with the bench's canned body, signed with the platform key once per second (its timestamp stays fresh): signing
// each answer would make this server, not the clients, what limits the requests per second.
// Started by bench/runtime.ts, which writes one JSON line on stdin: the TEST-ONLY keys it made for this run and
// the answer. Prints its base URL; stops when stdin closes.
import { createPrivateKey, createPublicKey, randomBytes, sign } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { authorizationProblem } from '../generator/runtime/simulator/authorization.ts'
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL } from '../test/runtime/fixtures.ts'

export interface LoopbackServerInput {
  readonly merchantPublicPem: string
  readonly platformPrivatePem: string
  readonly answer: string
}

process.stdin.setEncoding('utf8')
const input = await new Promise<LoopbackServerInput>((resolve) => {
  let read = ''
  const onData = (chunk: string) => {
    read += chunk
    if (!read.includes('\n')) return
    process.stdin.off('data', onData)
    resolve(JSON.parse(read) as LoopbackServerInput)
  }
  process.stdin.on('data', onData)
})
const merchant = { mchid: MCHID, serial: MERCHANT_SERIAL, publicKey: createPublicKey(input.merchantPublicPem) }
const platformKey = createPrivateKey(input.platformPrivatePem)
const answer = Buffer.from(input.answer)

let signedFor = ''
let answerHeaders: Record<string, string> = {}
/** The answer's headers, signed anew when the second changes. */
function headersNow(): Record<string, string> {
  const timestamp = String(Math.floor(Date.now() / 1000))
  if (timestamp !== signedFor) {
    const nonce = randomBytes(16).toString('hex')
    const signature = sign('sha256', Buffer.from(`${timestamp}\n${nonce}\n${input.answer}\n`), platformKey).toString('base64')
    answerHeaders = {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(answer.length),
      'wechatpay-timestamp': timestamp,
      'wechatpay-nonce': nonce,
      'wechatpay-signature': signature,
      'wechatpay-serial': PLATFORM_SERIAL,
      'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
    }
    signedFor = timestamp
  }
  return answerHeaders
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8')
    const problem = authorizationProblem(
      { method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body, now: Date.now() },
      merchant,
    )
    if (problem !== undefined) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'SIGN_ERROR', message: problem }))
      return
    }
    response.writeHead(200, headersNow()).end(answer)
  })
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`)
process.stdin.on('end', () => server.close(() => process.exit(0)))
server.on('close', () => process.exit(0))
