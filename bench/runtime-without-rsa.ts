// The non-crypto overhead of a call, measured directly: bench/runtime.ts runs this in a process of its own, where
// node:crypto's sign, verify, createSign and createVerify are replaced, before anything loads them, by functions
// that do nothing (a fixed 256-byte signature; every signature verifies). What is left of a signed call is its own
// work: chain, prepare, the signature's text, axios, the answer's checks and parse. The same contenders as the
// in-process figures (ours, wechatpay-axios-plugin, bare axios on the canned adapter), timed the same way; prints
// each one's call times (µs) as JSON. Argument: { rounds, callsPerRound }. Not a test: nothing here is checked
// but that the replacement is in place and every contender gets the canned answer.
import { createRequire, syncBuiltinESMExports } from 'node:module'

const nodeCrypto = createRequire(import.meta.url)('node:crypto') as Record<string, unknown>
const SIGNATURE = Buffer.alloc(256, 1)
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

const settings = JSON.parse(process.argv[2] ?? '{"rounds":41,"callsPerRound":100}') as { rounds: number; callsPerRound: number }
const { sign } = await import('node:crypto')
const bench = await import('./runtime.ts')
const { ours, plugin, bare, resign, platform } = await bench.inProcessContenders()
// Both clients must sign nothing: ours through its ESM import, the plugin through the functions it copied from
// require('crypto') when it loaded (were it loaded before the replacement, it alone would still do RSA).
const { Rsa } = createRequire(import.meta.url)('wechatpay-axios-plugin') as {
  Rsa: { sign(message: string, key: unknown): string; verify(message: string, signature: string, key: unknown): boolean }
}
if (sign('sha256', Buffer.from('x'), platform.privateKey) !== SIGNATURE) throw new Error('node:crypto sign is not replaced')
if (Rsa.sign('x', platform.privateKey) !== SIGNATURE.toString('base64')) throw new Error("the plugin's RSA signing is not replaced")
if (!Rsa.verify('x', 'not a signature', platform.publicKey)) throw new Error("the plugin's RSA verification is not replaced")
const times = await bench.perCallTimes(settings, { bare, ours, plugin }, resign)
process.stdout.write(JSON.stringify(times))
