import { describe, expect, it } from 'vitest'
import { validateTree, type TreeError } from '../../../../src/shared/domain'
import { sampleTreeJson } from './fixtures'

type Json = ReturnType<typeof sampleTreeJson>
type NodeJson = Json['nodes'][number]

function errorsOf(edit: (tree: Json) => void): TreeError[] {
  const tree = sampleTreeJson()
  edit(tree)
  const result = validateTree(tree)
  return result.ok ? [] : result.errors
}

function node(tree: Json, id: string): NodeJson & { options?: { label: string; next: string }[] } {
  const found = tree.nodes.find((n) => n.id === id)
  if (found === undefined) throw new Error(id)
  return found
}

describe('validateTree', () => {
  it('accepts a well-formed tree and fills defaults of actions', () => {
    const result = validateTree(sampleTreeJson())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const refund = result.tree.nodes.find((n) => n.id === 'refund')
    expect(refund?.kind === 'outcome' && refund.actions).toEqual([
      { type: 'transfer', to: 'full-time-staff' },
      { type: 'follow-up', request: '退款', promise: '{{date}}前退款', dueInDays: 1 },
      { type: 'copy-remark', logistics: '顺丰', gift: '', other: '{{date}}前退款' },
    ])
  })

  it('missing-root names the root id that is not a node', () => {
    expect(errorsOf((t) => (t.root = 'nowhere'))).toEqual([{ code: 'missing-root', detail: 'nowhere' }])
  })

  it('dangling-link names the question and the missing target', () => {
    const errors = errorsOf((t) => (node(t, 'failed').options![1]!.next = 'gone'))
    expect(errors).toContainEqual({ code: 'dangling-link', nodeId: 'failed', detail: 'gone' })
  })

  it('cycle names a node on the cycle and the question that closes it', () => {
    const errors = errorsOf((t) => node(t, 'failed').options!.push({ label: '再查一次', next: 'backoffice' }))
    expect(errors).toEqual([{ code: 'cycle', nodeId: 'backoffice', detail: 'failed' }])
  })

  it('a node linking to itself is a cycle', () => {
    const errors = errorsOf((t) => node(t, 'status').options!.push({ label: '再问', next: 'status' }))
    expect(errors).toEqual([{ code: 'cycle', nodeId: 'status', detail: 'status' }])
  })

  it('two options leading to one node are not a cycle', () => {
    expect(errorsOf((t) => node(t, 'failed').options!.push({ label: '还是退款', next: 'refund' }))).toEqual([])
  })

  it('unreachable names the node no path leads to', () => {
    const errors = errorsOf((t) => t.nodes.push({ id: 'orphan', kind: 'outcome', title: '孤立', script: '您好' }))
    expect(errors).toEqual([{ code: 'unreachable', nodeId: 'orphan' }])
  })

  it('question-without-options names the question', () => {
    expect(errorsOf((t) => (node(t, 'failed').options = []))).toEqual([
      { code: 'question-without-options', nodeId: 'failed' },
      { code: 'unreachable', nodeId: 'retry' },
      { code: 'unreachable', nodeId: 'refund' },
    ])
  })

  it('too-many-options names the question and its count: keys 1-9 choose', () => {
    const options = (count: number) => [
      { label: '重新充值', next: 'retry' },
      ...Array.from({ length: count - 1 }, (_, i) => ({ label: `退款${i}`, next: 'refund' })),
    ]
    expect(errorsOf((t) => (node(t, 'failed').options = options(10)))).toEqual([{ code: 'too-many-options', nodeId: 'failed', detail: '10' }])
    expect(errorsOf((t) => (node(t, 'failed').options = options(9)))).toEqual([])
  })

  it('duplicate-id names the id given twice in the node list', () => {
    const errors = errorsOf((t) => t.nodes.push({ id: 'retry', kind: 'outcome', title: '又一个', script: '您好' }))
    expect(errors).toEqual([{ code: 'duplicate-id', nodeId: 'retry' }])
  })

  it('duplicate-input names the input key given twice', () => {
    const errors = errorsOf((t) => t.inputs.push({ key: 'orderNo', label: '订单号2', required: false }))
    expect(errors).toEqual([{ code: 'duplicate-input', detail: 'orderNo' }])
  })

  it('unknown-action names the outcome and the action type', () => {
    const errors = errorsOf((t) => {
      const retry = node(t, 'retry') as { actions: unknown[] }
      retry.actions.push({ type: 'send-sms' })
    })
    expect(errors).toEqual([{ code: 'unknown-action', nodeId: 'retry', detail: 'send-sms' }])
  })

  it('invalid-shape gives the JSON path, the zod issue and the node it is in', () => {
    const errors = errorsOf((t) => {
      const carrier = node(t, 'carrier') as { actions: unknown[] }
      carrier.actions = [{ type: 'open-carrier-site', carrier: 'cmcc' }]
    })
    expect(errors).toEqual([{ code: 'invalid-shape', nodeId: 'carrier', path: 'nodes.6.actions.0.carrier', detail: 'invalid_value' }])
  })

  it('invalid-shape rejects misspelt fields instead of ignoring them', () => {
    const errors = errorsOf((t) => Object.assign(node(t, 'retry'), { acitons: [] }))
    expect(errors).toEqual([{ code: 'invalid-shape', nodeId: 'retry', path: 'nodes.4', detail: 'unrecognized_keys' }])
  })

  it('invalid-shape for input that is not a tree at all', () => {
    const result = validateTree('not a tree')
    expect(result).toEqual({ ok: false, errors: [{ code: 'invalid-shape', path: '', detail: 'invalid_type' }] })
  })

  it('invalid-shape for a version that is not a whole number', () => {
    expect(errorsOf((t) => (t.version = 1.5))).toEqual([{ code: 'invalid-shape', path: 'version', detail: 'invalid_type' }])
  })

  it('checks a 20,000-node chain without running out of stack', () => {
    const count = 20_000
    const nodes = Array.from({ length: count }, (_, i) =>
      i === count - 1
        ? { id: `n${i}`, kind: 'outcome', title: '终点', script: '您好' }
        : { id: `n${i}`, kind: 'question', text: `第${i}问`, options: [{ label: '下一步', next: `n${i + 1}` }] },
    )
    const chain = { id: 'chain', version: 1, title: '长链', description: '', inputs: [], root: 'n0', nodes }
    expect(validateTree(chain).ok).toBe(true)
    nodes.push({ id: 'loop', kind: 'question', text: '回到中间', options: [{ label: '回去', next: 'n10000' }] })
    const last = nodes[count - 2] as { options: { label: string; next: string }[] }
    last.options.push({ label: '岔路', next: 'loop' })
    const result = validateTree(chain)
    expect(result.ok ? [] : result.errors).toEqual([{ code: 'cycle', nodeId: 'n10000', detail: 'loop' }])
  })
})
