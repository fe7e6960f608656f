// Settings → Global hotkeys: one list of every global hotkey with the state main's registry
// reported, in the agent's language, and the quick-capture keys recorded right there.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { describe, expect, it } from 'vitest'
import type { HotkeyBoard } from '../../src/shared/ipc/hotkeys'
import { initI18n } from '../../src/renderer/i18n'
import { HotkeysCard } from '../../src/renderer/features/settings/HotkeysCard'
import { installFakeDesk } from './helpers/fake-desk'

const BOARD: HotkeyBoard = {
  available: true,
  bindings: [
    { id: 'presence.toggle', accelerator: 'CommandOrControl+Alt+1', state: 'collides', collidesWith: 'stats.effective' },
    { id: 'lock', accelerator: 'CommandOrControl+Alt+L', state: 'taken', collidesWith: null },
    { id: 'register.quickCapture', accelerator: 'CommandOrControl+Alt+J', state: 'registered', collidesWith: null },
    { id: 'stats.effective', accelerator: 'CommandOrControl+Alt+1', state: 'registered', collidesWith: null },
    { id: 'stats.undo', accelerator: '', state: 'off', collidesWith: null },
  ],
}

function renderCard() {
  return render(
    <AntApp>
      <HotkeysCard />
    </AntApp>,
  )
}

describe('the global hotkeys in Settings', () => {
  it('lists each hotkey, its keys and its state in Chinese, naming the feature a collision is with', async () => {
    initI18n('zh-CN')
    installFakeDesk({ 'hotkeys:list': () => BOARD })
    renderCard()
    expect(await screen.findByTestId('hotkey-state-presence.toggle')).toHaveTextContent('与“记一位：有效”重复，未生效')
    expect(screen.getByTestId('hotkey-state-lock')).toHaveTextContent('被其他程序占用，请换一个')
    expect(screen.getByTestId('hotkey-state-stats.effective')).toHaveTextContent('已生效')
    expect(screen.getByTestId('hotkey-state-stats.undo')).toHaveTextContent('未启用')
    const lockRow = screen.getByText('锁定屏幕').closest('tr')!
    expect(within(lockRow).getByText('Ctrl+Alt+L')).toBeInTheDocument()
  })

  it('reads the same in English, and follows the registry as it changes', async () => {
    initI18n('en')
    const desk = installFakeDesk({ 'hotkeys:list': () => BOARD })
    renderCard()
    expect(await screen.findByTestId('hotkey-state-presence.toggle')).toHaveTextContent('Same keys as “Count a customer: effective”: not active')
    act(() => desk.emit('hotkeys:changed', { available: true, bindings: [{ id: 'presence.toggle', accelerator: 'Alt+F10', state: 'registered', collidesWith: null }] }))
    expect(await screen.findByText('Alt+F10')).toBeInTheDocument()
    expect(screen.getByTestId('hotkey-state-presence.toggle')).toHaveTextContent('Active')
  })

  it('records new quick-capture keys and saves them', async () => {
    initI18n('zh-CN')
    const desk = installFakeDesk({ 'hotkeys:list': () => BOARD, 'hotkeys:update': (patch: { quickCapture: string }) => patch })
    renderCard()
    const field = await screen.findByLabelText('记一笔（问题登记）')
    expect(field).toHaveValue('Ctrl+Alt+J')
    fireEvent.keyDown(field, { key: 'n', code: 'KeyN', ctrlKey: true, shiftKey: true })
    await waitFor(() => expect(desk.calls.find((c) => c.channel === 'hotkeys:update')?.input).toEqual({ quickCapture: 'CommandOrControl+Shift+N' }))
  })

  it('says global hotkeys need the desktop app where nothing registers them', async () => {
    initI18n('zh-CN')
    installFakeDesk({ 'hotkeys:list': () => ({ available: false, bindings: [] }) })
    renderCard()
    expect(await screen.findByText('全局快捷键只在桌面版客服工作台里生效。')).toBeInTheDocument()
  })
})
