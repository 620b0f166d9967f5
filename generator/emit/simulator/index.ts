import type { SimulatorOperation, SimulatorOperations } from '../../runtime/simulator/operations.ts'
import type { ApiModel, Operation } from '../../model/types.ts'
import type { GenerationCache } from '../../cache.ts'
import type { Emitter } from '../emitter.ts'
import { madeOnce } from '../shared/made-once.ts'
import { reusedText } from '../shared/reused-text.ts'
import { SIMULATOR_OPERATIONS_FILE } from '../shared/output-files.ts'

/**
 * What `wechatpay-apiv3/simulator` is driven by: every operation of the spec as data (method, URL template, the
 * path, query, body and answer schemas with their examples; sensitive fields marked in the schemas), and every
 * webhook's event type with the schema of its decrypted resource, in the model's order. Typed with the simulator's own types, so the compiler checks it against its reader.
 */
export const simulatorData: Emitter = {
  name: 'simulator',
  emit: (model, { cache }) => {
    const text = () => `${JSON.stringify(simulatorOperations(model), null, 2)}\n`
    return new Map([[SIMULATOR_OPERATIONS_FILE, cache ? reusedText(cache, SIMULATOR_OPERATIONS_FILE, simulatorDataParts(model, cache), text) : text()]])
  },
}

/**
 * What the simulator's data is made of, as short texts a session compares: each operation's entry as compact JSON
 * (kept for the operations the model kept), the webhooks' and the version. One JSON.stringify of the whole is
 * several times faster than putting it together from pieces, so the pieces only decide whether it is made again.
 */
function simulatorDataParts(model: ApiModel, cache: GenerationCache): string[] {
  const parts = model.operations.map((operation) => madeOnce(cache.simulatorOperations, operation, () => JSON.stringify(simulatorOperation(operation))))
  parts.push(JSON.stringify(simulatorWebhooks(model)), JSON.stringify(model.info.version))
  return parts
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
