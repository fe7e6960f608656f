// Issue 14, Minor 15: the shared-PC settings show the lock hotkey as people write it, the label
// toggles its switch, and every change says it was saved.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { LockSettings } from '../../src/shared/contract'
import { initI18n } from '../../src/renderer/i18n'
import { SharedPcCard } from '../../src/renderer/features/profiles/SharedPcCard'
import { useLockSettings } from '../../src/renderer/features/profiles/lock-settings-store'
import { useProfiles } from '../../src/renderer/features/profiles/profile-store'
import { mei, qiang } from './helpers/handover-fixtures'
import { installFakeDesk } from './helpers/fake-desk'

describe('the shared-PC settings', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useLockSettings.setState({ settings: null })
    useProfiles.setState({ profiles: [mei, qiang], current: mei })
  })

  it('reads Ctrl+Alt+L, toggles from its label and confirms the save', async () => {
    let settings = { sharedPc: false, idleLockMinutes: 10, lockHotkey: 'CommandOrControl+Alt+L', pcOwnerId: mei.id } as LockSettings
    const desk = installFakeDesk({
      'profiles:lockSettings': () => settings,
      'profiles:updateLockSettings': (patch: Partial<LockSettings>) => (settings = { ...settings, ...patch }),
    })
    render(
      <AntApp>
        <SharedPcCard />
      </AntApp>,
    )
    expect(await screen.findByLabelText('锁定快捷键')).toHaveValue('Ctrl+Alt+L')
    await userEvent.click(screen.getByText('这台电脑由多人共用'))
    await waitFor(() => expect(desk.calls.find((c) => c.channel === 'profiles:updateLockSettings')?.input).toEqual({ sharedPc: true }))
    expect(await screen.findByText('已保存，立即生效。')).toBeInTheDocument()
    expect(screen.getByRole('switch')).toBeChecked()
  })
})
