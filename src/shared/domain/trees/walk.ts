// Following a list of chosen options from the root: the one place that turns a run's choices
// into nodes, shared by the run engine, breadcrumbs and path summaries.
import { nodeIndex } from './node-index'
import type { QuestionNode, Tree, TreeNode } from './schema'

export type WalkedStep = { question: QuestionNode; choice: number; option: QuestionNode['options'][number] }
export type Walk = { steps: WalkedStep[]; current: TreeNode }

/**
 * Stops at the first choice that does not fit (past an outcome, an index out of range), so a
 * stale path still yields the part that is valid.
 */
export function walk(tree: Tree, choices: readonly number[]): Walk {
  const index = nodeIndex(tree.nodes)
  const root = index.get(tree.root)
  // Only a tree that skipped validateTree can lack its root: a programming error, not a user's.
  if (root === undefined) throw new Error('tree-root-missing')
  let current: TreeNode = root
  const steps: WalkedStep[] = []
  for (const choice of choices) {
    if (current.kind !== 'question') break
    const option = current.options[choice]
    const target = option === undefined ? undefined : index.get(option.next)
    if (option === undefined || target === undefined) break
    steps.push({ question: current, choice, option })
    current = target
  }
  return { steps, current }
}
