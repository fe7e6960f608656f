import { describe, expect, it } from 'vitest'
import { enumeratePaths, validateTree, type Tree } from '../../../src/shared/domain'
import {
  addAction,
  addNode,
  addOption,
  moveNode,
  moveOption,
  newTree,
  newTreeId,
  removeNode,
  renameNode,
  updateOption,
  updateOutcome,
  updateTree,
} from '../../../src/renderer/features/trees/editor/tree-edits'

const TEXTS = { title: '新树', customer: '顾客旺旺名', question: '什么问题？', option: '第一种', outcome: '结果', script: '亲，您好！请问还有其他需要帮您的吗？' }

function errors(tree: Tree) {
  const result = validateTree(tree)
  return result.ok ? [] : result.errors
}

describe('tree edits', () => {
  it('start a new tree that is valid and walks to an outcome, with an id not yet used', () => {
    const tree = newTree(newTreeId(['tree-1', 'tree-2']), TEXTS)
    expect(tree.id).toBe('tree-3')
    expect(errors(tree)).toEqual([])
    expect(enumeratePaths(tree)).toEqual([{ choices: [0], nodeIds: ['q-1', 'o-1'] }])
  })

  it('add a step after the selected one, blank until written, and linking it makes the tree valid again', () => {
    const start = newTree('t', TEXTS)
    const { tree, id } = addNode(start, 'outcome', 'q-1')
    expect(id).toBe('o-2')
    expect(tree.nodes.map((n) => n.id)).toEqual(['q-1', 'o-2', 'o-1'])
    expect(errors(tree).map((e) => [e.code, e.nodeId])).toEqual([
      ['invalid-shape', 'o-2'],
      ['invalid-shape', 'o-2'],
    ])
    const written = updateOutcome(tree, 'o-2', { title: '退款', script: '亲，您好！已为您退款。' })
    expect(errors(written)).toEqual([{ code: 'unreachable', nodeId: 'o-2' }])
    const linked = addOption(written, 'q-1', { label: '退款', next: 'o-2' })
    expect(errors(linked)).toEqual([])
  })

  it('removing a step leaves the links to it for validation to point out', () => {
    const tree = removeNode(newTree('t', TEXTS), 'o-1')
    expect(errors(tree)).toEqual([{ code: 'dangling-link', nodeId: 'q-1', detail: 'o-1' }])
  })

  it('renaming a step renames every link and the first step, and refuses an id that is taken', () => {
    const tree = addOption(newTree('t', TEXTS), 'q-1', { label: '另一种', next: 'o-1' })
    const renamed = renameNode(renameNode(tree, 'o-1', 'o-refund'), 'q-1', 'q-start')
    expect(renamed.root).toBe('q-start')
    expect(renamed.nodes[0]).toMatchObject({ id: 'q-start', options: [{ next: 'o-refund' }, { next: 'o-refund' }] })
    expect(errors(renamed)).toEqual([])
    expect(renameNode(renamed, 'o-refund', 'q-start')).toBe(renamed)
    expect(renameNode(renamed, 'o-refund', '  ')).toBe(renamed)
  })

  it('reorders answers (their keys) and steps without changing where they lead', () => {
    const tree = addOption(addOption(newTree('t', TEXTS), 'q-1', { label: 'B', next: 'o-1' }), 'q-1', { label: 'C', next: 'o-1' })
    const moved = moveOption(tree, 'q-1', 2, -2)
    expect(moved.nodes[0]).toMatchObject({ options: [{ label: 'C' }, { label: '第一种' }, { label: 'B' }] })
    expect(moveOption(moved, 'q-1', 0, -1)).toEqual(moved)
    expect(moveNode(moved, 'o-1', -1).nodes.map((n) => n.id)).toEqual(['o-1', 'q-1'])
  })

  it('adds actions with their defaults, which validate once their texts are written', () => {
    const withFollowUp = addAction(newTree('t', TEXTS), 'o-1', 'follow-up')
    expect(withFollowUp.nodes[1]).toMatchObject({ actions: [{ type: 'follow-up', request: '', promise: '', dueInDays: 1 }] })
    expect(errors(withFollowUp).map((e) => e.path)).toEqual(['nodes.1.actions.0.request', 'nodes.1.actions.0.promise'])
    expect(errors(addAction(addAction(newTree('t', TEXTS), 'o-1', 'transfer'), 'o-1', 'open-carrier-site'))).toEqual([])
  })

  it('drops an emptied optional field instead of keeping a blank one', () => {
    const tree = updateTree(updateTree(newTree('t', TEXTS), { hotkey: 'Ctrl+Shift+1' }), { hotkey: '' })
    expect('hotkey' in tree).toBe(false)
    expect(errors(updateOption(tree, 'q-1', 0, { label: '' }))).toEqual([{ code: 'invalid-shape', nodeId: 'q-1', path: 'nodes.0.options.0.label', detail: 'too_small' }])
  })
})
