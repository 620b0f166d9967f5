import type { Emitter } from '../emitter.ts'
import { endpointTable } from '../shared/endpoint-table.ts'
import { BINDINGS_FILE } from '../shared/output-files.ts'

/** The endpoint table the client's proxy chain reads to turn a property chain into a URL. */
export const bindings: Emitter = {
  name: 'bindings',
  emit: (model) => new Map([[BINDINGS_FILE, `${JSON.stringify(endpointTable(model), null, 2)}\n`]]),
}
