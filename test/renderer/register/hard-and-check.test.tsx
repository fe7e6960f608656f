// Issue 19: a register entry can be flagged for the lead as a hard question (疑难), and an
// after-sales follow-up shows and changes its check state (待核实 / 已核实 / 有问题).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EntryDraft, RegisterEntry } from '../../../src/shared/ipc/register'
import { initI18n } from '../../../src/renderer/i18n'
import { EntryCard } from '../../../src/renderer/features/register/EntryCard'
import { EntryForm } from '../../../src/renderer/features/register/EntryForm'
import { installFakeDesk } from '../helpers/fake-desk'

const base: RegisterEntry = {
  id: 'e1',
  kind: 'question',
  text: '定制刻字能不能退？',
  answer: '',
  tags: [],
  followUp: null,
  hard: false,
  urgency: null,
  createdBy: '小美',
  createdAt: 1,
  updatedBy: '小美',
  updatedAt: 1,
  answeredAt: null,
}

describe('hard questions (疑难)', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('sends the flag ticked in the form, and shows it on the entry', async () => {
    const desk = installFakeDesk({
      'drafts:get': () => null,
      'drafts:save': () => ({ savedAt: 1 }),
      'register:create': ({ entry }: { entry: EntryDraft }) => ({ ...base, text: entry.text, hard: entry.hard === true }),
    })
    const onSaved = vi.fn()
    render(
      <AntApp>
        <EntryForm onSaved={onSaved} onCancel={() => undefined} />
      </AntApp>,
    )
    await userEvent.type(await screen.findByLabelText('内容'), '定制刻字能不能退？')
    await userEvent.click(screen.getByRole('checkbox', { name: '疑难：交给组长汇总' }))
    await userEvent.keyboard('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(desk.calls.find((c) => c.channel === 'register:create')?.input).toMatchObject({ entry: { text: '定制刻字能不能退？', hard: true } })

    render(<EntryCard entry={{ ...base, hard: true }} onEdit={vi.fn()} onAnswer={vi.fn()} onStatus={vi.fn()} onCheckState={vi.fn()} onDelete={vi.fn()} />)
    expect(screen.getByTestId('register-entry-hard')).toHaveTextContent('疑难')
  })
})

describe('after-sales checks', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('shows a follow-up’s check state and changes it from the entry', async () => {
    const onCheckState = vi.fn()
    const followUp: RegisterEntry = {
      ...base,
      kind: 'followup',
      text: '少发一只袜子',
      urgency: 'later',
      followUp: { customer: 'tb_小王', orderNo: '', purchaseDate: '', buyerWants: '补发', promised: '', dueAt: null, status: 'todo', resolution: '', doneAt: null, checkState: 'pending' },
    }
    render(<EntryCard entry={followUp} onEdit={vi.fn()} onAnswer={vi.fn()} onStatus={vi.fn()} onCheckState={onCheckState} onDelete={vi.fn()} />)
    const card = screen.getByTestId('register-entry')
    expect(within(card).getByTestId('register-entry-check')).toHaveTextContent('待核实')
    // antd opens its list on mouse-down.
    fireEvent.mouseDown(within(card).getByRole('combobox', { name: '售后核实' }))
    fireEvent.click(await screen.findByTitle('有问题'))
    expect(onCheckState.mock.calls.map((call) => call[0])).toEqual(['problem'])
  })

  it('has no check on a question', () => {
    render(<EntryCard entry={base} onEdit={vi.fn()} onAnswer={vi.fn()} onStatus={vi.fn()} onCheckState={vi.fn()} onDelete={vi.fn()} />)
    expect(screen.queryByTestId('register-entry-check')).toBeNull()
    expect(screen.queryByRole('combobox', { name: '售后核实' })).toBeNull()
  })
})
