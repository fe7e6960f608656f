// Looking nodes up by id. Trees store nodes as an array (see schema.ts); every walk needs a map.
import type { TreeNode } from './schema'

/** The first node with each id; later duplicates are validateTree's business, not a walk's. */
export function nodeIndex(nodes: readonly TreeNode[]): Map<string, TreeNode> {
  const index = new Map<string, TreeNode>()
  for (const node of nodes) if (!index.has(node.id)) index.set(node.id, node)
  return index
}

export function linksOf(node: TreeNode): readonly { next: string }[] {
  return node.kind === 'question' ? node.options : []
}
