import type { Emitter } from '../emitter.ts'
import { endpointTable, notificationEventTypes } from '../shared/endpoint-table.ts'
import { entryFiles, type PackageIdentity } from './entries.ts'
import { LICENSE_FILE, MANIFEST_FILE, PACKAGE_NAME, README_FILE, RUNTIME_DIR } from './layout.ts'
import { renderManifest } from './manifest.ts'
import { renderReadme } from './readme.ts'

export { PACKAGE_NAME } from './layout.ts'

/**
 * The publishable package around the typings (index.d.ts, index.d.mts) and the endpoint table (endpoints.json),
 * which their own emitters write: package.json, README.md, LICENSE (the project's), the compiled runtime
 * (`runtime/`, from `ctx.inputs`) and the entries that bind the table to it (`client.*`, `protocol.*`). Layout: layout.ts.
 */
export const packageFiles: Emitter = {
  name: 'package',
  emit(model, { inputs }) {
    const identity: PackageIdentity = { name: PACKAGE_NAME, version: model.info.version }
    const description = `${model.info.title || 'WeChat Pay APIv3'} client for Node.js: typed endpoints, signed requests, verified responses`
    return new Map([
      [MANIFEST_FILE, renderManifest({ ...identity, description }, inputs)],
      [README_FILE, renderReadme(model, identity)],
      [LICENSE_FILE, inputs.license.text],
      ...entryFiles(
        identity,
        endpointTable(model),
        notificationEventTypes(model),
        model.webhooks.length > 0 ? model.notificationUnion.typeReference : undefined,
      ),
      ...[...inputs.runtime].map(([file, text]): [string, string] => [`${RUNTIME_DIR}/${file}`, text]),
    ])
  },
}
