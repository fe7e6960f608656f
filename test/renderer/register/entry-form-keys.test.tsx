// Issue 14, Major 3 and Minor 10: Ctrl+Enter saves what is on screen (a tag chip made with Enter,
// or a tag still being typed), and the tag dropdown does not stay open over the buttons.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import type { ReactElement } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { EntryDraft, RegisterEntry } from '../../../src/shared/ipc/register'
import { initI18n } from '../../../src/renderer/i18n'
import { EntryForm } from '../../../src/renderer/features/register/EntryForm'
import { QuickCaptureForm } from '../../../src/renderer/features/register/QuickCaptureForm'
import { installFakeDesk } from '../helpers/fake-desk'

function saved(entry: EntryDraft): RegisterEntry {
  return { id: 'e1', kind: entry.kind, text: entry.text, answer: entry.answer ?? '', tags: entry.tags ?? [], followUp: null, urgency: 'later', createdBy: '小美', createdAt: 1, updatedBy: '小美', updatedAt: 1, answeredAt: null } as RegisterEntry
}

/** A register form on a desk that keeps no draft and saves what it is given. */
function setup(form: (onSaved: () => void) => ReactElement) {
  const desk = installFakeDesk({
    'drafts:get': () => null,
    'drafts:save': () => ({ savedAt: 1 }),
    'register:create': ({ entry }: { entry: EntryDraft }) => saved(entry),
  })
  const onSaved = vi.fn()
  render(<AntApp>{form(onSaved)}</AntApp>)
  const created = () => desk.calls.filter((c) => c.channel === 'register:create').map((c) => (c.input as { entry: EntryDraft }).entry)
  return { onSaved, created }
}

describe('the question/idea form’s keys', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('keeps a tag made with Enter when Ctrl+Enter saves, and closes the tag list after Enter', async () => {
    const { onSaved, created } = setup((onSaved) => <EntryForm onSaved={onSaved} onCancel={() => undefined} />)
    await userEvent.type(await screen.findByLabelText('内容'), '赠品什么时候发')
    const tags = screen.getByRole('combobox', { name: '标签' })
    await userEvent.click(tags)
    await userEvent.keyboard('赠品{Enter}')
    expect(screen.getByTitle('赠品')).toBeInTheDocument()
    expect(tags).toHaveAttribute('aria-expanded', 'false')
    await userEvent.keyboard('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(created()).toEqual([expect.objectContaining({ text: '赠品什么时候发', tags: ['赠品'] })])
  })

  it('saves a tag still being typed when Ctrl+Enter is pressed', async () => {
    const { onSaved, created } = setup((onSaved) => <EntryForm onSaved={onSaved} onCancel={() => undefined} />)
    await userEvent.type(await screen.findByLabelText('内容'), '快递能改地址吗')
    await userEvent.click(screen.getByRole('combobox', { name: '标签' }))
    await userEvent.keyboard('改地址{Control>}{Enter}{/Control}')
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(created()).toEqual([expect.objectContaining({ tags: ['改地址'] })])
  })
})

describe('quick capture (记一笔)', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('saves with Ctrl+Enter as every other form does, and with Enter', async () => {
    const { onSaved, created } = setup((onSaved) => <QuickCaptureForm onSaved={onSaved} onEscape={() => undefined} />)
    await userEvent.type(await screen.findByRole('textbox', { name: /.+/ }), '赠品缺货')
    await userEvent.keyboard('{Control>}{Enter}{/Control}')
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(created().map((entry) => entry.text)).toEqual(['赠品缺货'])
  })
})
