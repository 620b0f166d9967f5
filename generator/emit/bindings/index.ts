import { compareStrings } from '../../model/naming.ts'
import type { ApiModel, Operation } from '../../model/types.ts'

export const BINDINGS_FILE = 'endpoints.json'

/** What the runtime needs to know about one method of an endpoint. */
export interface MethodBinding {
  readonly request: Operation['request']['kind']
  readonly response: Operation['response']['kind']
}

/** Chain key (`v3.profitsharing.returnOrders`) → its URL template and methods. */
export type EndpointTable = Record<string, { readonly path: string; readonly methods: Record<string, MethodBinding> }>

/** The endpoint table the client's proxy chain reads to turn a property chain into a URL. */
export function emitBindings(model: ApiModel): Map<string, string> {
  return new Map([[BINDINGS_FILE, `${JSON.stringify(endpointTable(model.operations), null, 2)}\n`]])
}

export function endpointTable(operations: readonly Operation[]): EndpointTable {
  const table: Record<string, { path: string; methods: Record<string, MethodBinding> }> = {}
  const sorted = [...operations].sort((a, b) => compareStrings(a.chain.join('.'), b.chain.join('.')))
  for (const operation of sorted) {
    const key = operation.chain.join('.')
    table[key] ??= { path: operation.path, methods: {} }
    table[key].methods[operation.method] = { request: operation.request.kind, response: operation.response.kind }
  }
  return table
}
