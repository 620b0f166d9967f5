// The package's entry files. The runtime knows no endpoint: these files bind the generated table (and the package's
// name and version, for the User-Agent) with defineWechatpay(), and type the result with the generated `Wechatpay`
// interface of index.d.ts — which another emitter owns, so the entries' declarations are facades that import it
// (client.d.ts) or its ESM copy (client.d.mts → index.d.mts).

import type { RuntimeBindings } from '../../runtime/client.ts'
import type { EndpointTable } from '../../runtime/endpoints.ts'
import { generatedHeader } from '../shared/header.ts'
import { quote } from '../shared/quote.ts'
import {
  BIN,
  BINDINGS_FILE,
  CLIENT,
  fromRoot,
  PROTOCOL,
  RUNTIME_BUNDLES,
  RUNTIME_CLI,
  SIMULATOR,
  SIMULATOR_OPERATIONS_FILE,
  TYPINGS_ESM_FILE,
  TYPINGS_FILE,
} from './layout.ts'

const HEADER = generatedHeader()

export interface PackageIdentity {
  readonly name: string
  readonly version: string
}

/**
 * `client.{js,mjs,d.ts,d.mts}` and the `protocol.*` shims, by path relative to the package root. `eventTypes`: the
 * spec's webhooks, bound for `notifications.parse`; `notificationType`: the generated union it is typed with.
 */
export function entryFiles(
  identity: PackageIdentity,
  endpoints: EndpointTable,
  eventTypes?: RuntimeBindings['eventTypes'],
  notificationType?: string,
): Map<string, string> {
  const product = `{ name: ${quote(identity.name)}, version: ${quote(identity.version)} }`
  const events = eventTypes ? `[${eventTypes.map((type) => quote(type)).join(', ')}]` : undefined
  const bindings = `{ endpoints, product: ${product}${events ? ', eventTypes' : ''} }`
  const eventLines = events
    ? ['', `// The spec's webhooks: notifications.parse throws UnknownNotificationEventError for any other.`, `const eventTypes = ${events}`]
    : []
  return new Map([
    [
      CLIENT.cjs,
      lines(
        HEADER,
        `'use strict'`,
        '',
        `const { defineWechatpay } = require('${fromRoot(RUNTIME_BUNDLES.index.cjs)}')`,
        `const { AxiosError, isAxiosError } = require('axios')`,
        `const endpoints = require('${fromRoot(BINDINGS_FILE)}')`,
        ...eventLines,
        '',
        `const Wechatpay = defineWechatpay(${bindings})`,
        '',
        `module.exports = { ...require('${fromRoot(RUNTIME_BUNDLES.index.cjs)}'), AxiosError, isAxiosError, Wechatpay }`,
      ),
    ],
    [
      CLIENT.esm,
      lines(
        HEADER,
        `import { defineWechatpay } from '${fromRoot(RUNTIME_BUNDLES.index.esm)}'`,
        '',
        `export * from '${fromRoot(RUNTIME_BUNDLES.index.esm)}'`,
        `export { AxiosError, isAxiosError } from 'axios'`,
        '',
        `// The table of ${BINDINGS_FILE}, inlined so that neither Node.js nor a bundler needs to import JSON.`,
        `const endpoints = JSON.parse(${quote(JSON.stringify(endpoints))})`,
        ...eventLines,
        '',
        `export const Wechatpay = defineWechatpay(${bindings})`,
      ),
    ],
    // Each flavour of declarations imports its own flavour of the typings and the runtime (see TYPINGS_ESM_FILE).
    [CLIENT.cjsTypes, clientDeclarations(fromRoot(TYPINGS_FILE), fromRoot(RUNTIME_BUNDLES.index.cjs), notificationType)],
    [CLIENT.esmTypes, clientDeclarations(fromRoot(TYPINGS_ESM_FILE), fromRoot(RUNTIME_BUNDLES.index.esm), notificationType)],
    [PROTOCOL.cjs, lines(HEADER, `'use strict'`, '', `module.exports = require('${fromRoot(RUNTIME_BUNDLES.protocol.cjs)}')`)],
    [PROTOCOL.esm, lines(HEADER, `export * from '${fromRoot(RUNTIME_BUNDLES.protocol.esm)}'`)],
    [PROTOCOL.cjsTypes, lines(HEADER, `export * from '${fromRoot(RUNTIME_BUNDLES.protocol.cjs)}'`)],
    [PROTOCOL.esmTypes, lines(HEADER, `export * from '${fromRoot(RUNTIME_BUNDLES.protocol.esm)}'`)],
    [BIN.file, binFile(product)],
    ...simulatorEntries(),
  ])
}

/**
 * The package's executable: starts the runtime's command (runtime/cli.js) with the package's name and version for
 * the User-Agent. The shebang comes first; the command never throws, so the exit code is all there is to set.
 */
function binFile(product: string): string {
  const fromBin = `../${RUNTIME_CLI}`
  return lines(
    '#!/usr/bin/env node',
    HEADER,
    `'use strict'`,
    '',
    `const { runCli } = require('${fromBin}')`,
    '',
    `runCli(process.argv.slice(2), process.stdout, process.stderr, ${product}).then((code) => {`,
    '  process.exitCode = code',
    '})',
  )
}

/**
 * `simulator.{js,mjs,d.ts,d.mts}`: the simulator's runtime with the spec's operations (simulator/operations.json)
 * bound as `startSimulator`. The ESM entry reads the JSON with createRequire, which every Node.js 20 has without a
 * warning (JSON import attributes do not).
 */
function simulatorEntries(): [string, string][] {
  const data = fromRoot(SIMULATOR_OPERATIONS_FILE)
  const declarations = (runtime: string): string =>
    lines(
      HEADER,
      `import type { Simulator, SimulatorOperation, SimulatorOptions, SimulatorWebhook } from '${runtime}'`,
      '',
      `export * from '${runtime}'`,
      '',
      `/** The spec's operations, as the simulator serves them (${SIMULATOR_OPERATIONS_FILE}). */`,
      'export declare const operations: readonly SimulatorOperation[]',
      '',
      `/** The spec's webhooks: each event type with the schema of its decrypted resource (${SIMULATOR_OPERATIONS_FILE}). */`,
      'export declare const webhooks: readonly SimulatorWebhook[]',
      '',
      '/** Starts a local WeChat Pay APIv3 service of every operation of the spec on 127.0.0.1. */',
      'export declare function startSimulator(options: SimulatorOptions): Promise<Simulator>',
    )
  return [
    [
      SIMULATOR.cjs,
      lines(
        HEADER,
        `'use strict'`,
        '',
        `const simulator = require('${fromRoot(RUNTIME_BUNDLES.simulator.cjs)}')`,
        `const { operations, webhooks } = require('${data}')`,
        '',
        'module.exports = {',
        '  ...simulator,',
        '  operations,',
        '  webhooks,',
        '  startSimulator: (options) => simulator.startSimulatorOf(operations, options, webhooks),',
        '}',
      ),
    ],
    [
      SIMULATOR.esm,
      lines(
        HEADER,
        `import { createRequire } from 'node:module'`,
        `import { startSimulatorOf } from '${fromRoot(RUNTIME_BUNDLES.simulator.esm)}'`,
        '',
        `export * from '${fromRoot(RUNTIME_BUNDLES.simulator.esm)}'`,
        '',
        `export const { operations, webhooks } = createRequire(import.meta.url)('${data}')`,
        '',
        'export function startSimulator(options) {',
        '  return startSimulatorOf(operations, options, webhooks)',
        '}',
      ),
    ],
    [SIMULATOR.cjsTypes, declarations(fromRoot(RUNTIME_BUNDLES.simulator.cjs))],
    [SIMULATOR.esmTypes, declarations(fromRoot(RUNTIME_BUNDLES.simulator.esm))],
  ]
}

/**
 * The entry's declarations: the runtime's exports, with `Wechatpay` the bound class whose instances are also the
 * generated `Wechatpay` interface (`v3` and every chain under it). `typingsFile` is the declaration file of the
 * typings (`./index.d.ts`), `runtime` the runtime's script (`./runtime/index.js`, whose declarations are beside it).
 * With webhooks, `notifications.parse` returns the generated union (`notificationType`), not the runtime's untyped
 * `Notification`: each member is assignable to it, so the override is sound.
 */
function clientDeclarations(typingsFile: string, runtime: string, notificationType: string | undefined): string {
  const typings = typingsFile.replace(/\.d\.ts$/, '.js').replace(/\.d\.mts$/, '.mjs')
  const notifications = notificationType
    ? [
        '  /**',
        '   * `notifications.parse({ headers, body })`: verifies and decrypts a notification; typed as a union of the',
        "   * spec's webhooks on `event_type`. Another event type throws UnknownNotificationEventError, which carries it.",
        '   */',
        `  readonly notifications: { parse(input: ClientNotificationInput): ${notificationType} }`,
      ]
    : []
  return lines(
    HEADER,
    `import type { Wechatpay as Api, WeChatPay } from '${typings}'`,
    `import { Wechatpay as WechatpayBase, type WechatpayConfig${notificationType ? ', type ClientNotificationInput' : ''} } from '${runtime}'`,
    '',
    `export * from '${runtime}'`,
    `export { AxiosError, isAxiosError } from 'axios'`,
    'export type { WeChatPay }',
    '',
    '/**',
    ' * The WeChat Pay APIv3 client: `new Wechatpay({ mchid, serial, privateKey, certs })`.',
    ' * Every request is signed with the merchant key, every 2xx answer verified with `certs` before it resolves;',
    ' * each property chain under `v3` is an endpoint (`wxpay.v3.profitsharing.returnOrders.post(data)`).',
    ' */',
    'export declare class Wechatpay extends WechatpayBase {',
    '  constructor(config: WechatpayConfig)',
    ...notifications,
    '}',
    'export interface Wechatpay extends Api {}',
  )
}

function lines(...text: string[]): string {
  return `${text.join('\n')}\n`
}
