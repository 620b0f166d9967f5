// What signing and verifying costs, on loopback: `npx tsx bench/runtime.ts` (not a test).
//
// 1. Per request: the client (`wxpay.v3.ecommerce.subsidies.return.post(data)`: chain lookup, sign, send, verify,
//    parse) against a bare axios POST of the same JSON to the same simulator endpoint. The bare request carries an
//    Authorization header signed once beforehand, so the server does the same work for both (it checks the
//    signature, answers, signs the answer); the difference is the client's overhead. Sequential requests,
//    interleaved rounds, after a warm-up; medians.
// 2. Signatures per second: the runtime's signMessage() against bare `crypto.sign('sha256', …)` with the same key
//    and message; and, the other half of every call, verifyResponse() against bare `crypto.verify`.

import { sign, verify } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import axios from 'axios'
import {
  buildAuthorization,
  buildRequestMessage,
  buildResponseMessage,
  createNonce,
  createTimestamp,
  createWechatpay,
  signMessage,
  verifyResponse,
  type UntypedApi,
} from '../generator/runtime/index.ts'
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, createKeyPair, endpoints, identity } from '../test/runtime/fixtures.ts'
import { startSimulator } from '../test/runtime/simulator.ts'

export interface BenchOptions {
  /** Requests per round and per contender. */
  readonly requestsPerRound: number
  readonly rounds: number
  readonly warmup: number
  /** Milliseconds per throughput sample. */
  readonly sampleMs: number
  readonly samples: number
}

export interface BenchResult {
  readonly request: { readonly bareMicros: number; readonly clientMicros: number; readonly overheadMicros: number; readonly ratio: number }
  readonly sign: { readonly barePerSecond: number; readonly oursPerSecond: number; readonly ratio: number }
  readonly verify: { readonly barePerSecond: number; readonly oursPerSecond: number; readonly ratio: number }
}

const DEFAULTS: BenchOptions = { requestsPerRound: 250, rounds: 8, warmup: 300, sampleMs: 500, samples: 6 }

const PATH = '/v3/ecommerce/subsidies/return'
const BODY = {
  sub_mchid: '1900000109',
  out_order_no: 'P20150806125346',
  transaction_id: '4208450740201411110007820472',
  refund_id: '3008450740201411110007820472',
  amount: 10,
  description: '补差回退',
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function timeEach(times: number, action: () => Promise<unknown>, into: number[]): Promise<void> {
  for (let i = 0; i < times; i += 1) {
    const start = process.hrtime.bigint()
    await action()
    into.push(Number(process.hrtime.bigint() - start) / 1e3)
  }
}

/** Operations per second of `action`, median over `samples` samples of `sampleMs` each. */
function throughput(action: () => unknown, { sampleMs, samples }: BenchOptions): number[] {
  const rates: number[] = []
  for (let sample = 0; sample < samples; sample += 1) {
    let count = 0
    const start = performance.now()
    let elapsed = 0
    while (elapsed < sampleMs) {
      for (let i = 0; i < 16; i += 1) action()
      count += 16
      elapsed = performance.now() - start
    }
    rates.push((count * 1000) / elapsed)
  }
  return rates
}

export async function main(options: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const settings = { ...DEFAULTS, ...options }
  const merchant = createKeyPair()
  const platform = createKeyPair()
  const simulator = await startSimulator(identity(merchant, platform))
  try {
    const wxpay = createWechatpay<UntypedApi>(
      { mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: merchant.privatePem, certs: { [PLATFORM_SERIAL]: platform.publicPem }, baseURL: simulator.baseURL },
      { endpoints },
    )
    const bare = axios.create({ baseURL: simulator.baseURL })
    const text = JSON.stringify(BODY)
    // Signed once per round (the simulator accepts a timestamp up to 300 s old and does not track nonces).
    const presigned = (): string => {
      const timestamp = createTimestamp()
      const nonce = createNonce()
      const signature = signMessage(buildRequestMessage('POST', PATH, timestamp, nonce, text), merchant.privateKey)
      return buildAuthorization({ mchid: MCHID, serial: MERCHANT_SERIAL, nonce, timestamp, signature })
    }
    const client = () => wxpay.v3.ecommerce.subsidies.return.post(BODY)
    let authorization = presigned()
    const plain = () => bare.post(PATH, text, { headers: { Authorization: authorization, 'Content-Type': 'application/json', Accept: 'application/json' } })

    const check = [await client(), await plain()]
    if (check.some((response) => response.status !== 200)) throw new Error(`the simulator answered ${check.map((response) => response.status).join(', ')}`)

    const ignored: number[] = []
    await timeEach(settings.warmup, client, ignored)
    await timeEach(settings.warmup, plain, ignored)
    const bareTimes: number[] = []
    const clientTimes: number[] = []
    for (let round = 0; round < settings.rounds; round += 1) {
      authorization = presigned()
      await timeEach(settings.requestsPerRound, plain, bareTimes)
      await timeEach(settings.requestsPerRound, client, clientTimes)
    }
    const bareMicros = median(bareTimes)
    const clientMicros = median(clientTimes)

    // Signing: same key object, same message.
    const message = buildRequestMessage('POST', PATH, createTimestamp(), createNonce(), text)
    const messageBytes = Buffer.from(message)
    throughput(() => sign('sha256', messageBytes, merchant.privateKey), { ...settings, samples: 1 })
    const bareSign: number[] = []
    const ourSign: number[] = []
    for (let i = 0; i < settings.samples; i += 1) {
      bareSign.push(...throughput(() => sign('sha256', messageBytes, merchant.privateKey), { ...settings, samples: 1 }))
      ourSign.push(...throughput(() => signMessage(message, merchant.privateKey), { ...settings, samples: 1 }))
    }

    // Verifying an answer: headers + raw body, as the client does for every 2xx.
    const answer = Buffer.from(JSON.stringify({ ...BODY, result: 'SUCCESS' }))
    const timestamp = createTimestamp()
    const nonce = createNonce()
    const signed = buildResponseMessage(timestamp, nonce, answer)
    const signature = sign('sha256', signed, platform.privateKey).toString('base64')
    const headers = { 'wechatpay-timestamp': timestamp, 'wechatpay-nonce': nonce, 'wechatpay-signature': signature, 'wechatpay-serial': PLATFORM_SERIAL }
    const certs = new Map([[PLATFORM_SERIAL, platform.publicKey]])
    const signatureBytes = Buffer.from(signature, 'base64')
    const bareVerify: number[] = []
    const ourVerify: number[] = []
    for (let i = 0; i < settings.samples; i += 1) {
      bareVerify.push(...throughput(() => verify('sha256', signed, platform.publicKey, signatureBytes), { ...settings, samples: 1 }))
      ourVerify.push(...throughput(() => verifyResponse({ headers, body: answer, certs }), { ...settings, samples: 1 }))
    }

    const result: BenchResult = {
      request: { bareMicros, clientMicros, overheadMicros: clientMicros - bareMicros, ratio: clientMicros / bareMicros },
      sign: { barePerSecond: median(bareSign), oursPerSecond: median(ourSign), ratio: median(ourSign) / median(bareSign) },
      verify: { barePerSecond: median(bareVerify), oursPerSecond: median(ourVerify), ratio: median(ourVerify) / median(bareVerify) },
    }
    print(result, settings)
    return result
  } finally {
    await simulator.close()
  }
}

function print({ request, sign: signing, verify: verifying }: BenchResult, settings: BenchOptions): void {
  const micros = (value: number) => `${value.toFixed(0).padStart(7)} µs`
  const rate = (value: number) => `${value.toFixed(0).padStart(7)} /s`
  const lines = [
    `Node.js ${process.versions.node}, ${process.platform}/${process.arch}, loopback; medians`,
    '',
    `Request (POST ${PATH}, ${settings.rounds}×${settings.requestsPerRound} sequential each, ${settings.warmup} warm-up)`,
    `  bare axios, pre-signed     ${micros(request.bareMicros)}`,
    `  client: sign+send+verify   ${micros(request.clientMicros)}`,
    `  overhead per request       ${micros(request.overheadMicros)}   ratio ours/bare ${request.ratio.toFixed(2)}`,
    '',
    `Signatures (RSA-2048 SHA-256, ${settings.samples} samples of ${settings.sampleMs} ms)`,
    `  crypto.sign                ${rate(signing.barePerSecond)}`,
    `  signMessage                ${rate(signing.oursPerSecond)}   ratio ours/bare ${signing.ratio.toFixed(2)}`,
    '',
    'Verifications',
    `  crypto.verify              ${rate(verifying.barePerSecond)}`,
    `  verifyResponse             ${rate(verifying.oursPerSecond)}   ratio ours/bare ${verifying.ratio.toFixed(2)}`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
