// `wechatpay-apiv3/simulator` as a merchant gets it: the packed package installed into the consumer project, whose
// scripts (simulator.mjs through `import`, simulator.cjs through `require`) start the packed simulator and call every
// operation of the spec with the packed client, requests built from the simulator's own data. The expectations
// here come from the model of spec/, not from the simulator: each operation is called, with the status its spec
// declares, the handler is given exactly the request the client sent (sensitive fields decrypted), and the client
// gets exactly what the handler answered (verified with the simulator's platform key).

import { privateDecrypt, constants } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_NAME } from '../../generator/emit/package/index.ts'
import type { Operation } from '../../generator/model/types.ts'
import { validate } from '../../generator/runtime/simulator/schema.ts'
import { sensitiveFieldsIn } from '../../generator/runtime/simulator/sensitive.ts'
import { FIXTURES } from '../helpers.ts'
import { MCHID, MERCHANT_SERIAL, createKeyPair } from '../runtime/fixtures.ts'
import { buildAndInstall, removeScratch, runConsumerScript, type InstalledPackage } from './harness.ts'

const PROBABILITY_CALLS = 40
const SEED = 20240101

interface Outcome {
  status?: number
  data?: unknown
  bytes?: string
  error?: { classes: string[]; status?: number; code?: string; body?: { code: string; message: string; detail?: { field: string; location: string } } }
}

interface Result {
  format: string
  resolved: string
  exports: string[]
  platformKeys: { serial: string; certs: string[] }
  calls: (Outcome & { key: string; request: { params: unknown; query: unknown; body?: unknown }; received?: { body: unknown }; answered?: unknown })[]
  validation: (Outcome & { key: string; kind: string; field: string })[]
  target: string
  signing: Record<string, Outcome>
  unknownRoute: Outcome
  faults: Record<string, Outcome>
  rules: { first: string; again: string; other: string; times: number[] }
  defaults: (Outcome & { key: string })[]
  bill?: { text?: string; url?: string; error?: unknown }
  certificates: { serial: string; call: Outcome; urls: string[] }
  webhooks: { eventType: string; status: number; received: { parsed?: { event_type: string; resource: unknown } }[] }[]
  invalidResource: { name?: string; message?: string; resolved?: boolean }
  notify: {
    answer: { status: number }
    tampered: { status: number }
    sent: Record<string, unknown>
    notifications: { parsed?: { event_type: string; resource: unknown }; rejected?: string }[]
  }
}

const merchant = createKeyPair()
const apiV3Key = 'TEST-ONLY-apiv3-key-0123456789ab'
let installed: InstalledPackage

beforeAll(async () => {
  installed = await buildAndInstall(FIXTURES['spec']!)
})
afterAll(() => removeScratch(installed?.scratch))

const keyOf = (operation: Operation): string => `${operation.method.toUpperCase()} ${operation.path}`

/** The answer's sensitive strings (x-sensitive), decrypted with the merchant's key: what the handler answered in clear. */
function decryptSensitive(schema: Operation['contract']['answer']['schema'], value: unknown): unknown {
  if (schema === undefined) return value
  if (schema.sensitive === true && typeof value === 'string') {
    return privateDecrypt({ key: merchant.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(value, 'base64')).toString(
      'utf8',
    )
  }
  if (Array.isArray(value) && schema.items) return value.map((item) => decryptSensitive(schema.items, item))
  if (typeof value === 'object' && value !== null && schema.properties) {
    return Object.fromEntries(
      Object.entries(value).map(([name, child]) => [name, schema.properties![name] ? decryptSensitive(schema.properties![name], child) : child]),
    )
  }
  return value
}

describe.each([
  { format: 'esm', script: 'simulator.mjs', entry: 'simulator.mjs' },
  { format: 'cjs', script: 'simulator.cjs', entry: 'simulator.js' },
])('$script: the packed simulator through $format', ({ format, script, entry }) => {
  let result: Result
  const operations = (): readonly Operation[] => installed.generated.model.operations

  beforeAll(async () => {
    const outcome = await runConsumerScript(installed, script, {
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: merchant.privatePem,
      publicKey: merchant.publicPem,
      apiV3Key,
      seed: SEED,
      probabilityCalls: PROBABILITY_CALLS,
    })
    if (outcome.code !== 0 || outcome.result === undefined) throw new Error(`${script} exited ${outcome.code}:\n${outcome.stderr}${outcome.stdout}`)
    result = outcome.result as Result
  }, 240_000)

  it('loads its module format of the simulator entry, which exports startSimulator, the operations and the helpers', () => {
    expect(result.format).toBe(format)
    expect(result.resolved).toBe(path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME, entry))
    expect(result.exports).toEqual(
      expect.arrayContaining(['startSimulator', 'operations', 'exampleRequest', 'reply', 'fail', 'SIMULATOR_FAULTS', 'FAULT_HEADER']),
    )
    expect(result.platformKeys.serial).toMatch(/^PUB_KEY_ID_01\d{34}$/)
    expect(result.platformKeys.certs).toEqual([result.platformKeys.serial])
  })

  it('calls every operation of the spec: the handler gets the request as sent, the client the answer as given, verified', () => {
    expect(result.calls.map((call) => call.key).sort()).toEqual(operations().map(keyOf).sort())
    for (const operation of operations()) {
      const name = keyOf(operation)
      const call = result.calls.find((candidate) => candidate.key === name)!
      expect(call.error, `${name}: ${JSON.stringify(call.error)}`).toBeUndefined()
      expect(call.status, name).toBe(operation.contract.answer.status)
      if (operation.response.kind === 'json') {
        // The handler saw the body the client sent, sensitive fields decrypted again.
        if (operation.request.kind === 'json') expect(call.received?.body, name).toEqual(call.request.body)
        expect(decryptSensitive(operation.contract.answer.schema, call.data), name).toEqual(call.answered)
        expect(validate(operation.contract.answer.schema!, call.answered), name).toBeUndefined()
      } else if (operation.response.kind === 'binary') {
        expect(call.bytes, name).toEqual(expect.any(String))
      } else {
        // A signed 204: no body.
        expect([undefined, ''], name).toContain(call.data)
      }
    }
  })

  it('encrypts a sensitive request field and the simulator reads it in clear (the spec has one at least)', () => {
    const sensitive = operations().filter((operation) => operation.request.kind === 'json' && (operation.request.sensitive?.length ?? 0) > 0)
    expect(sensitive.length).toBeGreaterThan(0)
    for (const operation of sensitive) {
      const call = result.calls.find((candidate) => candidate.key === keyOf(operation))!
      expect(call.received?.body, keyOf(operation)).toEqual(call.request.body)
      // The simulator's marks and the client's paths, from the same spec, name the same fields.
      const marked = sensitiveFieldsIn(operation.contract.body!, call.request.body).map((field) => field.replace(/\[\d+\]/g, '[]'))
      expect(new Set(marked), keyOf(operation)).toEqual(new Set(operation.request.kind === 'json' ? operation.request.sensitive : []))
    }
  })

  it('answers 400 PARAM_ERROR naming the field left out or of the wrong type, for every operation with a body or a required query', () => {
    const checked = operations().filter(
      (operation) => (operation.request.kind === 'json' && (operation.contract.body?.required?.length ?? 0) > 0) || operation.contract.requiredQuery.length > 0,
    )
    expect(new Set(result.validation.map((entry) => entry.key))).toEqual(new Set(checked.map(keyOf)))
    for (const entry of result.validation) {
      expect(entry.error?.status, `${entry.key} ${entry.kind}`).toBe(400)
      expect(entry.error?.body, `${entry.key} ${entry.kind}`).toMatchObject({
        code: 'PARAM_ERROR',
        detail: { field: entry.field, location: entry.kind === 'query' ? 'query' : 'body' },
      })
      expect(entry.error?.body?.message).toContain(entry.field)
    }
  })

  it.each(['other-key', 'other-mchid', 'other-serial', 'stale-clock'])('answers 401 SIGN_ERROR to a request signed with %s', (name) => {
    expect(result.signing[name]!.error).toMatchObject({ status: 401, body: { code: 'SIGN_ERROR' } })
  })

  it('answers 404 to a route the spec does not have', () => {
    expect(result.unknownRoute.error).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } })
  })

  const VERIFICATION = ['ResponseVerificationError', 'WechatpayError']
  const FAULT_OUTCOMES: Record<string, Partial<NonNullable<Outcome['error']>>> = {
    'tampered-signature': { classes: [...VERIFICATION, 'SignatureMismatchError'].sort() },
    'tampered-body': { classes: [...VERIFICATION, 'SignatureMismatchError'].sort() },
    'stale-timestamp': { classes: [...VERIFICATION, 'TimestampSkewError'].sort() },
    'unknown-serial': { classes: [...VERIFICATION, 'UnknownSerialError'].sort() },
    'missing-signature': { classes: [...VERIFICATION, 'ResponseHeadersMissingError'].sort() },
    'missing-headers': { classes: [...VERIFICATION, 'ResponseHeadersMissingError'].sort() },
    'status-429': { status: 429, body: { code: 'FREQUENCY_LIMITED', message: expect.any(String) } },
    'status-500': { status: 500, body: { code: 'SYSTEM_ERROR', message: expect.any(String) } },
    'status-502': { status: 502 },
    'status-503': { status: 503, body: { code: 'SYSTEM_ERROR', message: expect.any(String) } },
    delay: { code: 'ECONNABORTED' },
    drop: { code: 'ECONNRESET' },
  }

  it('has an expectation for every fault it exports', () => {
    expect(Object.keys(result.faults).sort()).toEqual(Object.keys(FAULT_OUTCOMES).sort())
  })

  it.each(Object.keys(FAULT_OUTCOMES))('the client rejects the fault %s', (fault) => {
    expect(result.faults[fault], fault).toMatchObject({ error: FAULT_OUTCOMES[fault] })
  })

  it('fault rules: a seeded probability picks the same requests again, another seed others; `times` and `when` limit a rule', () => {
    const failures = result.rules.first.split(',').filter((entry) => entry === '500').length
    expect(result.rules.first.split(',')).toHaveLength(PROBABILITY_CALLS)
    expect(result.rules.again).toBe(result.rules.first)
    expect(result.rules.other).not.toBe(result.rules.first)
    expect(failures).toBeGreaterThan(0)
    expect(failures).toBeLessThan(PROBABILITY_CALLS)
    expect(result.rules.first.split(',').every((entry) => entry === 'ok' || entry === '500')).toBe(true)
    // Another operation is untouched, the target fails twice, then succeeds.
    expect(result.rules.times).toEqual([200, 429, 429, 200])
  })

  it("without handlers, answers every operation with the spec's example, valid against its answer schema", () => {
    for (const operation of operations()) {
      const answer = result.defaults.find((candidate) => candidate.key === keyOf(operation))!
      expect(answer.error, `${keyOf(operation)}: ${JSON.stringify(answer.error)}`).toBeUndefined()
      expect(answer.status, keyOf(operation)).toBe(operation.contract.answer.status)
      if (operation.response.kind === 'json') {
        expect(validate(operation.contract.answer.schema!, decryptSensitive(operation.contract.answer.schema, answer.data)), keyOf(operation)).toBeUndefined()
      }
    }
  })

  it('applies for a bill and downloads it from the simulator with wxpay.downloadBill, its digest checked', () => {
    expect(result.bill?.error).toBeUndefined()
    expect(result.bill?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v3\/billdownload\/file\?token=/)
    expect(result.bill?.text).toMatch(new RegExp(`^交易时间,.*\\n.*\`${MCHID},`))
  })

  it('notify() delivers a signed, encrypted notification that wxpay.notifications.parse verifies and decrypts', () => {
    expect(result.notify.answer.status).toBe(204)
    expect(result.notify.tampered.status).toBe(401)
    expect(result.notify.notifications[0]!.parsed).toMatchObject({ event_type: 'TRANSACTION.SUCCESS', resource: result.notify.sent })
    expect(result.notify.notifications[1]).toEqual({ rejected: 'SignatureMismatchError' })
  })

  it("notify() of each webhook of the spec without a resource sends the spec's example, valid, parsed by the client", () => {
    expect(result.webhooks.map((webhook) => webhook.eventType)).toEqual(installed.generated.model.webhooks.map((webhook) => webhook.eventType))
    for (const webhook of installed.generated.model.webhooks) {
      const delivery = result.webhooks.find((candidate) => candidate.eventType === webhook.eventType)!
      expect(delivery.status, webhook.eventType).toBe(204)
      expect(delivery.received, webhook.eventType).toHaveLength(1)
      expect(delivery.received[0]!.parsed?.event_type).toBe(webhook.eventType)
      expect(validate(webhook.resourceSchema, delivery.received[0]!.parsed?.resource), webhook.eventType).toBeUndefined()
    }
  })

  it('notify() refuses a resource that does not match its webhook, naming the field', () => {
    expect(result.invalidResource).toMatchObject({ name: 'TypeError', message: expect.stringContaining('amount.total') })
  })

  it('with platformCertificate, serves its certificate on GET /v3/certificates: a client with apiV3Key and no certs downloads it first', () => {
    expect(result.certificates.serial).toMatch(/^[0-9A-F]{40}$/)
    expect(result.certificates.call.error).toBeUndefined()
    expect(result.certificates.call.status).toBe(200)
    expect(result.certificates.urls[0]).toBe('/v3/certificates')
    expect(result.certificates.urls).toHaveLength(2)
  })
})

describe('the packed simulator', () => {
  it('ships the operations of the spec as data under its own subpath, and the main entry does not load them', () => {
    const dir = path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME)
    const data = JSON.parse(readFileSync(path.join(dir, 'simulator/operations.json'), 'utf8')) as { operations: { method: string; path: string }[] }
    expect(data.operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(installed.generated.model.operations.map(keyOf))
    for (const file of ['client.js', 'client.mjs', 'runtime/index.js', 'runtime/index.mjs']) {
      expect(readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/simulator/i)
    }
    // Nothing beyond Node.js: the simulator's bundles import node: builtins only.
    for (const file of ['runtime/simulator/index.js', 'runtime/simulator/index.mjs']) {
      const text = readFileSync(path.join(dir, file), 'utf8')
      const specifiers = [...text.matchAll(/(?:require\(|from\s+)['"]([^'"]+)['"]/g)].map((match) => match[1])
      expect(
        specifiers.filter((specifier) => !specifier!.startsWith('node:')),
        file,
      ).toEqual([])
    }
  })
})
