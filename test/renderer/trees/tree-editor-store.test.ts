import { beforeEach, describe, expect, it, vi } from 'vitest'
import { newTree, removeNode, updateOption, updateTree } from '../../../src/renderer/features/trees/editor/tree-edits'
import { isDirty, useTreeEditor } from '../../../src/renderer/features/trees/editor/tree-editor-store'

const TEXTS = { title: '新树', customer: '顾客旺旺名', question: '什么问题？', option: '第一种', outcome: '结果', script: '亲，您好！请问还有其他需要帮您的吗？' }

describe('tree editor store', () => {
  beforeEach(() => {
    vi.useRealTimers()
    useTreeEditor.getState().reset()
  })

  it('checks the tree on every change and lists the problems by step', () => {
    const editor = useTreeEditor.getState()
    editor.start(newTree('t', TEXTS), 1)
    expect(useTreeEditor.getState().problems).toEqual([])
    editor.change((tree) => removeNode(tree, 'o-1'))
    expect(useTreeEditor.getState().problems).toEqual([{ code: 'dangling-link', nodeId: 'q-1', detail: 'o-1' }])
    editor.change((tree) => updateTree(tree, { hotkey: 'Alt+3' }))
    expect(useTreeEditor.getState().problems.at(-1)).toEqual({ code: 'invalid-hotkey', detail: 'Alt+3' })
  })

  it('undoes and redoes whole changes, and typing into one field within a second is one step', () => {
    vi.useFakeTimers()
    const editor = useTreeEditor.getState()
    const start = newTree('t', TEXTS)
    editor.start(start, 1)
    for (const label of ['退', '退款', '退款了']) editor.change((tree) => updateOption(tree, 'q-1', 0, { label }), 'q-1.option.0')
    vi.advanceTimersByTime(1500)
    editor.change((tree) => updateOption(tree, 'q-1', 0, { label: '退款了吗' }), 'q-1.option.0')
    editor.change((tree) => removeNode(tree, 'o-1'))
    expect(useTreeEditor.getState().past).toHaveLength(3)

    editor.undo()
    expect(useTreeEditor.getState().draft?.nodes).toHaveLength(2)
    editor.undo()
    expect(useTreeEditor.getState().draft?.nodes[0]).toMatchObject({ options: [{ label: '退款了' }] })
    editor.undo()
    expect(useTreeEditor.getState().draft).toEqual(start)
    expect(isDirty(useTreeEditor.getState())).toBe(false)
    editor.redo()
    expect(useTreeEditor.getState().draft?.nodes[0]).toMatchObject({ options: [{ label: '退款了' }] })
    expect(isDirty(useTreeEditor.getState())).toBe(true)
  })

  it('a tree never saved is always worth saving; a saved one only once changed', () => {
    const editor = useTreeEditor.getState()
    editor.start(newTree('t', TEXTS), null)
    expect(isDirty(useTreeEditor.getState())).toBe(true)
    editor.saved(1)
    expect(useTreeEditor.getState()).toMatchObject({ baseVersion: 1 })
    expect(isDirty(useTreeEditor.getState())).toBe(false)
  })
})
