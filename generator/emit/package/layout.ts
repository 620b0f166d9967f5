// Where everything lives in the published package. One place, so that package.json, the entries, the README and
// the tests agree.

/** The npm name of the generated SDK package. */
export const PACKAGE_NAME = 'wechatpay-apiv3'

/** The package entry (`import … from 'wechatpay-apiv3'`): binds the endpoint table to the runtime. */
export const CLIENT = { cjs: 'client.js', esm: 'client.mjs', cjsTypes: 'client.d.ts', esmTypes: 'client.d.mts' } as const

/** `wechatpay-apiv3/protocol`: signer, verifier and errors without axios (shims into the runtime's protocol bundle). */
export const PROTOCOL = { cjs: 'protocol.js', esm: 'protocol.mjs', cjsTypes: 'protocol.d.ts', esmTypes: 'protocol.d.mts' } as const

/** `wechatpay-apiv3/simulator`: a local WeChat Pay service of the spec's operations, for merchants' tests (no axios). */
export const SIMULATOR = { cjs: 'simulator.js', esm: 'simulator.mjs', cjsTypes: 'simulator.d.ts', esmTypes: 'simulator.d.mts' } as const

/** The compiled runtime (generator/inputs/runtime): two bundles per format plus one declaration file per source module. */
export const RUNTIME_DIR = 'runtime'

/** The runtime bundles, by entry: `index` is the client, `protocol` the axios-free part it shares. */
export const RUNTIME_BUNDLES = {
  index: { cjs: `${RUNTIME_DIR}/index.js`, esm: `${RUNTIME_DIR}/index.mjs` },
  protocol: { cjs: `${RUNTIME_DIR}/protocol.js`, esm: `${RUNTIME_DIR}/protocol.mjs` },
  simulator: { cjs: `${RUNTIME_DIR}/simulator/index.js`, esm: `${RUNTIME_DIR}/simulator/index.mjs` },
} as const

/** The runtime's command bundle (cli.ts), which the bin file starts. */
export const RUNTIME_CLI = `${RUNTIME_DIR}/cli.js`

/** The package's command, `npx wechatpay-apiv3 certificates …`: its name and the executable file (package.json `bin`). */
export const BIN = { name: 'wechatpay-apiv3', file: 'bin/wechatpay-apiv3.js' } as const

/** The typings and the endpoint table, written by their own emitters. */
export { BINDINGS_FILE, SIMULATOR_OPERATIONS_FILE, TYPINGS_ESM_FILE, TYPINGS_FILE } from '../shared/output-files.ts'

export const README_FILE = 'README.md'
export const LICENSE_FILE = 'LICENSE'
export const MANIFEST_FILE = 'package.json'

/** `./runtime/index.js` from a file at the package root. */
export function fromRoot(file: string): string {
  return `./${file}`
}
