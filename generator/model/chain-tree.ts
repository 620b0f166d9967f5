import { childLevel, ROOT_LEVEL } from './chain-names.ts'
import { compareStrings } from './naming.ts'
import type { ChainLevel, ChainNode, Operation } from './types.ts'

interface Growing extends ChainLevel {
  readonly operations: Operation[]
  readonly byProperty: Map<string, Growing>
}

/**
 * The tree of chain properties over all operations. Every level is a property of the client, and the parents of
 * every endpoint are merged: `/v3/a/b` and `/v3/a/c` share `v3` and `a`. Children are in code-unit order of their
 * properties; `endpoints` lists the nodes with operations in chain-key order (the endpoint table's order).
 */
export function buildChainTree(operations: readonly Operation[]): { tree: ChainNode; endpoints: ChainNode[] } {
  const root: Growing = { ...ROOT_LEVEL, operations: [], byProperty: new Map() }
  for (const operation of operations) {
    let node = root
    for (const property of operation.chain) {
      let child = node.byProperty.get(property)
      if (!child) {
        child = { ...childLevel(node, property), operations: [], byProperty: new Map() }
        node.byProperty.set(property, child)
      }
      node = child
    }
    node.operations.push(operation)
  }
  const endpoints: ChainNode[] = []
  const freeze = ({ byProperty, ...level }: Growing): ChainNode => {
    const children = [...byProperty.values()].sort((a, b) => compareStrings(a.property, b.property)).map(freeze)
    const node = { ...level, children }
    if (node.operations.length > 0) endpoints.push(node)
    return node
  }
  const tree = freeze(root)
  return { tree, endpoints: endpoints.sort((a, b) => compareStrings(a.key, b.key)) }
}
