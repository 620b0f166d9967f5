// What a call of the client costs: `npx tsx bench/runtime.ts` (not a test; `npm run bench` runs it second, after
// bench/generate.ts). Every figure is measured in this run, against peers measured in the same run:
//
// 1. Per call, in process, no network: ours (`wxpay.v3.ecommerce.subsidies.return.post(data)`: chain lookup,
//    prepare, sign, send, verify, parse), wechatpay-axios-plugin (the same call through its chain, signer and
//    verifier; a dev dependency of this bench only) and bare axios (a POST of the same JSON, nothing signed or
//    verified), on the same kind of axios adapter, which answers at once with a canned answer the platform key
//    signed beforehand (re-signed each round, so its timestamp stays fresh). RSA sign + verify alone (`crypto.sign`
//    + `crypto.verify`, the same key sizes and messages) is what neither client can avoid, so the issue's formula is
//        non-crypto overhead = client − bare axios − (sign + verify).
//    Each contender runs in a process of its own (bench/runtime-contender.ts, which says why: in one process they
//    slowed each other down, bare axios by half), one round of calls at a time, who goes first rotating round by
//    round; each call timed alone; medians of the calls, and their 10th percentiles: other load on the machine only
//    ever adds time, and more of it to a longer call (it is more often preempted), so the low percentile is the
//    closer estimate of what a call itself costs.
//    That formula assumes the medians of a call's parts add up; bare axios with the RSA work in the same call (the
//    floor) shows how far they do. On a machine that pauses the running code now and then (this bench measures how
//    often, and for how long, before it starts), a longer call is paused more often: on the virtual machines this was
//    written on, pauses of about 40 µs (one of them every millisecond) reach a third or more of the calls as long as
//    the floor and one in twenty as long as bare axios, so the longer call's median is a high percentile of its
//    unpaused calls, which moves with that share, and the formula's figure moved by tens of µs from run to run. The
//    goal is therefore judged on the overhead measured directly, by the same contenders in processes where
//    node:crypto's sign and verify do nothing (the hashing, padding and RSA inside them and Node's checks around
//    them; the rest of a client's work around them still runs): client − bare axios, from calls of about 40 µs
//    (ours) and 85 µs (the plugin) that pauses reach less often. It leaves out how much slower code runs right after
//    real RSA, which the floor's share by the 10th percentiles bounds (a few µs). The formula's figures are printed
//    beside it as cross-checks, with their own verdicts.
// 2. End to end on loopback, 32 calls in flight: requests per second of ours and of the plugin (on its defaults, and
//    again with maxRedirects: 0, as ours has by default) against a real HTTP
//    server in a process of its own (bench/loopback-server.ts), as WeChat Pay is not in the merchant's process. It
//    checks every request's signature as the simulator does and answers the canned body signed once a second: a
//    server that signed every answer beside the clients (the simulator in this process, tried first) was most of
//    what the figure measured, and put both clients near 1.0. Who goes first rotates round by round; each ratio is
//    the median of the rounds' own ratios.
// 3. signMessage against bare crypto.sign, verifyResponse against bare crypto.verify (throughput).

import { spawn } from 'node:child_process'
import { sign, verify } from 'node:crypto'
import { loadavg } from 'node:os'
import { PerformanceObserver, performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { AxiosResponse } from 'axios'
import type { LoopbackServerInput } from './loopback-server.ts'
import type { ContenderInput, ContenderName } from './runtime-contender.ts'
import { ANSWER, PATH, BODY, oursCall, pluginCall, signedAnswerHeaders, type Call, type ClientKeys } from './runtime-calls.ts'
import { buildRequestMessage, buildResponseMessage, createNonce, createTimestamp, signMessage, verifyResponse } from '../generator/runtime/index.ts'
import { PLATFORM_SERIAL, createKeyPair, type KeyPair } from '../test/runtime/fixtures.ts'

export interface BenchOptions {
  /** Calls per round and contender, in process (each round in one contender's process). */
  readonly callsPerRound: number
  readonly rounds: number
  /** Loopback: requests per round and contender, and how many in flight. */
  readonly loopbackPerRound: number
  readonly loopbackRounds: number
  readonly inFlight: number
  /** Milliseconds per throughput sample. */
  readonly sampleMs: number
  readonly samples: number
}

export interface BenchResult {
  readonly perCall: {
    readonly oursMicros: number
    readonly pluginMicros: number
    readonly bareMicros: number
    readonly cryptoMicros: number
    /** bare axios + sign + verify in one call. */
    readonly floorMicros: number
    /** The issue's formula, client − bare − crypto, from the medians: a cross-check (see the top of this file). */
    readonly oursOverheadMicros: number
    readonly pluginOverheadMicros: number
    /** The same formula from the 10th percentiles of each contender's calls. */
    readonly oursOverheadLowMicros: number
    readonly pluginOverheadLowMicros: number
    /** The floor by the same formula (floor − bare − crypto): how far the parts fail to add up, in any client. */
    readonly floorOverheadMicros: number
    readonly floorOverheadLowMicros: number
    /**
     * Non-crypto overhead measured directly: client − bare axios in processes whose node:crypto signs and verifies
     * nothing (bench/runtime-contender.ts, `withoutRsa`), medians and 10th percentiles.
     */
    readonly oursDirectMicros: number
    readonly oursDirectLowMicros: number
    readonly pluginDirectMicros: number
    readonly pluginDirectLowMicros: number
    /** The medians of the calls the direct measure compares: ours and the plugin without RSA. */
    readonly oursWithoutRsaMicros: number
    readonly pluginWithoutRsaMicros: number
  }
  /** What the machine takes from the running code, measured before the contenders start (see `machinePauses`). */
  readonly pauses: MachinePauses
  readonly loopback: {
    readonly oursPerSecond: number
    readonly pluginPerSecond: number
    readonly ratio: number
    /** The plugin given `maxRedirects: 0`, as our client has by default (axios then skips follow-redirects). */
    readonly pluginNoRedirectsPerSecond: number
    readonly ratioNoRedirects: number
  }
  readonly sign: { readonly barePerSecond: number; readonly oursPerSecond: number; readonly ratio: number }
  readonly verify: { readonly barePerSecond: number; readonly oursPerSecond: number; readonly ratio: number }
}

const DEFAULTS: BenchOptions = { callsPerRound: 200, rounds: 21, loopbackPerRound: 300, loopbackRounds: 11, inFlight: 32, sampleMs: 300, samples: 5 }

/** The goals of issue 9, printed next to what was measured. */
const GOALS = { overheadMicros: 25, loopbackRatio: 1.1 }

/** The value below which `fraction` of the values lie (nearest rank). */
function quantile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export interface MachinePauses {
  /** The shortest gap counted. */
  readonly thresholdMicros: number
  readonly perSecond: number
  /** Median length of a pause. */
  readonly medianMicros: number
  /** The share of the time the pauses took. */
  readonly share: number
  /** Gaps left out because one of the probe's own garbage collections ran in them. */
  readonly collections: number
}

/**
 * How often, and for how long, the machine stops this thread while it runs: a loop that only reads the clock for
 * `ms` milliseconds, counting every gap between two readings of `thresholdMicros` or more (a reading takes well under
 * a microsecond). Timer interrupts, a hypervisor's exits and other processes show up here; so would the probe's own
 * young-generation collections (each reading allocates a heap number), which are left out: V8 reports each one, with
 * its start and duration, to a `gc` PerformanceObserver.
 */
async function machinePauses(ms: number, thresholdMicros = 10): Promise<MachinePauses> {
  const collections: { start: number; end: number }[] = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) collections.push({ start: entry.startTime, end: entry.startTime + entry.duration })
  })
  observer.observe({ entryTypes: ['gc'] })
  const gaps: { start: number; end: number }[] = []
  const start = performance.now()
  let previous = start
  for (;;) {
    const now = performance.now()
    if ((now - previous) * 1000 >= thresholdMicros) gaps.push({ start: previous, end: now })
    previous = now
    if (now - start >= ms) break
  }
  await new Promise((resolve) => setTimeout(resolve, 10)) // the observer hears of the collections on a later turn
  observer.disconnect()
  const machine = gaps.filter((gap) => !collections.some((collection) => collection.start < gap.end && collection.end > gap.start))
  const lengths = machine.map((gap) => (gap.end - gap.start) * 1000)
  return {
    thresholdMicros,
    perSecond: (machine.length * 1000) / ms,
    medianMicros: lengths.length === 0 ? 0 : median(lengths),
    share: lengths.reduce((sum, length) => sum + length, 0) / (ms * 1000),
    collections: gaps.length - machine.length,
  }
}

/**
 * The share of calls of `micros` that pauses at `perSecond` would reach at least once, if they came at random (a
 * periodic one reaches a share of `micros` over its period, about the same for calls shorter than it).
 */
function pausedShare(micros: number, pauses: MachinePauses): number {
  return 1 - Math.exp((-pauses.perSecond * micros) / 1e6)
}

/** The loopback server in a process of its own (bench/loopback-server.ts), with this run's TEST-ONLY keys. */
async function startLoopbackServer(merchant: KeyPair, platform: KeyPair): Promise<{ baseURL: string; close(): Promise<void> }> {
  const server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./loopback-server.ts', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const input: LoopbackServerInput = { merchantPublicPem: merchant.publicPem, platformPrivatePem: platform.privatePem, answer: ANSWER.toString('utf8') }
  server.stdin.write(`${JSON.stringify(input)}\n`)
  const baseURL = await new Promise<string>((resolve, reject) => {
    let printed = ''
    server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      printed += chunk
      if (printed.includes('\n')) resolve(printed.trim())
    })
    server.once('exit', (code) => reject(new Error(`the loopback server exited (${code}) before it listened`)))
  })
  return {
    baseURL,
    close: () =>
      new Promise<void>((resolve) => {
        server.once('exit', () => resolve())
        server.stdin.end()
      }),
  }
}

/** Requests per second of `action` with `inFlight` calls kept going until `total` are done. */
async function loopbackRate(total: number, inFlight: number, action: () => Promise<AxiosResponse>): Promise<number> {
  let started = 0
  const start = process.hrtime.bigint()
  const worker = async (): Promise<void> => {
    while (started < total) {
      started += 1
      const { status } = await action()
      if (status !== 200) throw new Error(`answered ${status}`)
    }
  }
  await Promise.all(Array.from({ length: inFlight }, worker))
  return (total * 1e9) / Number(process.hrtime.bigint() - start)
}

/** Operations per second of `action`, one sample of `sampleMs`. */
function throughput(action: () => unknown, sampleMs: number): number {
  let count = 0
  const start = performance.now()
  let elapsed = 0
  while (elapsed < sampleMs) {
    for (let i = 0; i < 16; i += 1) action()
    count += 16
    elapsed = performance.now() - start
  }
  return (count * 1000) / elapsed
}

function clients(keys: ClientKeys, options: Record<string, unknown>): { ours: Call; plugin: Call } {
  return { ours: oursCall(keys, options), plugin: pluginCall(keys, options) }
}

interface ContenderProcess {
  /** Makes `count` calls in the contender's process; their times (µs). */
  calls(count: number): Promise<number[]>
  close(): Promise<void>
}

/** A contender in a process of its own (bench/runtime-contender.ts), with this run's TEST-ONLY keys. */
function startContender(input: ContenderInput): ContenderProcess {
  const label = `bench/runtime-contender.ts (${input.name}${input.withoutRsa ? ' without RSA' : ''})`
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./runtime-contender.ts', import.meta.url))], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  // Settles once, when the process is gone (or never started): a round waiting for it fails with its reason.
  const exited = new Promise<never>((_resolve, reject) => {
    child.once('error', (error) => reject(new Error(`${label} failed: ${error.message}`)))
    child.once('exit', (code, signal) => reject(new Error(`${label} exited with ${code ?? signal}`)))
  })
  exited.catch(() => {}) // read only while a round waits for it, and by close()
  // A write to a process that has just died fails with EPIPE; the round then fails through `exited`.
  child.stdin.on('error', () => {})
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  child.stdin.write(`${JSON.stringify(input)}\n`)
  return {
    async calls(count) {
      child.stdin.write(`${count}\n`)
      const line = await Promise.race([answers.next(), exited])
      if (line.done === true) throw new Error(`${label} closed its output`)
      let times: unknown
      try {
        times = JSON.parse(line.value)
      } catch {
        throw new Error(`${label} printed something other than call times: ${line.value.slice(0, 80)}`)
      }
      if (!Array.isArray(times) || times.length !== count) throw new Error(`${label} answered ${count} calls with ${line.value.slice(0, 80)}`)
      return times as number[]
    },
    close() {
      child.stdin.end()
      return exited.then(
        () => {},
        () => {},
      )
    },
  }
}

/**
 * Each contender's call times (µs), every contender in a process of its own: one unmeasured round each, then
 * `rounds` rounds of `callsPerRound` calls, who goes first rotating round by round, so that a change of the machine's
 * load hits all of them alike. Medians of single calls leave out the calls the scheduler preempted (on a loaded
 * machine, a few take milliseconds).
 */
async function perCallTimes<Name extends string>(
  settings: Pick<BenchOptions, 'rounds' | 'callsPerRound'>,
  inputs: Record<Name, ContenderInput>,
): Promise<Record<Name, number[]>> {
  const names = Object.keys(inputs) as Name[]
  const processes = names.map((name) => startContender(inputs[name]))
  try {
    for (const contender of processes) await contender.calls(settings.callsPerRound) // warm-up
    const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>
    for (let round = 0; round < settings.rounds; round += 1) {
      for (let k = 0; k < names.length; k += 1) {
        const index = (round + k) % names.length
        times[names[index]!].push(...(await processes[index]!.calls(settings.callsPerRound)))
      }
    }
    return times
  } finally {
    await Promise.all(processes.map((contender) => contender.close()))
  }
}

export async function main(options: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const settings = { ...DEFAULTS, ...options }
  const merchant = createKeyPair()
  const platform = createKeyPair()
  const keys: ClientKeys = { merchantPrivateKey: merchant.privateKey, platformPublicKey: platform.publicKey }

  // 0. The machine's pauses, with nothing else of the bench running yet (a first, short probe lets the loop be
  // optimized).
  await machinePauses(100)
  const pauses = await machinePauses(1000)

  // 1. In process: every contender in a process of its own, with RSA and (for the direct measure) without.
  const input = (name: ContenderName, withoutRsa: boolean): ContenderInput => ({
    name,
    withoutRsa,
    merchantPrivatePem: merchant.privatePem,
    platformPrivatePem: platform.privatePem,
  })
  const times = await perCallTimes(settings, {
    bare: input('bare', false),
    ours: input('ours', false),
    crypto: input('crypto', false),
    plugin: input('plugin', false),
    floor: input('floor', false),
    bareWithoutRsa: input('bare', true),
    oursWithoutRsa: input('ours', true),
    pluginWithoutRsa: input('plugin', true),
  })
  const mid = (name: keyof typeof times) => median(times[name])
  const low = (name: keyof typeof times) => quantile(times[name], 0.1)
  const oursMicros = mid('ours')
  const pluginMicros = mid('plugin')
  const bareMicros = mid('bare')
  const cryptoMicros = mid('crypto')
  const floorMicros = mid('floor')

  // 2. Loopback.
  const server = await startLoopbackServer(merchant, platform)
  let loopback: BenchResult['loopback']
  try {
    const overHttp = clients(keys, { baseURL: server.baseURL })
    const contenders = { ...overHttp, pluginNoRedirects: clients(keys, { baseURL: server.baseURL, maxRedirects: 0 }).plugin }
    const names = Object.keys(contenders) as (keyof typeof contenders)[]
    const rates = { ours: [] as number[], plugin: [] as number[], pluginNoRedirects: [] as number[], ratios: [] as number[], ratiosNoRedirects: [] as number[] }
    for (let round = -1; round < settings.loopbackRounds; round += 1) {
      // Rotate who goes first; each round's own ratios, so that a drift of the machine's load cancels out.
      const measured: Record<string, number> = {}
      for (let k = 0; k < names.length; k += 1) {
        const name = names[(round + 1 + k) % names.length]!
        measured[name] = await loopbackRate(settings.loopbackPerRound, settings.inFlight, contenders[name])
      }
      if (round < 0) continue
      for (const name of names) rates[name].push(measured[name]!)
      rates.ratios.push(measured['ours']! / measured['plugin']!)
      rates.ratiosNoRedirects.push(measured['ours']! / measured['pluginNoRedirects']!)
    }
    loopback = {
      oursPerSecond: median(rates.ours),
      pluginPerSecond: median(rates.plugin),
      ratio: median(rates.ratios),
      pluginNoRedirectsPerSecond: median(rates.pluginNoRedirects),
      ratioNoRedirects: median(rates.ratiosNoRedirects),
    }
  } finally {
    await server.close()
  }

  // 3. The protocol functions against bare node:crypto.
  const requestMessage = Buffer.from(buildRequestMessage('POST', PATH, createTimestamp(), createNonce(), JSON.stringify(BODY)))
  const message = requestMessage.toString('utf8')
  const headers = signedAnswerHeaders(platform.privateKey)
  const signed = buildResponseMessage(headers['wechatpay-timestamp']!, headers['wechatpay-nonce']!, ANSWER)
  const signatureBytes = Buffer.from(headers['wechatpay-signature']!, 'base64')
  const certs = new Map([[PLATFORM_SERIAL, platform.publicKey]])
  const rates = { bareSign: [] as number[], ourSign: [] as number[], bareVerify: [] as number[], ourVerify: [] as number[] }
  for (let i = 0; i < settings.samples; i += 1) {
    rates.bareSign.push(throughput(() => sign('sha256', requestMessage, merchant.privateKey), settings.sampleMs))
    rates.ourSign.push(throughput(() => signMessage(message, merchant.privateKey), settings.sampleMs))
    rates.bareVerify.push(throughput(() => verify('sha256', signed, platform.publicKey, signatureBytes), settings.sampleMs))
    rates.ourVerify.push(throughput(() => verifyResponse({ headers, body: ANSWER, certs }), settings.sampleMs))
  }

  const result: BenchResult = {
    perCall: {
      oursMicros,
      pluginMicros,
      bareMicros,
      cryptoMicros,
      floorMicros,
      oursOverheadMicros: oursMicros - bareMicros - cryptoMicros,
      pluginOverheadMicros: pluginMicros - bareMicros - cryptoMicros,
      oursOverheadLowMicros: low('ours') - low('bare') - low('crypto'),
      pluginOverheadLowMicros: low('plugin') - low('bare') - low('crypto'),
      floorOverheadMicros: floorMicros - bareMicros - cryptoMicros,
      floorOverheadLowMicros: low('floor') - low('bare') - low('crypto'),
      oursDirectMicros: mid('oursWithoutRsa') - mid('bareWithoutRsa'),
      oursDirectLowMicros: low('oursWithoutRsa') - low('bareWithoutRsa'),
      pluginDirectMicros: mid('pluginWithoutRsa') - mid('bareWithoutRsa'),
      pluginDirectLowMicros: low('pluginWithoutRsa') - low('bareWithoutRsa'),
      oursWithoutRsaMicros: mid('oursWithoutRsa'),
      pluginWithoutRsaMicros: mid('pluginWithoutRsa'),
    },
    pauses,
    loopback,
    sign: { barePerSecond: median(rates.bareSign), oursPerSecond: median(rates.ourSign), ratio: median(rates.ourSign) / median(rates.bareSign) },
    verify: { barePerSecond: median(rates.bareVerify), oursPerSecond: median(rates.ourVerify), ratio: median(rates.ourVerify) / median(rates.bareVerify) },
  }
  print(result, settings)
  return result
}

function print({ perCall: call, pauses, loopback, sign: signing, verify: verifying }: BenchResult, settings: BenchOptions): void {
  const micros = (value: number) => `${value.toFixed(1).padStart(7)} µs`
  const rate = (value: number) => `${value.toFixed(0).padStart(7)} /s`
  const percent = (share: number) => `${(share * 100).toFixed(0)} %`
  const goal = (met: boolean, text: string) => `(goal ${text}: ${met ? 'met' : 'not met'})`
  const lines = [
    `Node.js ${process.versions.node}, ${process.platform}/${process.arch}; load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} (other work inflates every figure)`,
    '',
    `Per call in process (POST ${PATH}, canned signed answer, no network; ${settings.rounds * settings.callsPerRound} calls of each, each in a process of its own, rotating rounds; medians)`,
    `  ours (wechatpay-apiv3 runtime)    ${micros(call.oursMicros)}`,
    `  wechatpay-axios-plugin            ${micros(call.pluginMicros)}`,
    `  bare axios (nothing signed)       ${micros(call.bareMicros)}`,
    `  RSA sign + verify alone           ${micros(call.cryptoMicros)}`,
    `  bare axios + sign + verify        ${micros(call.floorMicros)}   (a cross-check: the floor of any signed call)`,
    `  non-crypto overhead, measured directly (client − bare axios, in processes where node:crypto's sign and verify do nothing):`,
    `    ours ${call.oursDirectMicros.toFixed(1)} µs ${goal(call.oursDirectMicros <= GOALS.overheadMicros, `≤ ${GOALS.overheadMicros} µs`)}, ` +
      `plugin ${call.pluginDirectMicros.toFixed(1)} µs   ratio ours/plugin ${(call.oursDirectMicros / call.pluginDirectMicros).toFixed(2)}`,
    `    from the 10th percentiles: ours ${call.oursDirectLowMicros.toFixed(1)} µs, plugin ${call.pluginDirectLowMicros.toFixed(1)} µs`,
    `  cross-checks by the issue's formula, client − bare axios − RSA alone, which holds only where the parts' medians add up:`,
    `    from the medians: ours ${call.oursOverheadMicros.toFixed(1)} µs ${goal(call.oursOverheadMicros <= GOALS.overheadMicros, `by this formula ≤ ${GOALS.overheadMicros} µs`)}, ` +
      `plugin ${call.pluginOverheadMicros.toFixed(1)} µs`,
    `    from the 10th percentiles (the calls least disturbed): ours ${call.oursOverheadLowMicros.toFixed(1)} µs ` +
      `${goal(call.oursOverheadLowMicros <= GOALS.overheadMicros, `by this formula ≤ ${GOALS.overheadMicros} µs`)}, plugin ${call.pluginOverheadLowMicros.toFixed(1)} µs`,
    `    the floor by the same formula: ${call.floorOverheadMicros.toFixed(1)} µs (10th percentiles ${call.floorOverheadLowMicros.toFixed(1)} µs): ` +
      `what the parts fail to add up, in any client`,
    `    above the floor: ours ${(call.oursMicros - call.floorMicros).toFixed(1)} µs, plugin ${(call.pluginMicros - call.floorMicros).toFixed(1)} µs;` +
      ` whole call ours/plugin ${(call.oursMicros / call.pluginMicros).toFixed(2)}`,
    `  this machine paused the running code ${pauses.perSecond.toFixed(0)} times a second (gaps of ${pauses.thresholdMicros} µs or more, ` +
      `${pauses.medianMicros.toFixed(0)} µs median, ${(pauses.share * 100).toFixed(1)} % of the time; ${pauses.collections} more were the probe's own collections).`,
    `    Pauses at that rate, if they came at random, would reach ${percent(pausedShare(call.floorMicros, pauses))} of the floor's calls, ` +
      `${percent(pausedShare(call.cryptoMicros, pauses))} of RSA alone's, ${percent(pausedShare(call.bareMicros, pauses))} of bare axios', ` +
      `${percent(pausedShare(call.oursWithoutRsaMicros, pauses))} of ours without RSA and ${percent(pausedShare(call.pluginWithoutRsaMicros, pauses))} of the plugin's`,
    '',
    `End to end on loopback (${settings.inFlight} in flight, ${settings.loopbackRounds} rounds × ${settings.loopbackPerRound} requests, a server in a process of its own that checks every request's signature)`,
    `  ours                              ${rate(loopback.oursPerSecond)}`,
    `  wechatpay-axios-plugin            ${rate(loopback.pluginPerSecond)}   ratio ours/plugin ${loopback.ratio.toFixed(2)} (median of the rounds' ratios) ` +
      goal(loopback.ratio >= GOALS.loopbackRatio, `≥ ${GOALS.loopbackRatio}`),
    `  the plugin with maxRedirects: 0 ${rate(loopback.pluginNoRedirectsPerSecond)}   ratio ours/plugin ${loopback.ratioNoRedirects.toFixed(2)} ` +
      `(our default; axios then skips follow-redirects) ${goal(loopback.ratioNoRedirects >= GOALS.loopbackRatio, `≥ ${GOALS.loopbackRatio}`)}`,
    '',
    `Protocol functions (${settings.samples} samples of ${settings.sampleMs} ms)`,
    `  signMessage ${rate(signing.oursPerSecond)}, crypto.sign ${rate(signing.barePerSecond)}   ratio ${signing.ratio.toFixed(2)}`,
    `  verifyResponse ${rate(verifying.oursPerSecond)}, crypto.verify ${rate(verifying.barePerSecond)}   ratio ${verifying.ratio.toFixed(2)}`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
