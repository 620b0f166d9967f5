import type { SimulatorOperation, SimulatorOperations } from '../../runtime/simulator/operations.ts'
import type { ApiModel, Operation } from '../../model/types.ts'
import type { GenerationCache } from '../../cache.ts'
import type { Emitter } from '../emitter.ts'
import { joinedText } from '../shared/joined-text.ts'
import { SIMULATOR_OPERATIONS_FILE } from '../shared/output-files.ts'

/**
 * What `wechatpay-apiv3/simulator` is driven by: every operation of the spec as data (method, URL template, the
 * path, query, body and answer schemas with their examples; sensitive fields marked in the schemas), and every
 * webhook's event type with the schema of its decrypted resource, in the model's order. Typed with the simulator's own types, so the compiler checks it against its reader.
 */
export const simulatorData: Emitter = {
  name: 'simulator',
  emit: (model, { cache }) => new Map([[SIMULATOR_OPERATIONS_FILE, simulatorOperationsText(model, cache)]]),
}

/**
 * `JSON.stringify(simulatorOperations(model), null, 2)` and a newline, the same bytes, put together from one piece
 * per operation: a session keeps the piece of each operation the model kept, and the whole text when none changed.
 */
export function simulatorOperationsText(model: ApiModel, cache?: GenerationCache): string {
  const pieces = model.operations.map((operation) => {
    let piece = cache?.simulatorOperations.get(operation)
    if (piece === undefined) {
      // At the depth of an element of `operations`; a JSON text has no raw newline but those between its lines.
      piece = JSON.stringify(simulatorOperation(operation), null, 2).replaceAll('\n', '\n    ')
      cache?.simulatorOperations.set(operation, piece)
    }
    return piece
  })
  const webhooks = JSON.stringify(simulatorWebhooks(model), null, 2).replaceAll('\n', '\n  ')
  const empty = pieces.length === 0
  return joinedText(cache, SIMULATOR_OPERATIONS_FILE, {
    before: `{\n  "version": ${JSON.stringify(model.info.version)},\n  "operations": [${empty ? '' : '\n    '}`,
    pieces,
    separator: ',\n    ',
    after: `${empty ? '' : '\n  '}],\n  "webhooks": ${webhooks}\n}\n`,
  })
}

export function simulatorOperations(model: ApiModel): SimulatorOperations {
  return {
    version: model.info.version,
    operations: model.operations.map(simulatorOperation),
    webhooks: simulatorWebhooks(model),
  }
}

function simulatorWebhooks(model: ApiModel): SimulatorOperations['webhooks'] {
  return model.webhooks.map((webhook) => ({ eventType: webhook.eventType, resource: webhook.resourceSchema }))
}

function simulatorOperation(operation: Operation): SimulatorOperation {
  const { contract } = operation
  return {
    method: operation.method.toUpperCase() as SimulatorOperation['method'],
    path: operation.path,
    request: operation.request.kind,
    pathParameters: contract.pathParameters,
    queryParameters: contract.queryParameters,
    requiredQuery: contract.requiredQuery,
    ...(contract.body === undefined ? {} : { body: contract.body }),
    bodyRequired: contract.bodyRequired,
    ...(operation.request.kind === 'json' && operation.request.sensitive ? { sensitive: operation.request.sensitive } : {}),
    answer: {
      status: contract.answer.status,
      kind: operation.response.kind,
      ...(contract.answer.schema === undefined ? {} : { schema: contract.answer.schema }),
      ...(contract.answer.example === undefined ? {} : { example: contract.answer.example }),
    },
  }
}
