import { compareStrings, propertyToNamespace } from './naming.ts'
import type { Operation } from './types.ts'

/** One property of the client chain (`wxpay.v3.profitsharing`), with the operations at it and its children. */
export interface ChainNode {
  readonly property: string
  readonly namespace: string
  /** Properties from the root down to this node. */
  readonly chain: readonly string[]
  readonly operations: Operation[]
  readonly children: Map<string, ChainNode>
}

/**
 * The tree of chain properties over all operations. Every level is a property of the client,
 * and the parents of every endpoint are merged: `/v3/a/b` and `/v3/a/c` share `v3` and `a`.
 */
export function buildChainTree(operations: readonly Operation[]): ChainNode {
  const root: ChainNode = { property: '', namespace: '', chain: [], operations: [], children: new Map() }
  for (const operation of operations) {
    let node = root
    for (const property of operation.chain) {
      let child = node.children.get(property)
      if (!child) {
        child = { property, namespace: propertyToNamespace(property), chain: [...node.chain, property], operations: [], children: new Map() }
        node.children.set(property, child)
      }
      node = child
    }
    node.operations.push(operation)
  }
  return root
}

/** The children of a node in code-unit order of their property names. */
export function sortedChildren(node: ChainNode): ChainNode[] {
  return [...node.children.values()].sort((a, b) => compareStrings(a.property, b.property))
}
