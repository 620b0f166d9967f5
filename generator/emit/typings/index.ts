import type { ApiModel, ChainNode, Operation } from '../../model/types.ts'
import type { Emitter } from '../emitter.ts'
import { generatedHeader } from '../shared/header.ts'
import { madeOnce } from '../shared/made-once.ts'
import { reusedText } from '../shared/reused-text.ts'
import { TYPINGS_ESM_FILE, TYPINGS_FILE } from '../shared/output-files.ts'
import { childInterfaces, notificationDeclarations, operationNamespace, wechatpayInterface } from './declarations.ts'

/**
 * The package's declaration file: every operation namespace, every endpoint interface, `Wechatpay`; twice, as
 * index.d.ts and (for ESM consumers) index.d.mts. Statements follow the chain tree: a node's operations, then the
 * interfaces of its children, then its children's statements; the top-level interfaces and `Wechatpay`, then the
 * notifications and their union (when the spec has webhooks).
 */
export const typings: Emitter = {
  name: 'typings',
  emit(model, { cache }) {
    const statements = typingsStatements(model, cache?.operationNamespaces)
    const text = reusedText(cache, TYPINGS_FILE, statements, () => `${statements.join('\n\n')}\n`)
    return new Map([
      [TYPINGS_FILE, text],
      [TYPINGS_ESM_FILE, text],
    ])
  },
}

function typingsStatements(model: ApiModel, printed: WeakMap<Operation, string> | undefined): string[] {
  const imports = ['import type { AxiosPromise, AxiosRequestConfig } from "axios";']
  if (model.operations.some((operation) => operation.types.usesReadStream)) imports.push('import type { ReadStream } from "fs";')
  const statements = [[generatedHeader({ from: 'the OpenAPI spec' }), ...imports].join('\n')]
  const visit = (node: ChainNode): void => {
    for (const operation of node.operations) {
      // A session keeps each operation's text: an operation the model kept is not printed again.
      statements.push(madeOnce(printed, operation, operationNamespace))
    }
    if (node.children.length > 0) statements.push(childInterfaces(node))
    node.children.forEach(visit)
  }
  model.tree.children.forEach(visit)
  statements.push(childInterfaces(model.tree), wechatpayInterface(model.tree), ...notificationDeclarations(model))
  return statements
}
