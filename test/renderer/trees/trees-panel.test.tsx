import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import { validateTree, type Tree } from '../../../src/shared/domain'
import { initI18n } from '../../../src/renderer/i18n'
import { useProfiles } from '../../../src/renderer/features/profiles/profile-store'
import { TreesPanel } from '../../../src/renderer/features/trees/TreesPanel'
import { useTrees } from '../../../src/renderer/features/trees/trees-store'
import { installFakeDesk } from '../helpers/fake-desk'

function refundTree(): Tree {
  const result = validateTree({
    id: 'refund',
    version: 3,
    title: '退款',
    description: '测试用',
    inputs: [
      { key: 'customer', label: '顾客旺旺名', required: true },
      { key: 'orderNo', label: '订单号', required: false },
    ],
    root: 'q-status',
    nodes: [
      { id: 'q-status', kind: 'question', text: '订单状态？', options: [{ label: '未发货', next: 'o-cancel' }, { label: '已发货', next: 'q-reason' }] },
      { id: 'q-reason', kind: 'question', text: '退款原因？', options: [{ label: '不想要了', next: 'o-refuse' }] },
      { id: 'o-cancel', kind: 'outcome', title: '直接退款', script: '亲，{{customer}}您好！订单{{orderNo}}已为您退款。' },
      { id: 'o-refuse', kind: 'outcome', title: '拒收退款', script: '亲，您好！请在{{date}}前拒收包裹。', actions: [{ type: 'transfer' }] },
    ],
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.tree
}

const key = (k: string, code: string) => act(() => void fireEvent.keyDown(window, { key: k, code }))

function setup(hotkey = '') {
  const tree = refundTree()
  let runs = 0
  const desk = installFakeDesk({
    'trees:list': () => [{ id: tree.id, version: tree.version, title: tree.title, description: tree.description, hotkey, nodeCount: tree.nodes.length, updatedAt: 0, updatedBy: '' }],
    'trees:get': () => tree,
    'trees:recentRuns': () => [],
    'trees:branchCounts': () => ({ version: 3, runs: 4, counts: { 'q-status': [3, 1], 'q-reason': [1] } }),
    'trees:startRun': () => ({ runId: `run-${++runs}`, startedAt: 0 }),
    'trees:finishRun': ({ choices }: { choices: number[] }) => ({ status: choices.length === 1 || choices.length === 2 ? 'finished' : 'abandoned', outcomeNodeId: null }),
    'trees:copyScript': () => ({ text: 'copied', log: [{ type: 'copy-script', at: 1_700_000_000_000 }] }),
    'trees:recordAction': () => [{ type: 'transfer', at: 1 }],
  })
  const view = render(
    <AntApp>
      <TreesPanel />
    </AntApp>,
  )
  return { desk, view, calls: (channel: string) => desk.calls.filter((c) => c.channel === channel).map((c) => c.input) }
}

describe('the decision-tree panel', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useTrees.setState({ trees: [], loaded: false, pending: null, active: null, counts: null, recent: [], editing: null })
    useProfiles.setState({ current: { id: 'p1', displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN', hasPin: false, createdAt: 0 } })
  })

  it('asks for the inputs, then answers questions with number keys, showing how often each answer was taken', async () => {
    const { calls } = setup()
    await screen.findByText('退款', { selector: 'span' })
    key('1', 'Digit1')
    const customer = await screen.findByLabelText('顾客旺旺名')
    await userEvent.type(customer, 'tb_小王{Enter}')
    expect(await screen.findByRole('heading', { name: '订单状态？' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: /未发货/ })).toHaveTextContent('3 次 · 75%'))
    key('2', 'Digit2')
    expect(screen.getByRole('heading', { name: '退款原因？' })).toBeInTheDocument()
    key('Backspace', 'Backspace')
    expect(screen.getByRole('heading', { name: '订单状态？' })).toBeInTheDocument()
    key('1', 'Digit1')
    expect(screen.getByTestId('tree-script')).toHaveTextContent('亲，tb_小王您好！订单订单号已为您退款。')
    await waitFor(() => expect(calls('trees:startRun')).toEqual([{ treeId: 'refund', version: 3 }]))
  })

  it('asks for a blank before copying and sends what was typed to main', async () => {
    const { calls } = setup()
    await screen.findByText('退款', { selector: 'span' })
    key('1', 'Digit1')
    await userEvent.type(await screen.findByLabelText('顾客旺旺名'), 'tb_小王{Enter}')
    await screen.findByRole('heading', { name: '订单状态？' })
    key('2', 'Digit2')
    key('1', 'Digit1')
    key('c', 'KeyC')
    const dialog = await screen.findByRole('dialog')
    expect(calls('trees:copyScript')).toEqual([])
    await userEvent.type(within(dialog).getByLabelText('日期'), '11月25日')
    expect(within(dialog).getByTestId('blanks-preview')).toHaveTextContent('请在11月25日前拒收包裹')
    await userEvent.type(within(dialog).getByLabelText('日期'), '{Enter}')
    await waitFor(() => expect(calls('trees:copyScript')).toEqual([{ runId: 'run-1', choices: [1, 0], values: { customer: 'tb_小王', date: '11月25日' } }]))
    // The run log shown is main's answer, with main's time, not a copy stamped by the renderer's clock.
    await waitFor(() => expect(useTrees.getState().active?.log).toEqual([{ type: 'copy-script', at: 1_700_000_000_000 }]))
    // The blank stays filled for the rest of the run.
    expect(screen.getByTestId('tree-script')).toHaveTextContent('请在11月25日前拒收包裹')
  })

  it('keeps the run when the panel is left and shown again, and restarting from an outcome logs it and opens a new run', async () => {
    const { view, calls } = setup()
    await screen.findByText('退款', { selector: 'span' })
    key('1', 'Digit1')
    await userEvent.type(await screen.findByLabelText('顾客旺旺名'), 'tb_小王{Enter}')
    await screen.findByRole('heading', { name: '订单状态？' })
    key('1', 'Digit1')
    view.unmount()
    render(
      <AntApp>
        <TreesPanel />
      </AntApp>,
    )
    expect(await screen.findByRole('heading', { name: '直接退款' })).toBeInTheDocument()
    key('r', 'KeyR')
    expect(screen.getByRole('heading', { name: '订单状态？' })).toBeInTheDocument()
    expect(screen.getByTestId('tree-run-inputs')).toHaveTextContent('tb_小王')
    await waitFor(() => expect(calls('trees:finishRun')).toEqual([{ runId: 'run-1', choices: [0] }]))
    await waitFor(() => expect(calls('trees:startRun')).toHaveLength(2))
    key('2', 'Digit2')
    key('Escape', 'Escape') // a question: Esc does not abandon the run
    expect(screen.getByRole('heading', { name: '退款原因？' })).toBeInTheDocument()
  })

  it('starts a tree with its own hotkey even mid-run; the run in progress is closed only once the new one starts', async () => {
    const { calls } = setup('Ctrl+Shift+1')
    await screen.findByText('Ctrl+Shift+1')
    key('1', 'Digit1')
    await userEvent.type(await screen.findByLabelText('顾客旺旺名'), 'tb_小王{Enter}')
    await screen.findByRole('heading', { name: '订单状态？' })
    key('2', 'Digit2')
    const hotkey = () => act(() => void fireEvent.keyDown(window, { key: '!', code: 'Digit1', ctrlKey: true, shiftKey: true }))
    hotkey()
    expect(await screen.findByTestId('tree-inputs')).toBeInTheDocument()
    // Changing one's mind goes back to the run, untouched.
    fireEvent.keyDown(screen.getByLabelText('顾客旺旺名'), { key: 'Escape', code: 'Escape' })
    expect(await screen.findByRole('heading', { name: '退款原因？' })).toBeInTheDocument()
    expect(calls('trees:finishRun')).toEqual([])
    hotkey()
    await userEvent.type(await screen.findByLabelText('顾客旺旺名'), 'tb_小李{Enter}')
    await screen.findByRole('heading', { name: '订单状态？' })
    await waitFor(() => expect(calls('trees:finishRun')).toEqual([{ runId: 'run-1', choices: [1] }]))
    await waitFor(() => expect(calls('trees:startRun')).toHaveLength(2))
  })
})
