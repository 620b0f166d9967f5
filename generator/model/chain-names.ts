import { methodNamespace, propertyToNamespace, rootDescription, ROOT_NAMESPACE } from './naming.ts'
import type { ChainLevel, HttpMethod, OperationNames, ParentInterface } from './types.ts'

/** The root of the chain: no property; the top-level interfaces (`V3`) are declared in its namespace, `WeChatPay.OpenAPI`. */
export const ROOT_LEVEL: ChainLevel = { property: '', chain: [], key: '', interfaceName: '', declaredIn: '', namespace: ROOT_NAMESPACE, typeReference: '' }

/** The level of `property` below `parent`, with every name the declarations give it. */
export function childLevel(parent: ChainLevel, property: string): ChainLevel {
  const interfaceName = propertyToNamespace(property)
  const top = parent.chain.length === 0
  return {
    property,
    chain: [...parent.chain, property],
    key: top ? property : `${parent.key}.${property}`,
    interfaceName,
    declaredIn: parent.namespace,
    namespace: `${parent.namespace}.${interfaceName}`,
    typeReference: `${top ? ROOT_NAMESPACE : parent.interfaceName}.${interfaceName}`,
    ...(top ? { description: rootDescription(property) } : {}),
  }
}

/** Every name an operation has in the client and the declarations. */
export function operationNames(chain: readonly string[], method: HttpMethod): OperationNames {
  const levels: ChainLevel[] = []
  for (const property of chain) levels.push(childLevel(levels.at(-1) ?? ROOT_LEVEL, property))
  const endpoint = levels.at(-1)!
  const parents: ParentInterface[] = []
  for (let below = levels.length - 1; below > 0; below--) {
    const { property, typeReference } = levels[below]!
    const { declaredIn, interfaceName } = levels[below - 1]!
    parents.push({ declaredIn, interfaceName, child: { property, typeReference } })
  }
  const namespace = methodNamespace(method)
  return { chainKey: endpoint.key, endpoint, methodNamespace: namespace, namespace: `${endpoint.namespace}.${namespace}`, parents, root: levels[0]! }
}
