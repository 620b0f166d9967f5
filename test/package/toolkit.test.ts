// The merchant toolkit through the packed package, as an application gets it: `import` and `require` of
// `wechatpay-apiv3` and `wechatpay-apiv3/protocol` in the consumer project, checked against the TEST-ONLY vectors
// of test/runtime/vectors/toolkit/, the bill download, a receiver with its sensitive name, and the client's own
// /v3/certificates download against the simulator over real HTTP; and the package's command,
// `wechatpay-apiv3 certificates`, run as npm installed it (node_modules/.bin, npx) against the same simulator.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURES } from '../helpers.ts'
import { MCHID, MERCHANT_SERIAL, leakedPemLines } from '../runtime/fixtures.ts'
import { certificatesRoute, defaultRoutes, startSimulator, type Simulator } from '../runtime/simulator.ts'
import { MERCHANT_KEY, SERIAL_A, SERIAL_B, VECTORS_DIR, certificateDates, vectorFile, vectorIdentity, vectorText, vectors } from '../runtime/toolkit-vectors.ts'
import { buildAndInstall, removeScratch, run, runConsumerScript, type InstalledPackage } from './harness.ts'

// One body for both module formats; only how the package is loaded differs.
const BODY = String.raw`
const scenario = JSON.parse(readFileSync(process.env.WECHATPAY_SCENARIO, 'utf8'))
const dir = scenario.vectorsDir
const v = JSON.parse(readFileSync(join(dir, 'vectors.json'), 'utf8'))
const key = readFileSync(join(dir, 'TEST-ONLY-merchant.key.pem'))
const result = {}
// First of the script's requests, so that the two 500s the test queued reach it: retried, each try signed anew.
const retrying = new sdk.Wechatpay({
  mchid: scenario.mchid, serial: scenario.merchantSerial, privateKey: key, baseURL: scenario.baseURL,
  certs: { [scenario.platformSerial]: readFileSync(join(dir, 'TEST-ONLY-platform-a.cert.pem')) },
  retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 },
})
const retried = await retrying.v3.profitsharing.receivers.add.post({ appid: 'wx8888888888888888', type: 'PERSONAL_OPENID', account: 'openid-2', name: '李四', relation_type: 'STORE' })
result.retried = { status: retried.status, name: retrying.decrypt(retried.data.name) }
const rp = v.requestPayment
result.paySign = protocol.signRequestPayment({ appId: rp.appId, prepayId: rp.prepayId, privateKey: key, timestamp: rp.timestamp, nonce: rp.nonce }).paySign
const ap = v.appPayment
result.appSign = sdk.signAppPayment({ appId: ap.appId, prepayId: ap.prepayId, mchid: ap.mchid, privateKey: key, timestamp: ap.timestamp, nonce: ap.nonce }).sign
result.sensitive = protocol.decryptSensitive(v.sensitive.ciphertext, key)
result.roundTrip = sdk.decryptSensitive(protocol.encryptSensitive('王五', readFileSync(join(dir, 'TEST-ONLY-merchant.pub.pem'))), key)
const bill = protocol.verifyBill({ data: readFileSync(join(dir, 'bill.csv.gz')), gzip: true, hash_type: 'SHA1', hash_value: v.bill.SHA1 })
result.bill = bill.toString('base64')
try {
  protocol.verifyBill({ data: Buffer.concat([bill, Buffer.from('x')]), hash_type: 'SHA1', hash_value: v.bill.SHA1 })
} catch (error) {
  result.mismatch = { name: error.name, sameClass: error instanceof sdk.BillDigestMismatchError && error instanceof protocol.BillDigestMismatchError && error instanceof sdk.WechatpayError }
}
const answer = readFileSync(join(dir, v.certificates.answerFile))
const now = Number(v.certificates.headers['Wechatpay-Timestamp'])
result.certificates = protocol.verifyCertificatesAnswer({ headers: v.certificates.headers, body: answer, apiV3Key: v.certificates.apiV3Key, now }).map((c) => c.serial)
const wxpay = new sdk.Wechatpay({
  mchid: scenario.mchid, serial: scenario.merchantSerial, privateKey: key,
  certs: { [scenario.platformSerial]: readFileSync(join(dir, 'TEST-ONLY-platform-a.cert.pem')) }, baseURL: scenario.baseURL,
})
result.clientPaySign = wxpay.requestPayment({ appId: rp.appId, prepayId: rp.prepayId, timestamp: rp.timestamp, nonce: rp.nonce }).paySign
result.clientDecrypt = wxpay.decrypt(v.sensitive.ciphertext)
const downloaded = await wxpay.downloadBill({ download_url: scenario.baseURL + 'v3/billdownload/file?token=gzip', hash_type: 'SHA1', hash_value: v.bill.SHA1, gzip: true })
result.downloaded = downloaded.toString('base64')
// Sensitive fields from the spec (receivers/add: name), to the key of a store that downloaded /v3/certificates.
const own = new sdk.Wechatpay({ mchid: scenario.mchid, serial: scenario.merchantSerial, privateKey: key, apiV3Key: v.certificates.apiV3Key, baseURL: scenario.baseURL })
const added = await own.v3.profitsharing.receivers.add.post({ appid: 'wx8888888888888888', type: 'PERSONAL_OPENID', account: 'openid-1', name: '张三', relation_type: 'STORE' })
result.receiverName = own.decrypt(added.data.name)
result.downloadedCertificates = own.certificates.current().map((c) => c.serial)
writeFileSync(process.env.WECHATPAY_RESULT, JSON.stringify(result))
`

const SCRIPTS = {
  esm: [
    `import * as sdk from 'wechatpay-apiv3'`,
    `import * as protocol from 'wechatpay-apiv3/protocol'`,
    `import { readFileSync, writeFileSync } from 'node:fs'`,
    `import { join } from 'node:path'`,
    BODY,
  ].join('\n'),
  cjs: [
    `const sdk = require('wechatpay-apiv3')`,
    `const protocol = require('wechatpay-apiv3/protocol')`,
    `const { readFileSync, writeFileSync } = require('node:fs')`,
    `const { join } = require('node:path')`,
    `;(async () => {`,
    BODY,
    `})().catch((error) => { console.error(error); process.exit(1) })`,
  ].join('\n'),
}

let installed: InstalledPackage
let sim: Simulator

beforeAll(async () => {
  ;[installed, sim] = await Promise.all([
    buildAndInstall(FIXTURES['spec']!),
    startSimulator({
      ...vectorIdentity(),
      routes: [
        { method: 'GET', path: '/v3/billdownload/file', request: 'none', handle: () => ({ status: 200, bytes: vectorFile(vectors.bill.gzipFile) }) },
        // Decrypts name with platform key A and checks that Wechatpay-Serial names A.
        defaultRoutes.find((route) => route.path === '/v3/profitsharing/receivers/add')!,
        certificatesRoute(
          vectors.certificates.apiV3Key,
          () =>
            new Map([
              [SERIAL_A, vectorText('TEST-ONLY-platform-a.cert.pem')],
              [SERIAL_B, vectorText('TEST-ONLY-platform-b.cert.pem')],
            ]),
        ),
      ],
    }),
  ])
})
afterAll(async () => {
  await sim?.close()
  removeScratch(installed?.scratch)
})

describe.each(['esm', 'cjs'] as const)('the toolkit through the package (%s)', (format) => {
  it('signs, decrypts and checks as the vectors say, on its own and on the client', async () => {
    const script = path.join(installed.consumerDir, `toolkit-check.${format === 'esm' ? 'mjs' : 'cjs'}`)
    writeFileSync(script, SCRIPTS[format])
    const from = sim.requests.length
    const verifiedBefore = sim.verifiedRequests
    sim.injectFault('status-500', 2)
    const outcome = await runConsumerScript(installed, script, {
      vectorsDir: VECTORS_DIR,
      mchid: MCHID,
      merchantSerial: MERCHANT_SERIAL,
      platformSerial: SERIAL_A,
      baseURL: sim.baseURL,
    })
    expect(outcome.stderr).toBe('')
    expect(outcome.code).toBe(0)
    // 500, 500, then 200: three tries of the same call, three nonces, every signature verified by the simulator.
    const tries = sim.requests.slice(from, from + 3)
    expect(tries.map((request) => `${request.method} ${request.url}`)).toEqual(Array(3).fill('POST /v3/profitsharing/receivers/add'))
    expect(new Set(tries.map((request) => /nonce_str="([^"]+)"/.exec(request.headers['authorization'] ?? '')?.[1])).size).toBe(3)
    expect(sim.verifiedRequests - verifiedBefore).toBeGreaterThanOrEqual(3)
    const bill = vectorFile(vectors.bill.file).toString('base64')
    expect(outcome.result).toEqual({
      retried: { status: 200, name: '李四' },
      paySign: vectors.requestPayment.paySign,
      appSign: vectors.appPayment.sign,
      sensitive: vectors.sensitive.plaintext,
      roundTrip: '王五',
      bill,
      mismatch: { name: 'BillDigestMismatchError', sameClass: true },
      certificates: expect.arrayContaining([SERIAL_A]),
      clientPaySign: vectors.requestPayment.paySign,
      clientDecrypt: vectors.sensitive.plaintext,
      downloaded: bill,
      receiverName: '张三',
      // B is valid for one day after the vectors were made: A is what must be there.
      downloadedCertificates: expect.arrayContaining([SERIAL_A]),
    })
  })
})

describe('the wechatpay-apiv3 command of the installed package', () => {
  const bin = () => path.join(installed.consumerDir, 'node_modules/.bin/wechatpay-apiv3')
  const keyFile = () => {
    const file = path.join(installed.scratch, 'apiv3.key')
    writeFileSync(file, `${vectors.certificates.apiV3Key}\n`)
    return file
  }
  const options = (out: string) => [
    '--mchid',
    MCHID,
    '--serial',
    MERCHANT_SERIAL,
    '--private-key',
    path.join(VECTORS_DIR, 'TEST-ONLY-merchant.key.pem'),
    '--apiv3-key-file',
    keyFile(),
    '--out',
    out,
    '--base-url',
    sim.baseURL,
  ]
  const noSecret = (text: string) => {
    expect(leakedPemLines(MERCHANT_KEY, text)).toEqual([])
    expect(text).not.toContain(vectors.certificates.apiV3Key)
    expect(text).not.toMatch(/\n\s+at /) // no stack trace
  }

  it('certificates: writes one PEM per certificate valid now and prints serial and validity', async () => {
    const out = path.join(installed.scratch, 'platform-certificates')
    const before = sim.verifiedRequests
    const result = await run(bin(), ['certificates', ...options(out)], { cwd: installed.consumerDir })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(sim.verifiedRequests).toBe(before + 1) // a signed GET the simulator accepted
    expect(readFileSync(path.join(out, `wechatpay_${SERIAL_A}.pem`), 'utf8')).toBe(vectorText('TEST-ONLY-platform-a.cert.pem'))
    const a = certificateDates('TEST-ONLY-platform-a.cert.pem')
    const iso = (seconds: number) => new Date(seconds * 1000).toISOString()
    expect(result.stdout).toContain(`${SERIAL_A}  ${iso(a.validFrom)} – ${iso(a.validTo)}  ${path.join(out, `wechatpay_${SERIAL_A}.pem`)}\n`)
    // B was made valid for one day: written (and printed) exactly when that covers now.
    const b = certificateDates('TEST-ONLY-platform-b.cert.pem')
    const now = Date.now() / 1000
    const bValid = b.validFrom <= now && now <= b.validTo
    expect(existsSync(path.join(out, `wechatpay_${SERIAL_B}.pem`))).toBe(bValid)
    expect(readdirSync(out).length).toBe(bValid ? 2 : 1)
    expect(result.stdout.trimEnd().split('\n').length).toBe(bValid ? 2 : 1)
    noSecret(result.stdout)
  })

  it('--help exits 0 with the usage, also through npx', async () => {
    const help = await run('npx', ['--no-install', 'wechatpay-apiv3', 'certificates', '--help'], { cwd: installed.consumerDir })
    expect(help.code).toBe(0)
    for (const option of ['--mchid', '--serial', '--private-key', '--apiv3-key-file', '--out', '--base-url']) expect(help.stdout).toContain(option)
    const top = await run(bin(), ['--help'], { cwd: installed.consumerDir })
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/^Usage: wechatpay-apiv3 <command>/)
  })

  it('a missing or bad option: one line on stderr, a non-zero exit, no stack trace, never the key', async () => {
    const out = path.join(installed.scratch, 'not-written')
    const all = options(out)
    const without = (name: string) => all.filter((_, index) => all[index] !== name && all[index - 1] !== name)
    const cases = [
      { args: ['certificates', ...without('--mchid')], stderr: 'wechatpay-apiv3 certificates: --mchid is required (see --help)\n', code: 2 },
      { args: ['certificates', ...without('--apiv3-key-file'), '--apiv3-key-file', vectors.certificates.apiV3Key], code: 2 },
      { args: ['certificates', ...all, vectors.certificates.apiV3Key], code: 2 },
      { args: ['certificates', ...without('--private-key'), '--private-key', keyFile()], code: 1 },
      { args: ['certificates', '--frobnicate'], code: 2 },
      { args: ['certificat'], code: 2 },
    ]
    for (const { args, stderr, code } of cases) {
      const result = await run(bin(), args, { cwd: installed.consumerDir })
      expect(result.code, args.join(' ')).toBe(code)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^wechatpay-apiv3[^\n]*\n$/)
      if (stderr !== undefined) expect(result.stderr).toBe(stderr)
      noSecret(result.stderr)
    }
    expect(existsSync(out)).toBe(false)
  })
})
