// Issue 14, Minors 7 and 8: copying does not reorder the list under the agent's hand (ranking
// applies when the search changes); a reply saved during a search is shown and selected; the tab
// counts follow the search.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Reply, ReplyUsage } from '../../../src/shared/ipc/replies'
import { useReplies } from '../../../src/renderer/features/replies/replies-store'
import { installLibraryDesk, renderRepliesPage, reply } from './library-desk'
import { prepareRepliesPanel } from '../helpers/replies-panel'

const used = (r: Reply, uses: number): Reply => ({ ...r, uses, weekUses: uses, lastUsedAt: uses ? 1 : null })
const LIB = [used(reply('a', '物流慢', '抱歉久等。', 'wlm'), 3), used(reply('b', '物流查询', '在查。', 'wl'), 2), { ...used(reply('c', '退款到账', '原路退回。', 'tk'), 0), category: '售后' }]
const order = () => screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'))

describe('the reply list while the agent works in it', () => {
  beforeEach(prepareRepliesPanel)
  afterEach(() => vi.restoreAllMocks())

  it('keeps Ctrl+1…9 on the same replies after copies, and re-ranks when the search changes', async () => {
    let uses = 0
    installLibraryDesk(LIB, { 'replies:copy': ({ id }: { id: string }): { text: string; usage: ReplyUsage } => ({ text: 'x', usage: { id, uses: (uses += 5), weekUses: uses, lastUsedAt: 9 } }) })
    renderRepliesPage()
    const search = await screen.findByRole('combobox', { name: '搜索快捷回复' })
    await waitFor(() => expect(order()).toEqual(['物流慢', '物流查询', '退款到账']))
    await userEvent.keyboard('{Control>}3{/Control}')
    await waitFor(() => expect(useReplies.getState().replies.find((r) => r.id === 'c')?.uses).toBe(5))
    expect(order()).toEqual(['物流慢', '物流查询', '退款到账'])
    await userEvent.type(search, 'x')
    await userEvent.clear(search)
    await waitFor(() => expect(order()).toEqual(['退款到账', '物流慢', '物流查询']))
  })

  it('shows and selects a reply saved while a search that does not match it is in the box', async () => {
    const created = { ...reply('n', '发票怎么开', '后台申请即可。', 'fp'), category: '售后' }
    const desk = installLibraryDesk(LIB, { 'replies:create': () => created })
    renderRepliesPage()
    const search = await screen.findByRole('combobox', { name: '搜索快捷回复' })
    await userEvent.type(search, '物流')
    await userEvent.click(screen.getByTestId('new-reply'))
    const drawer = await screen.findByRole('dialog')
    await userEvent.type(within(drawer).getByLabelText('标题'), '发票怎么开')
    await userEvent.type(within(drawer).getByLabelText('内容'), '后台申请即可。')
    await userEvent.click(screen.getByTestId('save-reply'))
    await waitFor(() => expect(desk.calls.some((c) => c.channel === 'replies:create')).toBe(true))
    // Main then says the library changed and the window reloads it.
    act(() => useReplies.setState({ replies: [...LIB, created] }))
    await waitFor(() => expect(screen.getByRole('option', { name: '发票怎么开' })).toHaveAttribute('aria-selected', 'true'))
    expect(search).toHaveValue('')
  })

  it('counts in each tab what the search finds', async () => {
    installLibraryDesk(LIB)
    renderRepliesPage()
    const search = await screen.findByRole('combobox', { name: '搜索快捷回复' })
    await waitFor(() => expect(screen.getByRole('tab', { name: /全部\s*3/ })).toBeInTheDocument())
    await userEvent.type(search, '退款')
    await waitFor(() => expect(screen.getByRole('tab', { name: /全部\s*1/ })).toBeInTheDocument())
    expect(screen.getByRole('tab', { name: /物流\s*0/ })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: /售后\s*1/ })).toBeInTheDocument()
  })
})
