// One contender of bench/runtime.ts's per-call figures, in a process of its own, as a merchant's process holds one
// client: contenders that share a process share axios' inline caches (each client hands axios differently shaped
// configs, so its functions turn polymorphic for all of them), collect each other's garbage, and evict each other's
// code from the CPU caches between calls. Measured that way, bare axios took twice as long as alone.
//
// Protocol: the first line on stdin is a ContenderInput (JSON). Every later line is a number N: the process signs
// the canned answer anew (its timestamp stays fresh), makes N calls one after the other, timing each alone, and
// prints their times (µs) as one JSON line. It stops when stdin closes. Not a test: nothing is checked here but
// that a first call gets the canned answer and, without RSA, that the replacement is in place.
import { createInterface } from 'node:readline'
import { createRequire, syncBuiltinESMExports } from 'node:module'
import type { AxiosAdapter } from 'axios'

export type ContenderName = 'ours' | 'plugin' | 'bare' | 'crypto' | 'floor'

export interface ContenderInput {
  readonly name: ContenderName
  /**
   * node:crypto's sign, verify, createSign and createVerify replaced, before anything loads them, by functions that
   * do nothing (a fixed 256-byte signature; every signature verifies): what is left of a signed call is its own work.
   */
  readonly withoutRsa: boolean
  readonly merchantPrivatePem: string
  readonly platformPrivatePem: string
}

const SIGNATURE = Buffer.alloc(256, 1)

function replaceRsa(): void {
  const nodeCrypto = createRequire(import.meta.url)('node:crypto') as Record<string, unknown>
  const signer = {
    update() {
      return signer
    },
    sign: (_key: unknown, encoding?: BufferEncoding) => (encoding === undefined ? SIGNATURE : SIGNATURE.toString(encoding)),
    verify: () => true,
  }
  nodeCrypto['sign'] = (...args: unknown[]) => {
    // The callback form (our client's signing on the thread pool, which it uses only with other calls in flight, so
    // never here, where calls go one at a time) answers asynchronously, as the real one does (that one on a later
    // turn of the event loop).
    const callback = args[3]
    if (typeof callback !== 'function') return SIGNATURE
    process.nextTick(callback as (error: null, signature: Buffer) => void, null, SIGNATURE)
    return undefined
  }
  nodeCrypto['verify'] = () => true
  nodeCrypto['createSign'] = () => signer
  nodeCrypto['createVerify'] = () => signer
  // ESM imports of node:crypto see the replacements too (the runtime's `import { sign } from 'node:crypto'`).
  syncBuiltinESMExports()
}

const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]()
const first = await lines.next()
if (first.done === true) process.exit(0)
const input = JSON.parse(first.value) as ContenderInput
if (input.withoutRsa) replaceRsa()

// Loaded only now: with the replacement in place first when there is one.
const { createPrivateKey, createPublicKey, sign, verify } = await import('node:crypto')
const { buildRequestMessage, buildResponseMessage, createNonce, createTimestamp } = await import('../generator/runtime/index.ts')
const calls = await import('./runtime-calls.ts')

const platformPrivateKey = createPrivateKey(input.platformPrivatePem)
const keys = { merchantPrivateKey: createPrivateKey(input.merchantPrivatePem), platformPublicKey: createPublicKey(platformPrivateKey) }
let answerHeaders = calls.signedAnswerHeaders(platformPrivateKey)
const canned = calls.cannedAdapter(() => answerHeaders)

// RSA sign + verify alone: what neither client can avoid, with the same key sizes and messages.
const requestMessage = Buffer.from(buildRequestMessage('POST', calls.PATH, createTimestamp(), createNonce(), JSON.stringify(calls.BODY)))
let answerSigned = { message: Buffer.alloc(0), signature: Buffer.alloc(0) }
function resign(): void {
  answerHeaders = calls.signedAnswerHeaders(platformPrivateKey)
  answerSigned = {
    message: Buffer.from(buildResponseMessage(answerHeaders['wechatpay-timestamp']!, answerHeaders['wechatpay-nonce']!, calls.ANSWER)),
    signature: Buffer.from(answerHeaders['wechatpay-signature']!, 'base64'),
  }
}
resign()
const rsaAlone = async (): Promise<void> => {
  sign('sha256', requestMessage, keys.merchantPrivateKey)
  if (!verify('sha256', answerSigned.message, keys.platformPublicKey, answerSigned.signature)) throw new Error('the canned answer does not verify')
}

/** The contender's call, its requests answered by `adapter`. */
function contender(name: ContenderName, adapter: AxiosAdapter): () => Promise<unknown> {
  const options = { adapter, baseURL: calls.IN_PROCESS_BASE_URL }
  switch (name) {
    case 'ours':
      return calls.oursCall(keys, options)
    case 'plugin':
      return calls.pluginCall(keys, options)
    case 'bare':
      return calls.bareCall(options)
    case 'crypto':
      return rsaAlone
    case 'floor': {
      // The floor of any signed call: bare axios with the RSA work done in the same call.
      const bare = calls.bareCall(options)
      return async () => {
        await rsaAlone()
        return bare()
      }
    }
  }
}

// One call first, on a twin of the contender whose adapter also keeps the Authorization it was sent.
let authorization: unknown
const answered = (await contender(input.name, (config) => {
  authorization = config.headers?.['Authorization']
  return canned(config)
})()) as { data?: { result?: unknown } } | undefined
if (input.name !== 'crypto' && answered?.data?.result !== 'SUCCESS') throw new Error(`${input.name} did not get the canned answer`)
if (input.withoutRsa) {
  if (sign('sha256', Buffer.from('x'), platformPrivateKey) !== SIGNATURE) throw new Error('node:crypto sign is not replaced')
  // A client that still verified with RSA would have refused the canned answer (signed by the replacement above).
  // A client signs nothing: its Authorization carries the replacement's signature (the plugin signs through the
  // functions it copied from require('crypto') when it loaded; loaded before the replacement, it would still do RSA).
  const replaced = `signature="${SIGNATURE.toString('base64')}"`
  if ((input.name === 'ours' || input.name === 'plugin') && !(typeof authorization === 'string' && authorization.includes(replaced)))
    throw new Error(`${input.name} still signs with RSA`)
}
const call = contender(input.name, canned)

for (let line = await lines.next(); line.done !== true; line = await lines.next()) {
  const count = Number(line.value)
  resign()
  const times: number[] = []
  for (let i = 0; i < count; i += 1) {
    const start = process.hrtime.bigint()
    await call()
    times.push(Number(process.hrtime.bigint() - start) / 1e3)
  }
  process.stdout.write(`${JSON.stringify(times)}\n`)
}
