// One contender of bench/runtime.ts's per-call figures, in a process of its own, as a merchant's process holds one
// client: contenders that share a process share axios' inline caches (each client hands axios differently shaped
// configs, so its functions turn polymorphic for all of them), collect each other's garbage, and evict each other's
// code from the CPU caches between calls. Measured that way, bare axios took twice as long as alone.
//
// Protocol: the first line on stdin is a ContenderInput (JSON). Every later line is a number N: the process signs
// the canned answer anew (its timestamp stays fresh), makes N calls one after the other, timing each alone, and
// prints their times (µs) as one JSON line. It stops when stdin closes. Not a test: nothing is checked here but
// that every call gets the canned answer and, without RSA, that the replacement is in place.
import { createInterface } from 'node:readline'
import { createRequire, syncBuiltinESMExports } from 'node:module'

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
    // The callback form (a client's signing on the thread pool) answers on a later tick, as the real one does.
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
const onCannedAdapter = { adapter: calls.cannedAdapter(() => answerHeaders), baseURL: calls.IN_PROCESS_BASE_URL }

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
const crypto = async (): Promise<void> => {
  sign('sha256', requestMessage, keys.merchantPrivateKey)
  if (!verify('sha256', answerSigned.message, keys.platformPublicKey, answerSigned.signature)) throw new Error('the canned answer does not verify')
}

function contender(name: ContenderName): () => Promise<unknown> {
  switch (name) {
    case 'ours':
      return calls.oursCall(keys, onCannedAdapter)
    case 'plugin':
      return calls.pluginCall(keys, onCannedAdapter)
    case 'bare':
      return calls.bareCall(onCannedAdapter)
    case 'crypto':
      return crypto
    case 'floor': {
      // The floor of any signed call: bare axios with the RSA work done in the same call.
      const bare = calls.bareCall(onCannedAdapter)
      return async () => {
        await crypto()
        return bare()
      }
    }
  }
}

const call = contender(input.name)
if (input.withoutRsa) {
  // Both clients must sign nothing: ours through its ESM import, the plugin through the functions it copied from
  // require('crypto') when it loaded (were it loaded before the replacement, it alone would still do RSA).
  const { Rsa } = createRequire(import.meta.url)('wechatpay-axios-plugin') as {
    Rsa: { sign(message: string, key: unknown): string; verify(message: string, signature: string, key: unknown): boolean }
  }
  if (sign('sha256', Buffer.from('x'), platformPrivateKey) !== SIGNATURE) throw new Error('node:crypto sign is not replaced')
  if (Rsa.sign('x', platformPrivateKey) !== SIGNATURE.toString('base64')) throw new Error("the plugin's RSA signing is not replaced")
  if (!Rsa.verify('x', 'not a signature', keys.platformPublicKey)) throw new Error("the plugin's RSA verification is not replaced")
}
const answered = (await call()) as { data?: { result?: unknown } } | undefined
if (input.name !== 'crypto' && answered?.data?.result !== 'SUCCESS') throw new Error(`${input.name} did not get the canned answer`)

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
