import type { RuntimeBindings } from '../../runtime/client.ts'
import type { EndpointTable, HttpMethod, OperationShape } from '../../runtime/endpoints.ts'
import type { ApiModel } from '../../model/types.ts'

/**
 * Chain key (`v3.profitsharing.returnOrders`) → its URL template and methods, in chain-key order: the table the
 * client's proxy chain reads. Typed with the runtime's own types, so the compiler checks it against its reader.
 */
export function endpointTable(model: ApiModel): EndpointTable {
  const table: Record<string, EndpointTable[string]> = {}
  for (const node of model.endpoints) {
    const methods: Partial<Record<HttpMethod, OperationShape>> = {}
    for (const operation of node.operations) {
      const { request, response } = operation
      methods[operation.method] = {
        request: request.kind,
        response: response.kind,
        ...(request.kind === 'json' && request.sensitive ? { sensitive: request.sensitive } : {}),
      }
    }
    table[node.key] = { path: node.operations[0]!.path, methods }
  }
  return table
}

/**
 * The event types of the spec's webhooks, in the model's order: what the entries bind for `notifications.parse`
 * (another type is thrown as UnknownNotificationEventError). Undefined without webhooks: every type is returned.
 */
export function notificationEventTypes(model: ApiModel): RuntimeBindings['eventTypes'] {
  return model.webhooks.length === 0 ? undefined : model.webhooks.map((webhook) => webhook.eventType)
}
