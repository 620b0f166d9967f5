// The SDK as an application gets it: the package generated from spec/, packed with npm, installed offline from the
// tarball into the consumer project of test/package/consumer/, and used there through `import` and `require`
// against the WeChat Pay simulator. Nothing of the generator or the runtime sources is loaded by the consumer.

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PACKAGE_NAME } from '../../generator/emit/package/index.ts'
import { sampleCall, sampleObject, sampleValue } from '../../generator/emit/package/sample.ts'
import type { Operation } from '../../generator/model/types.ts'
import type { EndpointTable } from '../../generator/runtime/endpoints.ts'
import { FIXTURES, ROOT } from '../helpers.ts'
import { MCHID, MERCHANT_SERIAL, PLATFORM_SERIAL, createKeyPair, identity } from '../runtime/fixtures.ts'
import { downloadBytes, FAULT_HEADER, FAULTS, startSimulator, type Fault, type OperationContract, type Simulator } from '../runtime/simulator.ts'
import { buildAndInstall, removeScratch, run, runConsumerScript, type InstalledPackage } from './harness.ts'

const LOAD = { total: 500, concurrency: 32 }
const SLOW_MS = 2_000
const SLOW_TIMEOUT_MS = 200

/** What each fault must reject with: the package's error classes the error is an instance of, and its details. */
const VERIFICATION = ['ResponseVerificationError', 'WechatpayError']
const EXPECTED_FAULTS: Record<Fault, Record<string, unknown>> = {
  'tampered-signature': { classes: [...VERIFICATION, 'SignatureMismatchError'].sort(), rawBody: true },
  'tampered-body': { classes: [...VERIFICATION, 'SignatureMismatchError'].sort(), rawBody: true },
  'stale-timestamp': { classes: [...VERIFICATION, 'TimestampSkewError'].sort(), rawBody: true },
  'unknown-serial': { classes: [...VERIFICATION, 'UnknownSerialError'].sort(), rawBody: true },
  'missing-signature': { classes: [...VERIFICATION, 'ResponseHeadersMissingError'].sort(), rawBody: true },
  'status-429': { classes: ['AxiosError'], status: 429, responseCode: 'FREQUENCY_LIMITED' },
  'status-500': { classes: ['AxiosError'], status: 500, responseCode: 'SYSTEM_ERROR' },
  slow: { classes: ['AxiosError'], code: 'ECONNABORTED' },
  drop: { classes: ['AxiosError'], code: 'ECONNRESET' },
}

interface ScenarioResult {
  format: string
  resolved: { entry: string; protocol: string; axios: string }
  client: { constructorName: string; instanceOfWechatpay: boolean; axios: boolean }
  calls: { chain: string; method: string; status?: number; data?: unknown; bytes?: string; error?: unknown; message?: string }[]
  faults: ({ fault: Fault; resolved?: number } & Record<string, unknown>)[]
  load: { total: number; ok: number; failures: unknown[]; maxInFlight: number; milliseconds: number }
  protocol: { sameErrorClasses: boolean; status: number; verifiedSerial: string; tampered: unknown; axiosExported: boolean }
}

const merchant = createKeyPair()
const platform = createKeyPair()
let installed: InstalledPackage
let simulator: Simulator

/** The answer the simulator gives a JSON operation: every declared field of an object, else a value of the type. */
function sampleAnswer(operation: Operation): unknown {
  if (operation.response.kind !== 'json') return undefined
  const { type } = operation.response
  return type.kind === 'object' ? sampleObject(type.properties, type.additional, true) : sampleValue(type)
}

/** What the spec says of an operation beyond the endpoint table: required fields and parameters, the answer. */
function contract(operation: Operation): OperationContract {
  const { request } = operation
  const required = request.kind === 'json' && request.type.kind === 'object' ? request.type.properties.filter((p) => !p.optional).map((p) => p.name) : []
  return {
    required,
    requiredQuery: operation.queryParameters.filter((p) => !p.optional).map((p) => p.name),
    answer: sampleAnswer(operation),
  }
}

beforeAll(async () => {
  installed = await buildAndInstall(FIXTURES['spec']!)
  // Every route from the installed package's endpoint table: no route is written per endpoint.
  const endpoints = JSON.parse(readFileSync(path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME, 'endpoints.json'), 'utf8')) as EndpointTable
  const operationsByKey = new Map(installed.generated.model.operations.map((operation) => [`${operation.method} ${operation.path}`, operation]))
  simulator = await startSimulator({
    ...identity(merchant, platform),
    slowMs: SLOW_MS,
    routes: [],
    endpoints,
    contracts: (method, template) => {
      const operation = operationsByKey.get(`${method} ${template}`)
      return operation === undefined ? undefined : contract(operation)
    },
  })
})
afterAll(async () => {
  await simulator?.close()
  removeScratch(installed?.scratch)
})

/** Faults, load and the protocol check use the first call: a JSON POST with a JSON answer and no path parameter. */
function isPlainJsonPost(operation: Operation): boolean {
  return operation.method === 'post' && operation.request.kind === 'json' && operation.response.kind === 'json' && operation.pathParameters.length === 0
}

function operations(): Operation[] {
  return [...installed.generated.model.operations].sort((a, b) => Number(isPlainJsonPost(b)) - Number(isPlainJsonPost(a)))
}

/** A multipart operation's upload: the consumer sends these bytes as `file`, with `{ filename, sha256 }` as `meta`. */
const UPLOAD = { filename: 'sample.jpg', content: 'not really a JPEG' }

function scenario(): unknown {
  return {
    baseURL: simulator.baseURL,
    mchid: MCHID,
    serial: MERCHANT_SERIAL,
    privateKey: merchant.privatePem,
    certs: { [PLATFORM_SERIAL]: platform.publicPem },
    faultHeader: FAULT_HEADER,
    calls: operations().map((operation) => ({
      chain: operation.chain,
      method: operation.method,
      path: operation.path,
      ...sampleCall(operation),
      ...(operation.request.kind === 'multipart' ? { upload: UPLOAD } : {}),
    })),
    faults: FAULTS.map((fault) => ({ fault, ...(fault === 'slow' ? { timeout: SLOW_TIMEOUT_MS } : {}) })),
    load: LOAD,
  }
}

describe('the packed tarball', () => {
  it('holds the runtime, typings, table, README and license, and not the docs', () => {
    expect(installed.packedFiles).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'client.js',
        'client.mjs',
        'client.d.ts',
        'client.d.mts',
        'index.d.ts',
        'index.d.mts',
        'endpoints.json',
      ]),
    )
    expect(installed.packedFiles).toEqual(expect.arrayContaining(['runtime/index.js', 'runtime/index.mjs', 'runtime/protocol.js', 'runtime/protocol.mjs']))
    expect(installed.packedFiles).toEqual(expect.arrayContaining(['bin/wechatpay-apiv3.js', 'runtime/cli.js']))
    expect(installed.packedFiles.filter((file) => file.startsWith('docs/') || file === '.generated')).toEqual([])
    // The project's license, under the name package.json gives.
    const packaged = (file: string) => readFileSync(path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME, file), 'utf8')
    expect(packaged('LICENSE')).toBe(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'))
    expect(packaged('LICENSE')).toMatch(/^MIT License\n/)
    expect((JSON.parse(packaged('package.json')) as { license: string }).license).toBe('MIT')
  })

  it('installs offline into the consumer, with axios inside the consumer project', () => {
    const manifest = JSON.parse(readFileSync(path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(manifest.dependencies)).toEqual(['axios'])
    const axios = JSON.parse(readFileSync(path.join(installed.consumerDir, 'node_modules/axios/package.json'), 'utf8')) as { version: string }
    expect(axios.version.split('.')[0]).toBe(manifest.dependencies['axios']!.replace(/^\D*/, '').split('.')[0])
  })

  it('passes publint (strict) with no message', async () => {
    const tarball = readFileSync(installed.tarball)
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
      level: 'suggestion',
    })
    expect(messages.map((message) => formatMessage(message, pkg) ?? message.code)).toEqual([])
  })

  it('passes @arethetypeswrong/cli with no problem, in every resolution mode', async () => {
    const attw = await run(path.join(ROOT, 'node_modules/.bin/attw'), [installed.tarball, '--format', 'json'], { cwd: installed.scratch })
    const report = JSON.parse(attw.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } }
    expect(report.analysis.problems).toEqual([])
    expect(Object.keys(report.analysis.entrypoints)).toEqual(expect.arrayContaining(['.', './protocol', './simulator']))
    expect(attw.code).toBe(0)
  })
})

describe.each([
  { format: 'esm', script: 'esm.mjs', entry: 'client.mjs', protocol: 'protocol.mjs' },
  { format: 'cjs', script: 'cjs.cjs', entry: 'client.js', protocol: 'protocol.js' },
])('$script: the installed package through $format', ({ format, script, entry, protocol }) => {
  let result: ScenarioResult
  let verifiedBefore: number
  let verifiedAfter: number

  beforeAll(async () => {
    verifiedBefore = simulator.verifiedRequests
    const outcome = await runConsumerScript(installed, script, scenario())
    if (outcome.code !== 0 || outcome.result === undefined) throw new Error(`${script} exited ${outcome.code}:\n${outcome.stderr}${outcome.stdout}`)
    result = outcome.result as ScenarioResult
    verifiedAfter = simulator.verifiedRequests
  })

  it('loads the package entry of its module format, and axios from the consumer project', () => {
    const installedDir = path.join(installed.consumerDir, 'node_modules', PACKAGE_NAME)
    expect(result.format).toBe(format)
    expect(result.resolved.entry).toBe(path.join(installedDir, entry))
    expect(result.resolved.protocol).toBe(path.join(installedDir, protocol))
    expect(result.resolved.axios.startsWith(path.join(installed.consumerDir, 'node_modules/axios') + path.sep)).toBe(true)
    expect(result.client).toEqual({ constructorName: 'Wechatpay', instanceOfWechatpay: true, axios: true })
  })

  it('calls every operation of the spec successfully, signed and verified', () => {
    const model = installed.generated.model
    expect(result.calls.map((call) => `${call.method} ${call.chain}`).sort()).toEqual(model.operations.map((op) => `${op.method} ${op.chain.join('.')}`).sort())
    for (const operation of model.operations) {
      const name = `${operation.method.toUpperCase()} ${operation.path}`
      const call = result.calls.find((candidate) => candidate.chain === operation.chain.join('.') && candidate.method === operation.method)!
      expect(call, `${name}: ${call.message ?? ''} ${JSON.stringify(call.error ?? '')}`).toMatchObject({ status: expect.any(Number) })
      if (operation.response.kind === 'json') {
        // The signed answer, verified and parsed: what the simulator was given for it.
        expect(call.status, name).toBe(200)
        expect(call.data, name).toEqual(sampleAnswer(operation))
      } else if (operation.response.kind === 'empty') {
        expect(call.status, name).toBe(204)
      } else {
        // Unsigned bytes, returned as a Buffer.
        expect(call.status, name).toBe(200)
        expect(call.bytes, name).toBe(downloadBytes(operation.path).toString('utf8'))
      }
    }
    // The User-Agent names the package.
    const agents = simulator.requests.map((request) => request.headers['user-agent'])
    expect(agents.filter((agent) => agent?.startsWith(`${PACKAGE_NAME}/${model.info.version} axios/`)).length).toBeGreaterThan(0)
  })

  it.each(FAULTS)('rejects the fault %s with its error class exported by the package', (fault) => {
    const outcome = result.faults.find((candidate) => candidate.fault === fault)!
    expect(outcome.resolved, `${fault} resolved`).toBeUndefined()
    expect(outcome).toMatchObject(EXPECTED_FAULTS[fault])
  })

  it(`verifies all of ${LOAD.total} requests with ${LOAD.concurrency} in flight`, () => {
    expect(result.load.failures).toEqual([])
    expect(result.load.ok).toBe(LOAD.total)
    expect(result.load.maxInFlight).toBe(LOAD.concurrency)
    // The simulator checked the signature of each (calls + faults answered + load).
    expect(verifiedAfter - verifiedBefore).toBeGreaterThanOrEqual(LOAD.total + result.calls.length)
  })

  it('offers the protocol without axios, with the same error classes as the client', () => {
    expect(result.protocol).toMatchObject({
      sameErrorClasses: true,
      status: 200,
      verifiedSerial: PLATFORM_SERIAL,
      tampered: { classes: [...VERIFICATION, 'SignatureMismatchError'].sort() },
      axiosExported: false,
    })
  })
})
