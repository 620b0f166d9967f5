// Notifications end to end through the packed package, as a merchant's notify_url: the consumer runs a node:http
// server and an Express app (express.raw on the route), each loading the package by `import` (client.mjs) and by
// `require` (client.js); the handler hands headers and raw body to `wxpay.notifications.parse` and answers with
// `notificationAnswer` (test/package/consumer/notify-server.cjs). The WeChat Pay simulator posts, over real HTTP, one
// notification per webhook of the spec (read from the model), every fault it knows, and a share of 500 notifications
// with 10 % seeded random faults. Nothing of the generator or the runtime sources is loaded by the consumer.

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleValue } from '../../generator/emit/pages/webhook-example.ts'
import { FIXTURES } from '../helpers.ts'
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, createKeyPair } from '../runtime/fixtures.ts'
import {
  NOTIFICATION_FAULTS,
  seededRandom,
  sendNotification,
  type DeliveryResult,
  type NotificationIdentity,
  type NotificationInput,
} from '../runtime/simulator.ts'
import { buildAndInstall, removeScratch, type InstalledPackage } from './harness.ts'
import { FAULT_OUTCOMES } from './notification-outcomes.ts'

/** A bound against a hung child process only (the test then fails); nothing waits on it otherwise. */
const HANG_GUARD_MS = 120_000
/** Deliveries in flight to one server. */
const IN_FLIGHT = 4

const merchant = createKeyPair()
const platform = createKeyPair()
const apiV3Key = randomBytes(16).toString('hex')
const sender: NotificationIdentity = { platformSerial: PLATFORM_SERIAL, platformPrivateKey: platform.privateKey, apiV3Key }

const SERVERS = [
  { script: 'notify.mjs', format: 'esm', framework: 'node:http' },
  { script: 'notify.cjs', format: 'cjs', framework: 'node:http' },
  { script: 'notify-express.mjs', format: 'esm', framework: 'express' },
  { script: 'notify-express.cjs', format: 'cjs', framework: 'express' },
] as const

const RANDOM_TOTAL = 500

let installed: InstalledPackage
beforeAll(async () => {
  installed = await buildAndInstall(FIXTURES['spec']!)
})
afterAll(() => removeScratch(installed?.scratch))

interface Received {
  nonce: string
  outcome: 'parsed' | 'unknown' | 'rejected'
  notification?: { id: string; event_type: string; original_type: string; resource: Record<string, unknown>; create_time: string; summary: string }
  name?: string
  message?: string
  reason?: string
  eventType?: string
  isWechatpayError?: boolean
}

interface Delivery {
  input: NotificationInput
  /** Where it is posted, below the server's base URL. */
  route: string
  result: DeliveryResult
  received: Received
}

/** Starts a consumer's server, posts `plan` to it (IN_FLIGHT at a time), and pairs each delivery with what the server saw. */
async function deliverTo(
  script: string,
  plan: readonly { input: NotificationInput; route: string }[],
): Promise<{ deliveries: Delivery[]; format: string; framework: string }> {
  const name = script.replace(/\W/g, '-')
  const scenario = path.join(installed.scratch, `${name}.scenario.json`)
  const resultFile = path.join(installed.scratch, `${name}.result.json`)
  writeFileSync(
    scenario,
    JSON.stringify({
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: merchant.privatePem,
      certs: { [PLATFORM_SERIAL]: platform.publicPem },
      apiV3Key,
      count: plan.length,
    }),
  )
  const child = spawn(process.execPath, [script], {
    cwd: installed.consumerDir,
    env: { ...process.env, WECHATPAY_SCENARIO: scenario, WECHATPAY_RESULT: resultFile },
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  const guard = setTimeout(() => child.kill(), HANG_GUARD_MS)
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        const match = /LISTENING (\d+)/.exec(stdout)
        if (match) resolve(Number(match[1]))
      })
      void exited.then((code) => reject(new Error(`${script} exited ${code} before listening:\n${stderr}`)))
    })
    const results: DeliveryResult[] = []
    let next = 0
    async function worker(): Promise<void> {
      for (let index = next++; index < plan.length; index = next++) {
        const { input, route } = plan[index]!
        results[index] = await sendNotification(`http://127.0.0.1:${port}${route}`, sender, input)
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
    const code = await exited
    if (code !== 0 || !existsSync(resultFile)) throw new Error(`${script} exited ${code}:\n${stderr}`)
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { format: string; framework: string; received: Received[] }
    const byNonce = new Map(result.received.map((received) => [received.nonce, received]))
    const deliveries = plan.map(({ input, route }, index) => {
      const received = byNonce.get(results[index]!.nonce)
      if (received === undefined) throw new Error(`${script}: no record of delivery ${index} (${input.fault ?? input.eventType})`)
      return { input, route, result: results[index]!, received }
    })
    return { deliveries, format: result.format, framework: result.framework }
  } finally {
    clearTimeout(guard)
    if (child.exitCode === null) child.kill()
  }
}

/** Why a delivery's outcome is wrong, or undefined when it is what its input calls for. */
function wrongOutcome({ input, result, received }: Delivery): string | undefined {
  const label = `${input.fault ?? 'genuine'} ${input.eventType}`
  if (input.fault === undefined) {
    if (received.outcome !== 'parsed') return `${label}: wrongly rejected as ${received.name}`
    if (received.notification!.id !== result.id || JSON.stringify(received.notification!.resource) !== JSON.stringify(input.resource))
      return `${label}: another notification or resource`
    if (result.status !== 204 || result.body !== '') return `${label}: answered ${result.status} ${result.body}`
    return undefined
  }
  const expected = FAULT_OUTCOMES[input.fault]
  if (received.outcome === 'parsed') return `${label}: wrongly accepted`
  if (received.name !== expected.name) return `${label}: rejected as ${received.name}, not ${expected.name}`
  if (result.status !== expected.status) return `${label}: answered ${result.status}, not ${expected.status}`
  return undefined
}

/** The 500 random notifications, each with its server: a genuine one of a random webhook, or 10 % a random fault. */
function randomPlan(eventTypes: readonly string[]): { server: number; input: NotificationInput }[] {
  const random = seededRandom(20240101)
  return Array.from({ length: RANDOM_TOTAL }, (_, serial) => {
    const eventType = eventTypes[Math.floor(random() * eventTypes.length)]!
    const fault = random() < 0.1 ? NOTIFICATION_FAULTS[Math.floor(random() * NOTIFICATION_FAULTS.length)] : undefined
    return { server: serial % SERVERS.length, input: { eventType, resource: resourceOf(eventType), ...(fault ? { fault } : {}) } }
  })
}

/** The example resource of a webhook of the spec, from the model. */
function resourceOf(eventType: string): Record<string, unknown> {
  const webhook = installed.generated.model.webhooks.find((candidate) => candidate.eventType === eventType)!
  return exampleValue(webhook.resource) as Record<string, unknown>
}

describe.each(SERVERS.map((server, index) => ({ ...server, index })))(
  '$script: a $framework notify_url through the installed package ($format)',
  ({ script, format, framework, index }) => {
    let run: Awaited<ReturnType<typeof deliverTo>>
    let eventTypes: string[]
    /** How many of the deliveries, the last ones, are this server's share of the random notifications. */
    let randomCount: number
    const notify = '/wechatpay/notify'

    beforeAll(async () => {
      eventTypes = installed.generated.model.webhooks.map((webhook) => webhook.eventType)
      expect(eventTypes.length).toBeGreaterThan(0)
      const fixed = [
        ...eventTypes.map((eventType) => ({ input: { eventType, resource: resourceOf(eventType) }, route: notify })),
        ...NOTIFICATION_FAULTS.map((fault) => ({ input: { eventType: eventTypes[0]!, resource: { note: `fault ${fault}` }, fault }, route: notify })),
        // The classic Express mistake: a JSON body parser before the handler.
        ...(framework === 'express' ? [{ input: { eventType: eventTypes[0]!, resource: resourceOf(eventTypes[0]!) }, route: `${notify}-parsed` }] : []),
      ]
      const random = randomPlan(eventTypes)
        .filter((entry) => entry.server === index)
        .map(({ input }) => ({ input, route: notify }))
      randomCount = random.length
      run = await deliverTo(script, [...fixed, ...random])
    })

    it('runs the package entry of its format in its framework', () => {
      expect(run).toMatchObject({ format, framework })
    })

    it('parses every webhook of the spec into its event type and decrypted resource, and answers 204 without a body', () => {
      for (const eventType of eventTypes) {
        const delivery = run.deliveries.find(
          (candidate) => candidate.route === notify && candidate.input.fault === undefined && candidate.input.eventType === eventType,
        )!
        expect(delivery.received.outcome, JSON.stringify(delivery.received)).toBe('parsed')
        expect(delivery.received.notification).toMatchObject({
          id: delivery.result.id,
          event_type: eventType,
          resource_type: 'encrypt-resource',
          resource: delivery.input.resource,
        })
        expect(typeof delivery.received.notification!.original_type).toBe('string')
        expect(delivery.result).toMatchObject({ status: 204, body: '' })
      }
    })

    it.each(NOTIFICATION_FAULTS.filter((fault) => fault !== 'unknown-event'))('rejects %s with its error class and answers FAIL', (fault) => {
      const delivery = run.deliveries.find((candidate) => candidate.input.fault === fault)!
      const expected = FAULT_OUTCOMES[fault]
      expect(delivery.received).toMatchObject({ outcome: 'rejected', name: expected.name, isWechatpayError: true })
      expect(delivery.result.status).toBe(expected.status)
      expect(JSON.parse(delivery.result.body)).toEqual({ code: 'FAIL', message: expected.message })
      expect(`${delivery.received.message}\n${delivery.result.body}`).not.toContain(apiV3Key)
      expect(delivery.received.message).not.toContain(`fault ${fault}`) // the plaintext
    })

    it('hands an authentic notification of an event type the spec lacks to the handler as UnknownNotificationEventError, answered 204', () => {
      const delivery = run.deliveries.find((candidate) => candidate.input.fault === 'unknown-event')!
      expect(delivery.received).toMatchObject({
        outcome: 'unknown',
        name: 'UnknownNotificationEventError',
        isWechatpayError: true,
        eventType: 'SIMULATOR.NEW_EVENT',
      })
      expect(delivery.received.notification).toMatchObject({ id: delivery.result.id, event_type: 'SIMULATOR.NEW_EVENT', resource: delivery.input.resource })
      expect(delivery.result).toMatchObject({ status: 204, body: '' })
    })

    if (framework === 'express') {
      it('with express.json() before the handler: MalformedNotificationError (body-not-raw), answered 400', () => {
        const delivery = run.deliveries.find((candidate) => candidate.route === `${notify}-parsed`)!
        expect(delivery.received).toMatchObject({ outcome: 'rejected', name: 'MalformedNotificationError', reason: 'body-not-raw' })
        expect(delivery.result.status).toBe(400)
        expect(JSON.parse(delivery.result.body)).toEqual({ code: 'FAIL', message: '通知格式错误' })
      })
    }

    it(`its share of ${RANDOM_TOTAL} notifications with 10 % random faults: no wrong acceptance, no wrong rejection`, () => {
      const random = run.deliveries.slice(-randomCount)
      expect(random.length).toBeGreaterThanOrEqual(Math.floor(RANDOM_TOTAL / SERVERS.length))
      expect(random.filter((delivery) => delivery.input.fault !== undefined).length).toBeGreaterThan(0)
      expect(random.map(wrongOutcome).filter((problem) => problem !== undefined)).toEqual([])
    })
  },
)

it(`the ${RANDOM_TOTAL} random notifications carry about 10 % faults, of several kinds, over all servers`, () => {
  const plan = randomPlan(installed.generated.model.webhooks.map((webhook) => webhook.eventType))
  const faulty = plan.filter((entry) => entry.input.fault !== undefined)
  expect(faulty.length).toBeGreaterThan(30)
  expect(faulty.length).toBeLessThan(70)
  expect(new Set(faulty.map((entry) => entry.input.fault)).size).toBeGreaterThan(NOTIFICATION_FAULTS.length / 2)
  expect(new Set(plan.map((entry) => entry.server)).size).toBe(SERVERS.length)
})
