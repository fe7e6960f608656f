// The one hotkey field every setting uses (presence, tallies, quick search, lock): the agent
// presses the keys, the field shows them as written on this PC and reports the canonical accelerator.
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App as AntApp } from 'antd'
import { useState } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { LockSettings } from '../../src/shared/contract'
import { initI18n } from '../../src/renderer/i18n'
import { HotkeyRecorder } from '../../src/renderer/lib/HotkeyRecorder'
import { RepliesSettingsModal } from '../../src/renderer/features/replies/RepliesSettingsModal'
import { useReplies } from '../../src/renderer/features/replies/replies-store'
import { SharedPcCard } from '../../src/renderer/features/profiles/SharedPcCard'
import { useLockSettings } from '../../src/renderer/features/profiles/lock-settings-store'
import { useProfiles } from '../../src/renderer/features/profiles/profile-store'
import { mei } from './helpers/handover-fixtures'
import { installFakeDesk } from './helpers/fake-desk'

function Field({ initial = '', onChange }: { initial?: string; onChange: (a: string) => void }) {
  const [value, setValue] = useState(initial)
  return (
    <HotkeyRecorder
      label="上线/离线"
      value={value}
      onChange={(a) => {
        setValue(a)
        onChange(a)
      }}
    />
  )
}

describe('the hotkey recorder', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('records a pressed combination and shows it as written on a PC', () => {
    const onChange = vi.fn()
    render(<Field onChange={onChange} />)
    const field = screen.getByLabelText('上线/离线')
    expect(field).toHaveAttribute('placeholder', '点这里，然后按下组合键')
    fireEvent.keyDown(field, { key: 'Control', code: 'ControlLeft', ctrlKey: true })
    expect(onChange).not.toHaveBeenCalled()
    fireEvent.keyDown(field, { key: 'o', code: 'KeyO', ctrlKey: true, altKey: true })
    expect(onChange).toHaveBeenLastCalledWith('CommandOrControl+Alt+O')
    expect(field).toHaveValue('Ctrl+Alt+O')
  })

  it('clears on Backspace alone, and says what is missing for a plain key without changing the value', () => {
    const onChange = vi.fn()
    render(<Field initial="CommandOrControl+Alt+1" onChange={onChange} />)
    const field = screen.getByLabelText('上线/离线')
    fireEvent.keyDown(field, { key: 'k', code: 'KeyK' })
    expect(onChange).not.toHaveBeenCalled()
    expect(screen.getByText('要同时按 Ctrl、Alt 或 Win（F 键可单独用）')).toBeInTheDocument()
    expect(field).toHaveValue('Ctrl+Alt+1')
    fireEvent.keyDown(field, { key: 'Backspace', code: 'Backspace' })
    expect(onChange).toHaveBeenLastCalledWith('')
    expect(field).toHaveValue('')
  })

  it('keeps the keys it records from the screen around it (Alt+digit switches sections there), but lets Tab move on', () => {
    const around = vi.fn()
    render(
      <div onKeyDown={around}>
        <Field onChange={() => undefined} />
      </div>,
    )
    const field = screen.getByLabelText('上线/离线')
    fireEvent.keyDown(field, { key: '2', code: 'Digit2', altKey: true })
    expect(around).not.toHaveBeenCalled()
    expect(fireEvent.keyDown(field, { key: 'Tab', code: 'Tab' })).toBe(true)
    expect(around).toHaveBeenCalledTimes(1)
  })

  it('replaces the free-text box in the quick-reply settings: the pressed keys are saved', async () => {
    const desk = installFakeDesk({
      'replies:updateSettings': (patch: { hotkey: string }) => ({ settings: { hotkey: patch.hotkey, extraPhrases: [], allowedDomains: [] }, hotkey: { available: true, registered: true } }),
    })
    useReplies.setState({ settings: { hotkey: 'CommandOrControl+Shift+Space', extraPhrases: [], allowedDomains: [] }, hotkey: { available: true, registered: true } })
    render(
      <AntApp>
        <RepliesSettingsModal onClose={() => undefined} />
      </AntApp>,
    )
    const field = screen.getByLabelText('小窗搜索的全局快捷键')
    expect(field).toHaveValue('Ctrl+Shift+Space')
    fireEvent.keyDown(field, { key: 'k', code: 'KeyK', ctrlKey: true, altKey: true })
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }))
    await waitFor(() => expect(desk.calls.find((c) => c.channel === 'replies:updateSettings')?.input).toMatchObject({ hotkey: 'CommandOrControl+Alt+K' }))
  })

  it('replaces the free-text box for the lock hotkey, which cannot be cleared', async () => {
    let settings = { sharedPc: true, idleLockMinutes: 10, lockHotkey: 'CommandOrControl+Alt+L', pcOwnerId: mei.id } as LockSettings
    const desk = installFakeDesk({
      'profiles:lockSettings': () => settings,
      'profiles:updateLockSettings': (patch: Partial<LockSettings>) => (settings = { ...settings, ...patch }),
    })
    useLockSettings.setState({ settings: null })
    useProfiles.setState({ profiles: [mei], current: mei })
    render(
      <AntApp>
        <SharedPcCard />
      </AntApp>,
    )
    const field = await screen.findByLabelText('锁定快捷键')
    fireEvent.keyDown(field, { key: 'Backspace', code: 'Backspace' })
    expect(await screen.findByText('锁定快捷键不能关闭，请直接按下另一个组合键，例如 Ctrl+Alt+L。')).toBeInTheDocument()
    fireEvent.keyDown(field, { key: 'F8', code: 'F8' })
    await waitFor(() => expect(desk.calls.filter((c) => c.channel === 'profiles:updateLockSettings').map((c) => c.input)).toEqual([{ lockHotkey: 'F8' }]))
    await waitFor(() => expect(field).toHaveValue('F8'))
  })
})
