// Issue 14, Major 5: deleting a shared reply asks first; Ctrl+Z undoes the last delete while the
// panel is open; the recycle bin lists deleted replies and restores them.
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DeletedReply, Reply } from '../../../src/shared/ipc/replies'
import { installLibraryDesk, renderRepliesPage, reply } from './library-desk'
import { prepareRepliesPanel } from '../helpers/replies-panel'

const shared = reply('r1', '赠品说明', '亲，赠品随单发出。', 'zp')
const own: Reply = { ...reply('r2', '我的开场白', '亲，在的。', 'kc'), shared: false }
const binned: DeletedReply = { id: 'r9', title: '旧的运费说明', category: '物流', group: '', shared: true, deletedAt: Date.now() - 2 * 86_400_000, deletedBy: '阿强' }

function setup() {
  const desk = installLibraryDesk([shared, own], {
    'replies:delete': ({ id }: { id: string }) => ({ id, title: id === 'r1' ? shared.title : own.title }),
    'replies:restore': ({ id }: { id: string }) => (id === 'r2' ? own : { ...shared, id }),
    'replies:recycleBin': () => [binned],
  })
  renderRepliesPage()
  const calls = (channel: string) => desk.calls.filter((c) => c.channel === channel).map((c) => c.input)
  return { calls }
}

async function choose(title: string) {
  const search = await screen.findByRole('combobox', { name: '搜索快捷回复' })
  await userEvent.clear(search)
  await userEvent.type(search, title)
  await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveAttribute('aria-label', title))
}

describe('deleting replies', () => {
  beforeEach(prepareRepliesPanel)
  afterEach(() => vi.restoreAllMocks())

  it('asks before deleting a shared reply, and deletes nothing when the agent says no', async () => {
    const { calls } = setup()
    await choose('赠品说明')
    await userEvent.click(within(screen.getByTestId('quick-replies')).getByRole('button', { name: /^删\s?除$/ }))
    const question = await screen.findByRole('dialog')
    expect(within(question).getAllByText('删除全店共用的“赠品说明”？')[0]).toBeInTheDocument()
    await userEvent.click(within(question).getByRole('button', { name: /^取\s?消$/ }))
    expect(calls('replies:delete')).toEqual([])
    await userEvent.click(within(screen.getByTestId('quick-replies')).getByRole('button', { name: /^删\s?除$/ }))
    await userEvent.click((await screen.findAllByTestId('confirm-delete')).at(-1)!)
    await waitFor(() => expect(calls('replies:delete')).toEqual([{ id: 'r1' }]))
  })

  it('deletes a personal reply at once, and Ctrl+Z brings it back', async () => {
    const { calls } = setup()
    await choose('我的开场白')
    await userEvent.click(within(screen.getByTestId('quick-replies')).getByRole('button', { name: /^删\s?除$/ }))
    await waitFor(() => expect(calls('replies:delete')).toEqual([{ id: 'r2' }]))
    expect(screen.queryByRole('dialog')).toBeNull()
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true })
    await waitFor(() => expect(calls('replies:restore')).toEqual([{ id: 'r2' }]))
    // Only once: a second Ctrl+Z has nothing left to undo.
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true })
    expect(calls('replies:restore')).toHaveLength(1)
  })

  it('lists the recycle bin with who deleted what, and restores from it', async () => {
    const { calls } = setup()
    await userEvent.click(await screen.findByTestId('recycle-bin'))
    const item = await screen.findByTestId('bin-item')
    expect(item).toHaveTextContent('旧的运费说明')
    expect(item).toHaveTextContent(/阿强 删除于 .* 还可恢复 28 天/)
    await userEvent.click(within(item).getByRole('button', { name: /^恢\s?复$/ }))
    await waitFor(() => expect(calls('replies:restore')).toEqual([{ id: 'r9' }]))
  })
})
