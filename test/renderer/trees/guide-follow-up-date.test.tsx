// Issue 14, Major 2: the purchase date a guide accepted (12月6日) goes into its follow-up as a full
// date, F saves it without retyping, and Esc keeps the prefilled form as a draft.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import { validateTree, type Tree } from '../../../src/shared/domain'
import type { EntryDraft, RegisterEntry } from '../../../src/shared/ipc/register'
import { initI18n } from '../../../src/renderer/i18n'
import { useProfiles } from '../../../src/renderer/features/profiles/profile-store'
import { FollowUpModal } from '../../../src/renderer/features/register/FollowUpModal'
import { useRegister } from '../../../src/renderer/features/register/register-store'
import { TreesPanel } from '../../../src/renderer/features/trees/TreesPanel'
import { useTrees } from '../../../src/renderer/features/trees/trees-store'
import { installFakeDesk } from '../helpers/fake-desk'

function lateParcelTree(): Tree {
  const result = validateTree({
    id: 'late',
    version: 1,
    title: '催发货',
    description: '测试用',
    inputs: [
      { key: 'customer', label: '顾客旺旺名', required: true },
      { key: 'purchaseDate', label: '购买日期', required: false },
    ],
    root: 'q',
    nodes: [
      { id: 'q', kind: 'question', text: '发货了吗？', options: [{ label: '还没发', next: 'o' }] },
      { id: 'o', kind: 'outcome', title: '催仓库', script: '亲，已经在催了。', actions: [{ type: 'follow-up', request: '尽快发货', promise: '明天前发出' }] },
    ],
  })
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.tree
}

const key = (k: string, code: string) => act(() => void fireEvent.keyDown(window, { key: k, code }))
const today = new Date()
const typed = `${today.getMonth() + 1}月${today.getDate()}日`
const full = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`

function saved(entry: EntryDraft): RegisterEntry {
  return { id: 'e1', kind: 'followup', text: entry.text, answer: '', tags: [], followUp: null, urgency: 'later', createdBy: '小美', createdAt: 1, updatedBy: '小美', updatedAt: 1, answeredAt: null } as unknown as RegisterEntry
}

async function startGuideToOutcome() {
  const tree = lateParcelTree()
  const desk = installFakeDesk({
    'trees:list': () => [{ id: tree.id, version: tree.version, title: tree.title, description: tree.description, hotkey: '', nodeCount: tree.nodes.length, updatedAt: 0, updatedBy: '' }],
    'trees:get': () => tree,
    'trees:recentRuns': () => [],
    'trees:branchCounts': () => ({ version: 1, runs: 0, counts: {} }),
    'trees:startRun': () => ({ runId: 'run-1', startedAt: 0 }),
    'trees:finishRun': () => ({ status: 'finished', outcomeNodeId: 'o' }),
    'trees:recordAction': () => [],
    'drafts:get': () => null,
    'drafts:save': () => ({ savedAt: 1 }),
    'register:create': ({ entry }: { entry: EntryDraft }) => saved(entry),
  })
  render(
    <AntApp>
      <TreesPanel />
      <FollowUpModal />
    </AntApp>,
  )
  await screen.findByText('催发货', { selector: 'span' })
  key('1', 'Digit1')
  await userEvent.type(await screen.findByLabelText('顾客旺旺名'), 'tb_小王')
  await userEvent.type(screen.getByLabelText('购买日期'), `${typed}{Enter}`)
  await screen.findByRole('heading', { name: '发货了吗？' })
  key('1', 'Digit1')
  await screen.findByTestId('tree-script')
  key('f', 'KeyF')
  const dialog = await screen.findByRole('dialog', { name: '新建跟进' })
  return { desk, dialog }
}

describe('a guide’s follow-up', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useTrees.setState({ trees: [], loaded: false, pending: null, active: null, counts: null, recent: [], editing: null })
    useRegister.setState({ followUp: null })
    useProfiles.setState({ current: { id: 'p1', displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN', hasPin: false, createdAt: 0 } })
  })

  it('saves with Ctrl+Enter without retyping the purchase date the guide took', async () => {
    const { desk, dialog } = await startGuideToOutcome()
    expect(await within(dialog).findByLabelText('购买日期')).toHaveValue(full)
    await userEvent.keyboard('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(desk.calls.some((c) => c.channel === 'register:create')).toBe(true))
    const entry = (desk.calls.find((c) => c.channel === 'register:create')!.input as { entry: EntryDraft }).entry
    expect(entry.followUp).toMatchObject({ customer: 'tb_小王', purchaseDate: full })
    await waitFor(() => expect(useRegister.getState().followUp).toBeNull())
  })

  it('keeps the prefilled form as a draft when Esc closes it', async () => {
    const { desk, dialog } = await startGuideToOutcome()
    await within(dialog).findByLabelText('购买日期')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(useRegister.getState().followUp).toBeNull())
    await waitFor(() => expect(desk.calls.some((c) => c.channel === 'drafts:save')).toBe(true))
    const draft = JSON.parse((desk.calls.filter((c) => c.channel === 'drafts:save').at(-1)!.input as { payload: string }).payload) as Record<string, unknown>
    expect(draft).toMatchObject({ customer: 'tb_小王', purchaseDate: full, text: expect.stringContaining('') })
  })
})

describe('the date field', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('turns 12-6 and 昨天 into full dates as soon as the field is left', async () => {
    const { DateInput } = await import('../../../src/renderer/lib/DateInput')
    const { useState } = await import('react')
    function Host() {
      const [value, setValue] = useState('')
      return (
        <>
          <DateInput aria-label="日期" value={value} onChange={setValue} />
          <button type="button">别处</button>
        </>
      )
    }
    render(<Host />)
    const field = screen.getByLabelText('日期')
    await userEvent.type(field, '昨天')
    await userEvent.click(screen.getByRole('button', { name: '别处' }))
    const y = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1)
    expect(field).toHaveValue(`${y.getFullYear()}-${String(y.getMonth() + 1).padStart(2, '0')}-${String(y.getDate()).padStart(2, '0')}`)
    await userEvent.clear(field)
    await userEvent.type(field, '3-9{Enter}')
    expect(field).toHaveValue(`${today.getFullYear()}-03-09`)
  })
})
