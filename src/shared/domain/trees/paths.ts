// Whole paths through a tree: every root-to-outcome path (dead-end checks, branch statistics)
// and the one-line summary of a path that goes into the issue register.
import { linksOf, nodeIndex } from './node-index'
import type { Tree, TreeNode } from './schema'
import { walk } from './walk'

export type TreePath = { choices: number[]; nodeIds: string[] }

/** Separator of describePath, as in 充值未到账 › 已付款 › 充值失败 › 退款. */
export const PATH_SEPARATOR = ' › '

/** The tree's title and the labels of the options chosen: the "problem" of a follow-up. */
export function describePath(tree: Tree, choices: readonly number[]): string {
  return [tree.title, ...walk(tree, choices).steps.map((step) => step.option.label)].join(PATH_SEPARATOR)
}

/**
 * Every path from the root to an outcome, depth-first in option order, with an explicit stack.
 * A link to a missing node or back onto the current path is skipped, so even an invalid tree
 * terminates; on a valid tree every node lies on some returned path.
 */
export function enumeratePaths(tree: Tree): TreePath[] {
  const index = nodeIndex(tree.nodes)
  const root = index.get(tree.root)
  if (root === undefined) return []
  const paths: TreePath[] = []
  const stack: { node: TreeNode; at: number }[] = []
  const onPath = new Set<TreeNode>()
  const choices: number[] = []
  const enter = (node: TreeNode) => {
    stack.push({ node, at: 0 })
    onPath.add(node)
    if (node.kind === 'outcome') paths.push({ choices: [...choices], nodeIds: stack.map((frame) => frame.node.id) })
  }
  enter(root)
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const at = top.at++
    const link = linksOf(top.node)[at]
    if (link === undefined) {
      onPath.delete(top.node)
      stack.pop()
      choices.pop()
      continue
    }
    const target = index.get(link.next)
    if (target === undefined || onPath.has(target)) continue
    choices.push(at)
    enter(target)
  }
  return paths
}
