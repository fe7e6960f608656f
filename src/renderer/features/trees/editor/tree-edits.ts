// The structured editor's changes, as pure functions from one tree to the next (undo keeps the
// old ones). They never refuse a change that leaves the tree invalid: validateTree runs after
// each and lists what is left to fix, naming the step.
import type { OutcomeNode, QuestionNode, Tree, TreeAction, TreeInput, TreeNode } from '../../../../shared/domain'

export type Kind = TreeNode['kind']
export type ActionType = TreeAction['type']
type Option = QuestionNode['options'][number]

/** A new tree that is valid from the start: one question leading to one outcome. */
export function newTree(id: string, texts: { title: string; customer: string; question: string; option: string; outcome: string; script: string }): Tree {
  return {
    id,
    version: 1,
    title: texts.title,
    description: '',
    inputs: [{ key: 'customer', label: texts.customer, required: false }],
    root: 'q-1',
    nodes: [
      { id: 'q-1', kind: 'question', text: texts.question, options: [{ label: texts.option, next: 'o-1' }] },
      { id: 'o-1', kind: 'outcome', title: texts.outcome, script: texts.script, actions: [] },
    ],
  }
}

export function newTreeId(existing: readonly string[]): string {
  for (let n = existing.length + 1; ; n++) if (!existing.includes(`tree-${n}`)) return `tree-${n}`
}

export function updateTree(tree: Tree, patch: Partial<Pick<Tree, 'id' | 'title' | 'description' | 'hotkey' | 'root'>>): Tree {
  const next = { ...tree, ...patch }
  if (next.hotkey === '') delete next.hotkey
  return next
}

function mapNode(tree: Tree, id: string, change: (node: TreeNode) => TreeNode): Tree {
  return { ...tree, nodes: tree.nodes.map((node) => (node.id === id ? change(node) : node)) }
}

function mapQuestion(tree: Tree, id: string, change: (node: QuestionNode) => QuestionNode): Tree {
  return mapNode(tree, id, (node) => (node.kind === 'question' ? change(node) : node))
}

function mapOutcome(tree: Tree, id: string, change: (node: OutcomeNode) => OutcomeNode): Tree {
  return mapNode(tree, id, (node) => (node.kind === 'outcome' ? change(node) : node))
}

function moved<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items]
  const copy = [...items]
  const [item] = copy.splice(index, 1)
  copy.splice(to, 0, item as T)
  return copy
}

function withoutOptional<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const copy = { ...value }
  for (const key of keys) if (copy[key] === '') delete copy[key]
  return copy
}

// ---- steps ----

export function freeNodeId(tree: Tree, kind: Kind): string {
  const prefix = kind === 'question' ? 'q' : 'o'
  const taken = new Set(tree.nodes.map((node) => node.id))
  for (let n = 1; ; n++) if (!taken.has(`${prefix}-${n}`)) return `${prefix}-${n}`
}

/** Adds an empty step after `after` (or at the end); its blank texts show as errors until written. */
export function addNode(tree: Tree, kind: Kind, after?: string): { tree: Tree; id: string } {
  const id = freeNodeId(tree, kind)
  const node: TreeNode = kind === 'question' ? { id, kind, text: '', options: [] } : { id, kind, title: '', script: '', actions: [] }
  const at = after === undefined ? -1 : tree.nodes.findIndex((n) => n.id === after)
  const nodes = [...tree.nodes]
  nodes.splice(at < 0 ? nodes.length : at + 1, 0, node)
  return { tree: { ...tree, nodes }, id }
}

/** Links to the removed step are left in place, so validation points at every question that still needs a new target. */
export function removeNode(tree: Tree, id: string): Tree {
  return { ...tree, nodes: tree.nodes.filter((node) => node.id !== id) }
}

export function moveNode(tree: Tree, id: string, delta: number): Tree {
  return { ...tree, nodes: moved(tree.nodes, tree.nodes.findIndex((node) => node.id === id), delta) }
}

/** Renames a step and every link to it; refused (unchanged) when the new id is blank or taken. */
export function renameNode(tree: Tree, from: string, to: string): Tree {
  const id = to.trim()
  if (id === '' || id === from || tree.nodes.some((node) => node.id === id)) return tree
  return {
    ...tree,
    root: tree.root === from ? id : tree.root,
    nodes: tree.nodes.map((node) => {
      const renamed = node.id === from ? { ...node, id } : node
      return renamed.kind === 'question' ? { ...renamed, options: renamed.options.map((o) => (o.next === from ? { ...o, next: id } : o)) } : renamed
    }),
  }
}

export function updateQuestion(tree: Tree, id: string, patch: Partial<Pick<QuestionNode, 'text' | 'hint'>>): Tree {
  return mapQuestion(tree, id, (node) => withoutOptional({ ...node, ...patch }, ['hint']))
}

export function updateOutcome(tree: Tree, id: string, patch: Partial<Pick<OutcomeNode, 'title' | 'script' | 'next'>>): Tree {
  return mapOutcome(tree, id, (node) => withoutOptional({ ...node, ...patch }, ['next']))
}

// ---- options ----

export function addOption(tree: Tree, id: string, option: Option = { label: '', next: '' }): Tree {
  return mapQuestion(tree, id, (node) => ({ ...node, options: [...node.options, option] }))
}

export function updateOption(tree: Tree, id: string, index: number, patch: Partial<Option>): Tree {
  return mapQuestion(tree, id, (node) => ({ ...node, options: node.options.map((o, i) => (i === index ? { ...o, ...patch } : o)) }))
}

export function removeOption(tree: Tree, id: string, index: number): Tree {
  return mapQuestion(tree, id, (node) => ({ ...node, options: node.options.filter((_, i) => i !== index) }))
}

export function moveOption(tree: Tree, id: string, index: number, delta: number): Tree {
  return mapQuestion(tree, id, (node) => ({ ...node, options: moved(node.options, index, delta) }))
}

// ---- outcome actions ----

export function defaultAction(type: ActionType): TreeAction {
  switch (type) {
    case 'transfer':
      return { type, to: 'full-time-staff' }
    case 'follow-up':
      return { type, request: '', promise: '', dueInDays: 1 }
    case 'open-carrier-site':
      return { type, carrier: 'mobile' }
    case 'copy-remark':
      return { type, logistics: '', gift: '', other: '' }
  }
}

export function addAction(tree: Tree, id: string, type: ActionType): Tree {
  return mapOutcome(tree, id, (node) => ({ ...node, actions: [...node.actions, defaultAction(type)] }))
}

export function updateAction(tree: Tree, id: string, index: number, action: TreeAction): Tree {
  return mapOutcome(tree, id, (node) => ({ ...node, actions: node.actions.map((a, i) => (i === index ? action : a)) }))
}

export function removeAction(tree: Tree, id: string, index: number): Tree {
  return mapOutcome(tree, id, (node) => ({ ...node, actions: node.actions.filter((_, i) => i !== index) }))
}

export function moveAction(tree: Tree, id: string, index: number, delta: number): Tree {
  return mapOutcome(tree, id, (node) => ({ ...node, actions: moved(node.actions, index, delta) }))
}

// ---- inputs asked before the first question ----

export function addInput(tree: Tree): Tree {
  return { ...tree, inputs: [...tree.inputs, { key: '', label: '', required: false }] }
}

export function updateInput(tree: Tree, index: number, patch: Partial<TreeInput>): Tree {
  return { ...tree, inputs: tree.inputs.map((input, i) => (i === index ? withoutOptional({ ...input, ...patch }, ['hint']) : input)) }
}

export function removeInput(tree: Tree, index: number): Tree {
  return { ...tree, inputs: tree.inputs.filter((_, i) => i !== index) }
}

export function moveInput(tree: Tree, index: number, delta: number): Tree {
  return { ...tree, inputs: moved(tree.inputs, index, delta) }
}
