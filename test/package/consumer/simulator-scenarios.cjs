// A merchant's integration tests against the installed package's simulator (`wechatpay-apiv3/simulator`), run once
// through `import` (simulator.mjs) and once through `require` (simulator.cjs). Everything comes from the package:
// the operations (the simulator's data), the example requests, the chains (pathTemplateToChainKey). Nothing is
// asserted here; the facts go to the JSON file test/package/simulator.test.ts checks.
//
// Input (WECHATPAY_SCENARIO): TEST-ONLY merchant keys, the APIv3 key, the faults to try, the seeds.

'use strict'

const { createHash, generateKeyPairSync } = require('node:crypto')
const { createServer } = require('node:http')
const { readFileSync, writeFileSync } = require('node:fs')
const { errorClasses, settle } = require('./outcomes.cjs')

function describeError(pkg, error) {
  const data = error && error.response ? error.response.data : undefined
  return {
    classes: errorClasses(pkg, error),
    status: error && error.response ? error.response.status : undefined,
    code: error && error.code,
    body: data && typeof data === 'object' && !Buffer.isBuffer(data) ? data : undefined,
  }
}

/** The client's call of one operation: `wxpay.v3.…[verb](data?, config)` with the example request's parts. */
function call(pkg, wxpay, operation, { params, query, body }, extra = {}) {
  const node = pkg.pathTemplateToChainKey(operation.path).split('.').reduce((at, property) => at[property], wxpay)
  const config = { ...params, ...(Object.keys(query).length > 0 ? { params: query } : {}), ...extra }
  const verb = operation.method.toLowerCase()
  if (operation.request === 'multipart') {
    const file = Buffer.from('not really a JPEG')
    // An upload's meta names the file's digest.
    const meta = { ...body, ...('sha256' in (body || {}) ? { sha256: createHash('sha256').update(file).digest('hex') } : {}) }
    return node[verb]({ meta, file }, config)
  }
  if (verb === 'get' || verb === 'delete') return node[verb](config)
  return node[verb](body === undefined ? {} : body, config)
}

function outcome(pkg, settled) {
  if (settled.error !== undefined) return { error: describeError(pkg, settled.error) }
  const { status, data } = settled.value
  return Buffer.isBuffer(data) ? { status, bytes: data.toString('utf8') } : { status, data }
}

async function run({ format, pkg, simulatorModule, resolved }) {
  const input = JSON.parse(readFileSync(process.env.WECHATPAY_SCENARIO, 'utf8'))
  const { startSimulator, operations, webhooks, exampleRequest, operationKey, SIMULATOR_FAULTS, FAULT_HEADER } = simulatorModule
  const result = { format, resolved, exports: Object.keys(simulatorModule).sort() }
  const merchant = { mchid: input.mchid, serial: input.serial, privateKey: input.privateKey }

  // 1. Every operation, each answered by a handler that records what it was given and what it answered.
  const received = {}
  const answered = {}
  const handlers = Object.fromEntries(
    operations
      .filter((operation) => operation.answer.kind === 'json')
      .map((operation) => [
        operationKey(operation),
        (request) => {
          const answer = request.example()
          received[operationKey(operation)] = { params: request.params, query: request.query, body: request.body }
          answered[operationKey(operation)] = answer
          return answer
        },
      ]),
  )
  const simulator = await startSimulator({ mchid: input.mchid, merchantSerial: input.serial, merchantPublicKey: input.publicKey, handlers })
  const wxpay = new pkg.Wechatpay({ ...merchant, certs: simulator.platformKeys.certs, baseURL: simulator.url })
  result.platformKeys = { serial: simulator.platformKeys.serial, certs: Object.keys(simulator.platformKeys.certs) }
  result.calls = []
  for (const operation of operations) {
    const request = exampleRequest(operation)
    const key = operationKey(operation)
    const settled = await settle(call(pkg, wxpay, operation, request))
    result.calls.push({ key, request, ...outcome(pkg, settled), received: received[key], answered: answered[key] })
  }

  // 2. Validation: one field left out, one of the wrong type, per operation with a JSON body; a required query parameter left out.
  result.validation = []
  for (const operation of operations) {
    const request = exampleRequest(operation)
    const schema = operation.body
    if (operation.request === 'json' && schema && Array.isArray(schema.required) && schema.required.length > 0) {
      const [field] = schema.required
      const body = { ...request.body }
      delete body[field]
      result.validation.push({ key: operationKey(operation), kind: 'missing', field, ...outcome(pkg, await settle(call(pkg, wxpay, operation, { ...request, body }))) })
      const typed = Object.entries(schema.properties || {}).find(([, property]) => property.type === 'string' || property.type === 'integer')
      if (typed) {
        const [name, property] = typed
        const wrong = { ...request.body, [name]: property.type === 'string' ? 12345 : 'not a number' }
        result.validation.push({ key: operationKey(operation), kind: 'type', field: name, ...outcome(pkg, await settle(call(pkg, wxpay, operation, { ...request, body: wrong }))) })
      }
    }
    if (operation.requiredQuery.length > 0) {
      const [field] = operation.requiredQuery
      const query = { ...request.query }
      delete query[field]
      result.validation.push({ key: operationKey(operation), kind: 'query', field, ...outcome(pkg, await settle(call(pkg, wxpay, operation, { ...request, query }))) })
    }
  }

  // The first JSON POST without path parameters: the faults' and the signature checks' operation.
  const target = operations.find((operation) => operation.method === 'POST' && operation.request === 'json' && operation.answer.kind === 'json' && Object.keys(operation.pathParameters).length === 0)
  const targetRequest = exampleRequest(target)
  result.target = operationKey(target)

  // 3. Signature failures: another private key, another mchid, a clock ten minutes behind.
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' })
  const signing = {
    'other-key': { ...merchant, privateKey: otherKey },
    'other-mchid': { ...merchant, mchid: '1900000999' },
    'other-serial': { ...merchant, serial: 'FFFF4864EA9B34415C0BBB0D69E50D10B3A8F49C' },
    'stale-clock': { ...merchant, clock: () => Date.now() - 600_000 },
  }
  result.signing = {}
  for (const [name, credentials] of Object.entries(signing)) {
    const client = new pkg.Wechatpay({ ...credentials, certs: simulator.platformKeys.certs, baseURL: simulator.url })
    result.signing[name] = outcome(pkg, await settle(call(pkg, client, target, targetRequest)))
  }
  result.unknownRoute = outcome(pkg, await settle(wxpay.v3.simulator.noSuchThing.get()))

  // 4. Each fault, per request (the header), on the target.
  result.faults = {}
  for (const fault of SIMULATOR_FAULTS) {
    const extra = { headers: { [FAULT_HEADER]: fault }, ...(fault === 'delay' ? { timeout: 200 } : {}) }
    result.faults[fault] = outcome(pkg, await settle(call(pkg, wxpay, target, targetRequest, extra)))
  }
  await simulator.stop()

  // 5. Fault rules: a probability with a seed (twice the same seed, once another), `times`, `when`.
  result.rules = {}
  for (const [name, seed] of [['first', input.seed], ['again', input.seed], ['other', input.seed + 1]]) {
    const faulty = await startSimulator({
      mchid: input.mchid,
      merchantPublicKey: input.publicKey,
      seed,
      faults: [{ fault: 'status-500', when: operationKey(target), probability: 0.3 }],
    })
    const client = new pkg.Wechatpay({ ...merchant, certs: faulty.platformKeys.certs, baseURL: faulty.url })
    const pattern = []
    for (let i = 0; i < input.probabilityCalls; i += 1) {
      const settled = await settle(call(pkg, client, target, targetRequest))
      pattern.push(settled.error === undefined ? 'ok' : String(settled.error.response && settled.error.response.status))
    }
    result.rules[name] = pattern.join(',')
    await faulty.stop()
  }
  {
    const other = operations.find((operation) => operation !== target && operation.method === 'GET' && operation.answer.kind === 'json')
    const limited = await startSimulator({
      mchid: input.mchid,
      merchantPublicKey: input.publicKey,
      faults: [{ fault: 'status-429', when: (request) => request.operation === operationKey(target), times: 2 }],
    })
    const client = new pkg.Wechatpay({ ...merchant, certs: limited.platformKeys.certs, baseURL: limited.url })
    const sequence = []
    sequence.push(outcome(pkg, await settle(call(pkg, client, other, exampleRequest(other)))).status)
    for (let i = 0; i < 3; i += 1) {
      const settled = await settle(call(pkg, client, target, targetRequest))
      sequence.push(settled.error === undefined ? settled.value.status : settled.error.response.status)
    }
    result.rules.times = sequence
    await limited.stop()
  }

  // 6. Without handlers: the spec's answers, a bill applied for and downloaded, a notification delivered and parsed.
  const plain = await startSimulator({ mchid: input.mchid, merchantPublicKey: input.publicKey, apiV3Key: input.apiV3Key })
  const client = new pkg.Wechatpay({ ...merchant, certs: plain.platformKeys.certs, baseURL: plain.url, apiV3Key: input.apiV3Key })
  result.defaults = []
  for (const operation of operations) {
    result.defaults.push({ key: operationKey(operation), ...outcome(pkg, await settle(call(pkg, client, operation, exampleRequest(operation)))) })
  }
  const bill = operations.find((operation) => operation.answer.kind === 'json' && operation.answer.schema && operation.answer.schema.properties && 'download_url' in operation.answer.schema.properties)
  if (bill) {
    const request = exampleRequest(bill)
    const query = { ...request.query }
    delete query.tar_type
    const applied = await settle(call(pkg, client, bill, { ...request, query }))
    const downloaded = applied.error ? applied : await settle(client.downloadBill(applied.value.data))
    result.bill = downloaded.error ? { error: describeError(pkg, downloaded.error) } : { text: downloaded.value.toString('utf8'), url: applied.value.data.download_url }
  }
  const notifications = []
  const server = createServer(async (request, response) => {
    const chunks = []
    for await (const chunk of request) chunks.push(chunk)
    let answer
    try {
      notifications.push({ parsed: client.notifications.parse({ headers: request.headers, body: Buffer.concat(chunks) }) })
      answer = pkg.notificationAnswer()
    } catch (error) {
      notifications.push({ rejected: error.name })
      answer = pkg.notificationAnswer(error)
    }
    response.writeHead(answer.status, answer.headers).end(answer.body)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const notifyUrl = `http://127.0.0.1:${server.address().port}/notify`
  const transaction = webhooks.find((webhook) => webhook.eventType === 'TRANSACTION.SUCCESS')
  const resource = { ...simulatorModule.exampleOf(transaction.resource), out_trade_no: '1217752501201407033233368018', trade_state: 'SUCCESS' }
  result.notify = {
    answer: await plain.notify(notifyUrl, 'TRANSACTION.SUCCESS', resource),
    tampered: await plain.notify(notifyUrl, 'TRANSACTION.SUCCESS', resource, { fault: 'tampered-signature' }),
    sent: resource,
    notifications,
  }
  // Every webhook of the spec, its resource the spec's example; and one that does not match its schema.
  result.webhooks = []
  for (const webhook of webhooks) {
    const before = notifications.length
    const answer = await plain.notify(notifyUrl, webhook.eventType)
    result.webhooks.push({ eventType: webhook.eventType, status: answer.status, received: notifications.slice(before) })
  }
  const invalid = await settle(plain.notify(notifyUrl, 'TRANSACTION.SUCCESS', { ...resource, amount: { ...resource.amount, total: 'one hundred' } }))
  result.invalidResource = invalid.error ? { name: invalid.error.name, message: invalid.error.message } : { resolved: true }
  server.close()
  await plain.stop()

  // 7. A platform on certificates: a client with apiV3Key and no certs downloads /v3/certificates, then calls.
  const certified = await startSimulator({ mchid: input.mchid, merchantPublicKey: input.publicKey, apiV3Key: input.apiV3Key, platformCertificate: true })
  const downloading = new pkg.Wechatpay({ ...merchant, apiV3Key: input.apiV3Key, baseURL: certified.url })
  result.certificates = {
    serial: certified.platformKeys.serial,
    call: outcome(pkg, await settle(call(pkg, downloading, target, targetRequest))),
    urls: certified.requests.map((request) => request.url),
  }
  await certified.stop()

  writeFileSync(process.env.WECHATPAY_RESULT, JSON.stringify(result, null, 2))
}

module.exports = { run }
