import { describe, expect, it } from 'vitest'
import { describePath, enumeratePaths, type Tree } from '../../../../src/shared/domain'
import { sampleTree } from './fixtures'

describe('paths through a tree', () => {
  it('enumerates every root-to-outcome path in option order', () => {
    expect(enumeratePaths(sampleTree())).toEqual([
      { choices: [0], nodeIds: ['status', 'not-paid'] },
      { choices: [1, 0, 0], nodeIds: ['status', 'backoffice', 'failed', 'retry'] },
      { choices: [1, 0, 1], nodeIds: ['status', 'backoffice', 'failed', 'refund'] },
      { choices: [1, 1], nodeIds: ['status', 'backoffice', 'carrier'] },
    ])
  })

  it('counts a shared outcome once per path that reaches it', () => {
    const tree = sampleTree()
    const failed = tree.nodes.find((n) => n.id === 'failed')
    if (failed?.kind !== 'question') throw new Error('fixture')
    failed.options.push({ label: '先不处理', next: 'not-paid' })
    expect(enumeratePaths(tree).filter((p) => p.nodeIds.at(-1) === 'not-paid').map((p) => p.choices)).toEqual([[0], [1, 0, 2]])
  })

  it('terminates on an unvalidated tree with a cycle, skipping the link back', () => {
    const tree: Tree = {
      ...sampleTree(),
      root: 'a',
      nodes: [
        { id: 'a', kind: 'question', text: 'A', options: [{ label: '回到A', next: 'a' }, { label: '结束', next: 'end' }] },
        { id: 'end', kind: 'outcome', title: '结束', script: '您好', actions: [] },
      ],
    }
    expect(enumeratePaths(tree)).toEqual([{ choices: [1], nodeIds: ['a', 'end'] }])
  })

  it('describes a path as the tree title and the options chosen', () => {
    expect(describePath(sampleTree(), [1, 0, 1])).toBe('充值未到账 › 已付款 › 充值失败 › 退款')
    expect(describePath(sampleTree(), [])).toBe('充值未到账')
  })
})
