import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { textPinyin } from '../../src/shared/domain/replies'
import type { Reply } from '../../src/shared/ipc/replies'
import { QuickRepliesPage } from '../../src/renderer/features/replies/QuickRepliesPage'
import { installFakeDesk } from './helpers/fake-desk'
import { prepareRepliesPanel } from './helpers/replies-panel'

function reply(id: string, title: string, body: string, shortcut = '', uses = 0): Reply {
  return { id, title, body, shortcut, category: '物流', group: '查询', shared: true, titlePinyin: textPinyin(title), uses, weekUses: uses, lastUsedAt: uses ? 1 : null, updatedAt: 1 }
}

const LIBRARY = [
  reply('r1', '物流查询', '亲，运单号 {{trackingNo}}，预计 {{days}} 天到。', 'wl'),
  reply('r2', '物流慢', '非常抱歉让您久等了。', 'wlm', 3),
  reply('r3', '退款到账', '退款会原路退回。', 'tkdz'),
]

function deskWithLibrary() {
  return installFakeDesk({
    'replies:list': () => LIBRARY,
    'replies:settings': () => ({ settings: { hotkey: 'CommandOrControl+Shift+Space', extraPhrases: ['亲爱的'], allowedDomains: ['taobao.com'] }, hotkey: { available: false, registered: false } }),
    'replies:copy': ({ id }: { id: string }) => ({ text: 'copied', usage: { id, uses: 1, weekUses: 1, lastUsedAt: 2 } }),
  })
}

function renderPage() {
  return render(
    <AntApp>
      <QuickRepliesPage />
    </AntApp>,
  )
}

describe('the quick-replies panel', () => {
  beforeEach(prepareRepliesPanel)

  afterEach(() => vi.restoreAllMocks())

  it('lists the tab by use with an empty search, and filters on every keystroke with the match marked', async () => {
    deskWithLibrary()
    renderPage()
    const search = await screen.findByRole('combobox', { name: '搜索快捷回复' })
    expect(search).toHaveFocus()
    await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'))).toEqual(['物流慢', '物流查询', '退款到账']))
    await userEvent.type(search, 'tk')
    expect(screen.getAllByRole('option').map((o) => o.getAttribute('aria-label'))).toEqual(['退款到账'])
    await userEvent.clear(search)
    await userEvent.type(search, 'wuliu')
    const first = screen.getAllByRole('option')[0]!
    expect(within(first).getByText('物流', { selector: 'mark' })).toBeInTheDocument()
  })

  it('copies a reply without blanks on Enter, and the third result with Ctrl+3', async () => {
    const desk = deskWithLibrary()
    renderPage()
    const search = await screen.findByRole('combobox', { name: '搜索快捷回复' })
    await userEvent.type(search, 'wlm{Enter}')
    await waitFor(() => expect(desk.calls.filter((c) => c.channel === 'replies:copy').map((c) => c.input)).toEqual([{ id: 'r2', values: {}, hide: false }]))
    await userEvent.clear(search)
    await userEvent.keyboard('{Control>}3{/Control}')
    await waitFor(() => expect(desk.calls.filter((c) => c.channel === 'replies:copy').at(-1)?.input).toMatchObject({ id: 'r3' }))
  })

  it('asks for the blanks first and sends what the agent typed; Tab moves between the fields', async () => {
    const desk = deskWithLibrary()
    renderPage()
    const search = await screen.findByRole('combobox', { name: '搜索快捷回复' })
    await userEvent.type(search, 'wl')
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}')
    const form = await screen.findByRole('dialog')
    const tracking = within(form).getByLabelText('运单号')
    await waitFor(() => expect(tracking).toHaveFocus())
    await userEvent.keyboard('YT123{Tab}')
    expect(within(form).getByLabelText('天数')).toHaveFocus()
    expect(desk.calls.some((c) => c.channel === 'replies:copy')).toBe(false)
    await userEvent.keyboard('{Enter}')
    expect(await within(form).findByText('请填写天数')).toBeInTheDocument()
    await userEvent.keyboard('2{Enter}')
    await waitFor(() => expect(desk.calls.find((c) => c.channel === 'replies:copy')?.input).toEqual({ id: 'r1', values: { trackingNo: 'YT123', days: '2' }, hide: false }))
  })

  it('lints a pasted draft with the shop’s own phrases too', async () => {
    deskWithLibrary()
    renderPage()
    const box = await screen.findByRole('textbox', { name: '检查草稿（发送前）' })
    await userEvent.click(box)
    await userEvent.paste('亲爱的，别催我')
    const findings = await screen.findAllByTestId('lint-forbidden')
    expect(findings.map((f) => f.querySelector('mark')?.textContent)).toEqual(['亲爱的', '别催我'])
  })
})
