// validateTree: everything that makes a decision tree unusable in a live chat. Each pass is
// linear in nodes + links and iterative, so a deep tree cannot overflow the stack.
import { MAX_OPTIONS, treeSchema, type Tree, type TreeNode } from './schema'
import { linksOf, nodeIndex } from './node-index'
import { shapeError } from './shape-errors'
import type { TreeError } from './tree-errors'

export type TreeValidation = { ok: true; tree: Tree } | { ok: false; errors: TreeError[] }

export function validateTree(input: unknown): TreeValidation {
  const parsed = treeSchema.safeParse(input)
  // A malformed document has no reliable links to follow, so graph checks wait for a valid shape.
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => shapeError(issue, input)) }
  const tree = parsed.data
  const errors = [...inputErrors(tree), ...nodeErrors(tree), ...graphErrors(tree)]
  return errors.length === 0 ? { ok: true, tree } : { ok: false, errors }
}

function inputErrors(tree: Tree): TreeError[] {
  const errors: TreeError[] = []
  const seen = new Set<string>()
  for (const { key } of tree.inputs) {
    if (seen.has(key)) errors.push({ code: 'duplicate-input', detail: key })
    seen.add(key)
  }
  return errors
}

function nodeErrors(tree: Tree): TreeError[] {
  const errors: TreeError[] = []
  const seen = new Set<string>()
  for (const node of tree.nodes) {
    if (seen.has(node.id)) errors.push({ code: 'duplicate-id', nodeId: node.id })
    seen.add(node.id)
  }
  if (!seen.has(tree.root)) errors.push({ code: 'missing-root', detail: tree.root })
  for (const node of tree.nodes) {
    if (node.kind !== 'question') continue
    if (node.options.length === 0) errors.push({ code: 'question-without-options', nodeId: node.id })
    if (node.options.length > MAX_OPTIONS) errors.push({ code: 'too-many-options', nodeId: node.id, detail: String(node.options.length) })
    for (const { next } of node.options) {
      if (!seen.has(next)) errors.push({ code: 'dangling-link', nodeId: node.id, detail: next })
    }
  }
  return errors
}

/** Depth-first from the root with an explicit stack: a link back to a node still on the stack closes a cycle. */
function graphErrors(tree: Tree): TreeError[] {
  const index = nodeIndex(tree.nodes)
  const root = index.get(tree.root)
  if (root === undefined) return []
  const errors: TreeError[] = []
  const visited = new Set<string>()
  const onStack = new Set<string>()
  const stack: { id: string; links: readonly { next: string }[]; at: number }[] = []
  const enter = (node: TreeNode) => {
    visited.add(node.id)
    onStack.add(node.id)
    stack.push({ id: node.id, links: linksOf(node), at: 0 })
  }
  enter(root)
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    const link = top.links[top.at++]
    if (link === undefined) {
      onStack.delete(top.id)
      stack.pop()
      continue
    }
    if (onStack.has(link.next)) errors.push({ code: 'cycle', nodeId: link.next, detail: top.id })
    const target = index.get(link.next)
    if (target !== undefined && !visited.has(target.id)) enter(target)
  }
  for (const id of index.keys()) if (!visited.has(id)) errors.push({ code: 'unreachable', nodeId: id })
  return errors
}
