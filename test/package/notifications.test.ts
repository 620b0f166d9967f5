// Notifications end to end through the packed package: the consumer runs a node:http server (notify.mjs through
// `import`, notify.cjs through `require`) whose handler uses `wxpay.notifications.parse`; the WeChat Pay simulator
// posts one notification per webhook of the spec (read from the model), one of an event type the spec does not
// have, and two faults. Nothing of the generator or the runtime sources is loaded by the consumer.

import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exampleValue } from '../../generator/emit/pages/webhook-example.ts'
import { FIXTURES } from '../helpers.ts'
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, createKeyPair } from '../runtime/fixtures.ts'
import { sendNotification, type DeliveryResult, type NotificationIdentity, type NotificationInput } from '../runtime/simulator.ts'
import { buildAndInstall, removeScratch, type InstalledPackage } from './harness.ts'

/** A bound against a hung child process only (the test then fails); nothing waits on it otherwise. */
const HANG_GUARD_MS = 120_000

const merchant = createKeyPair()
const platform = createKeyPair()
const apiV3Key = randomBytes(16).toString('hex')
const sender: NotificationIdentity = { platformSerial: PLATFORM_SERIAL, platformPrivateKey: platform.privateKey, apiV3Key }
let installed: InstalledPackage

beforeAll(async () => {
  installed = await buildAndInstall(FIXTURES['spec']!)
})
afterAll(() => removeScratch(installed?.scratch))

interface Received {
  outcome: 'parsed' | 'unknown' | 'rejected'
  notification?: { id: string; event_type: string; original_type: string; resource: Record<string, unknown>; create_time: string; summary: string }
  name?: string
  eventType?: string
  isWechatpayError?: boolean
}

/** Starts a consumer's server, runs `deliver` against its URL, and returns what the server saw once it handled `count` requests. */
async function withServer<T>(
  script: string,
  count: number,
  deliver: (url: string) => Promise<T>,
): Promise<{ delivered: T; received: Received[]; format: string }> {
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
      count,
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
    const delivered = await deliver(`http://127.0.0.1:${port}/wechatpay/notify`)
    const code = await exited
    if (code !== 0 || !existsSync(resultFile)) throw new Error(`${script} exited ${code}:\n${stderr}`)
    const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { format: string; received: Received[] }
    return { delivered, ...result }
  } finally {
    clearTimeout(guard)
    if (child.exitCode === null) child.kill()
  }
}

describe.each([
  { script: 'notify.mjs', format: 'esm' },
  { script: 'notify.cjs', format: 'cjs' },
])('$script: a node:http notify_url through the installed package ($format)', ({ script, format }) => {
  let run: Awaited<ReturnType<typeof withServer<DeliveryResult[]>>>
  let inputs: NotificationInput[]

  beforeAll(async () => {
    const { webhooks } = installed.generated.model
    expect(webhooks.length).toBeGreaterThan(0)
    inputs = [
      ...webhooks.map((webhook) => ({ eventType: webhook.eventType, resource: exampleValue(webhook.resource) as Record<string, unknown> })),
      // Not in the spec: authentic, so it reaches the handler as UnknownNotificationEventError.
      { eventType: `${webhooks[0]!.eventType}.NOT_IN_SPEC`, resource: { note: 'new' } },
      { eventType: webhooks[0]!.eventType, resource: {}, fault: 'tampered-signature' },
      { eventType: webhooks[0]!.eventType, resource: {}, fault: 'wrong-apiv3-key' },
    ]
    // One at a time, so that the server's record lines up with the deliveries.
    run = await withServer(script, inputs.length, async (url) => {
      const results: DeliveryResult[] = []
      for (const input of inputs) results.push(await sendNotification(url, sender, input))
      return results
    })
  })

  it('parses every webhook of the spec into its event type and decrypted resource, and answers 204', () => {
    const { webhooks } = installed.generated.model
    expect(run.format).toBe(format)
    webhooks.forEach((webhook, index) => {
      const received = run.received[index]!
      expect(received.outcome, JSON.stringify(received)).toBe('parsed')
      expect(received.notification).toMatchObject({ id: run.delivered[index]!.id, event_type: webhook.eventType, resource: inputs[index]!.resource })
      expect(typeof received.notification!.original_type).toBe('string')
      expect(run.delivered[index]!.status).toBe(204)
    })
  })

  it('delivers an event type the spec does not have as UnknownNotificationEventError, answered as received', () => {
    const index = installed.generated.model.webhooks.length
    expect(run.received[index]).toMatchObject({ outcome: 'unknown', name: 'UnknownNotificationEventError', eventType: inputs[index]!.eventType })
    expect(run.delivered[index]!.status).toBe(204)
  })

  it('rejects a bad signature (401) and an undecryptable resource (400) with the package error classes', () => {
    const index = installed.generated.model.webhooks.length + 1
    expect(run.received[index]).toMatchObject({ outcome: 'rejected', name: 'SignatureMismatchError', isWechatpayError: true })
    expect(run.delivered[index]!.status).toBe(401)
    expect(run.received[index + 1]).toMatchObject({ outcome: 'rejected', name: 'NotificationDecryptionError', isWechatpayError: true })
    expect(run.delivered[index + 1]!.status).toBe(400)
    expect(JSON.parse(run.delivered[index + 1]!.body)).toMatchObject({ code: 'FAIL' })
  })
})
