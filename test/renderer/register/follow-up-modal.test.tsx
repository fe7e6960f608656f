import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EntryDraft, RegisterEntry } from '../../../src/shared/ipc/register'
import { initI18n } from '../../../src/renderer/i18n'
import { FollowUpModal } from '../../../src/renderer/features/register/FollowUpModal'
import { useRegister } from '../../../src/renderer/features/register/register-store'
import { installFakeDesk } from '../helpers/fake-desk'

function savedEntry(entry: EntryDraft): RegisterEntry {
  const f = entry.followUp!
  return {
    id: 'e1',
    kind: 'followup',
    text: entry.text,
    answer: '',
    tags: [],
    followUp: { customer: f.customer ?? '', orderNo: f.orderNo ?? '', purchaseDate: '', buyerWants: '', promised: f.promised ?? '', dueAt: f.dueAt ?? null, status: 'todo', resolution: '', doneAt: null, checkState: 'pending' },
    hard: false,
    urgency: 'later',
    createdBy: '小美（KF017）',
    createdAt: 1,
    updatedBy: '小美（KF017）',
    updatedAt: 1,
    answeredAt: null,
  }
}

/** The modal on a desk that keeps no draft and saves what it is given. */
function renderWithSavingDesk() {
  const desk = installFakeDesk({
    'drafts:get': () => null,
    'drafts:save': () => ({ savedAt: 1 }),
    'register:create': ({ entry }: { entry: EntryDraft }) => savedEntry(entry),
  })
  render(
    <AntApp>
      <FollowUpModal />
    </AntApp>,
  )
  return desk
}

describe('openFollowUp from another screen', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useRegister.setState({ followUp: null })
  })

  it('shows the form prefilled, saves it with its draft key and hands the saved entry back', async () => {
    const desk = renderWithSavingDesk()
    const onSaved = vi.fn()
    act(() => useRegister.getState().openFollowUp({ customer: 'tb_阿花', orderNo: '4012345678901234567', text: '充值一直显示充值中' }, { onSaved }))
    const dialog = await screen.findByRole('dialog', { name: '新建跟进' })
    expect(await within(dialog).findByLabelText('旺旺名')).toHaveValue('tb_阿花')
    expect(within(dialog).getByLabelText('问题')).toHaveValue('充值一直显示充值中')
    await userEvent.type(within(dialog).getByLabelText('答应买家的事'), '两小时内回复')
    await userEvent.click(within(dialog).getByRole('button', { name: /保存/ }))
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'e1', text: '充值一直显示充值中' })))
    const create = desk.calls.find((c) => c.channel === 'register:create')!.input as { entry: EntryDraft; draftForm: string }
    expect(create.draftForm).toBe('register:followup:new')
    expect(create.entry.followUp).toMatchObject({ customer: 'tb_阿花', orderNo: '4012345678901234567', promised: '两小时内回复', status: 'todo' })
    expect(create.entry.followUp!.dueAt).toBeGreaterThan(Date.now())
    expect(useRegister.getState().followUp).toBeNull()
  })

  it('offers a left-over draft instead of silently replacing the prefill', async () => {
    installFakeDesk({
      'drafts:get': () => ({ payload: JSON.stringify({ customer: 'tb_旧草稿', text: '上次没写完' }), savedAt: Date.now() - 60_000 }),
      'drafts:save': () => ({ savedAt: 1 }),
    })
    render(
      <AntApp>
        <FollowUpModal />
      </AntApp>,
    )
    act(() => useRegister.getState().openFollowUp({ customer: 'tb_新客户' }))
    const dialog = await screen.findByRole('dialog', { name: '新建跟进' })
    expect(await within(dialog).findByLabelText('旺旺名')).toHaveValue('tb_新客户')
    await userEvent.click(within(dialog).getByRole('button', { name: '改用草稿' }))
    expect(within(dialog).getByLabelText('旺旺名')).toHaveValue('tb_旧草稿')
    expect(within(dialog).getByText(/已恢复 .* 未保存的内容/)).toBeInTheDocument()
  })
})

describe('the callback time, typed as an agent says it', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useRegister.setState({ followUp: null })
  })

  it('becomes a full date and time on leaving the field, and is saved as that moment (issue 14, major 2)', async () => {
    const desk = renderWithSavingDesk()
    act(() => useRegister.getState().openFollowUp({ customer: 'tb_阿花', text: '少发一件' }))
    const dialog = await screen.findByRole('dialog', { name: '新建跟进' })
    const due = await within(dialog).findByLabelText('回访时间')
    await userEvent.clear(due)
    await userEvent.type(due, '明天晚上8点')
    await userEvent.tab()
    const tomorrow = new Date()
    tomorrow.setDate(tomorrow.getDate() + 1)
    const key = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}`
    expect(due).toHaveValue(`${key} 20:00`)
    await userEvent.click(within(dialog).getByRole('button', { name: /保存/ }))
    await vi.waitFor(() => expect(desk.calls.some((c) => c.channel === 'register:create')).toBe(true))
    const create = desk.calls.find((c) => c.channel === 'register:create')!.input as { entry: EntryDraft }
    expect(create.entry.followUp!.dueAt).toBe(new Date(tomorrow.getFullYear(), tomorrow.getMonth(), tomorrow.getDate(), 20, 0).getTime())
  })
})

