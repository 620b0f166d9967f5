// What an application does with the installed SDK, run once through `import` (esm.mjs) and once through `require`
// (cjs.cjs): each script loads the package its own way and hands its exports here. Nothing is asserted here; the
// facts are written to a JSON file that test/package/package.test.ts checks.
//
// Input (JSON file named by WECHATPAY_SCENARIO): the simulator's baseURL, the merchant credentials, one call per
// operation of the spec, the faults to inject, the load to run.

'use strict'

const { createHash } = require('node:crypto')
const { readFileSync, writeFileSync } = require('node:fs')
const { errorClasses, settle } = require('./outcomes.cjs')

function describeError(pkg, error) {
  return {
    name: error && error.name,
    classes: errorClasses(pkg, error),
    status: error && error.response ? error.response.status : undefined,
    code: error && error.code,
    responseCode: error && error.response && error.response.data && typeof error.response.data === 'object' && !Buffer.isBuffer(error.response.data)
      ? error.response.data.code
      : undefined,
    rawBody: Boolean(error && error.response && Buffer.isBuffer(error.response.data)),
  }
}

/** `wxpay.v3.a.b` for ['v3', 'a', 'b'], then the verb. */
function endpoint(client, chain) {
  return chain.reduce((node, property) => node[property], client)
}

/** An upload's `{ meta, file }`: the file's name and SHA-256 in `meta`, as the media endpoints want them. */
function uploadPayload({ filename, content }) {
  const file = Buffer.from(content)
  return { meta: { filename, sha256: createHash('sha256').update(file).digest('hex') }, file }
}

function invoke(client, call, extraConfig) {
  const node = endpoint(client, call.chain)
  const config = { ...call.config, ...extraConfig, headers: { ...(call.config && call.config.headers), ...(extraConfig && extraConfig.headers) } }
  const data = call.upload ? uploadPayload(call.upload) : call.data
  return call.method === 'get' || call.method === 'delete' ? node[call.method](config) : node[call.method](data, config)
}

async function run({ format, pkg, protocol, resolved }) {
  const input = JSON.parse(readFileSync(process.env.WECHATPAY_SCENARIO, 'utf8'))
  const result = { format, resolved }

  const wxpay = new pkg.Wechatpay({
    mchid: input.mchid,
    serial: input.serial,
    privateKey: input.privateKey,
    certs: input.certs,
    baseURL: input.baseURL,
  })
  result.client = {
    constructorName: pkg.Wechatpay.name,
    instanceOfWechatpay: wxpay instanceof pkg.Wechatpay,
    axios: typeof wxpay.axios.request === 'function' && typeof wxpay.axios.interceptors === 'object',
  }

  // Every operation of the spec.
  result.calls = []
  for (const call of input.calls) {
    const { value, error } = await settle(invoke(wxpay, call))
    result.calls.push(
      error === undefined
        ? Buffer.isBuffer(value.data)
          ? { chain: call.chain.join('.'), method: call.method, status: value.status, bytes: value.data.toString('utf8') }
          : { chain: call.chain.join('.'), method: call.method, status: value.status, data: value.data }
        : { chain: call.chain.join('.'), method: call.method, error: describeError(pkg, error), message: String(error && error.message) },
    )
  }

  // Every fault, on the first operation.
  result.faults = []
  for (const { fault, timeout } of input.faults) {
    const config = { headers: { [input.faultHeader]: fault }, ...(timeout === undefined ? {} : { timeout }) }
    const { value, error } = await settle(invoke(wxpay, input.calls[0], config))
    result.faults.push(error === undefined ? { fault, resolved: value.status } : { fault, ...describeError(pkg, error) })
  }

  // Load: `total` calls, `concurrency` in flight.
  const { total, concurrency } = input.load
  let started = 0
  let inFlight = 0
  let maxInFlight = 0
  let ok = 0
  const failures = []
  const begin = process.hrtime.bigint()
  const worker = async () => {
    while (started < total) {
      started += 1
      inFlight += 1
      maxInFlight = Math.max(maxInFlight, inFlight)
      const { value, error } = await settle(invoke(wxpay, input.calls[0]))
      inFlight -= 1
      if (error === undefined && value.status >= 200 && value.status < 300) ok += 1
      else if (failures.length < 5) failures.push(error ? describeError(pkg, error) : { status: value.status })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  result.load = { total, ok, failures, maxInFlight, milliseconds: Number(process.hrtime.bigint() - begin) / 1e6 }

  // The axios-free subpath: same classes as the main entry; signs and verifies a request made with fetch.
  const first = input.calls[0]
  const body = JSON.stringify(first.data)
  const path = `/${first.path.replace(/^\//, '')}`
  const signed = protocol.signRequest({ method: 'POST', pathWithQuery: path, body, mchid: input.mchid, serial: input.serial, privateKey: input.privateKey })
  const response = await fetch(new URL(path, input.baseURL), {
    method: 'POST',
    headers: { Authorization: signed.authorization, 'Content-Type': 'application/json', Accept: 'application/json' },
    body,
  })
  const raw = Buffer.from(await response.arrayBuffer())
  const verified = await settle(Promise.resolve().then(() => protocol.verifyResponse({ headers: response.headers, body: raw, certs: input.certs })))
  const tampered = await settle(
    Promise.resolve().then(() => protocol.verifyResponse({ headers: response.headers, body: Buffer.concat([raw, Buffer.from(' ')]), certs: input.certs })),
  )
  result.protocol = {
    sameErrorClasses: ['WechatpayError', 'ResponseVerificationError', 'SignatureMismatchError', 'TimestampSkewError', 'UnknownSerialError'].every(
      (name) => typeof protocol[name] === 'function' && protocol[name] === pkg[name],
    ),
    status: response.status,
    verifiedSerial: verified.value && verified.value.serial,
    tampered: tampered.error ? describeError(pkg, tampered.error) : 'verified',
    axiosExported: 'AxiosError' in protocol || 'Wechatpay' in protocol,
  }

  writeFileSync(process.env.WECHATPAY_RESULT, JSON.stringify(result, null, 2))
}

module.exports = { run }
