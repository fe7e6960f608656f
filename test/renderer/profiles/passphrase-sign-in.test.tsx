// Signing in to a profile whose private notebooks are closed since ShiftDesk started (issue 16,
// 1.2): the lock screen and the header's switch ask for her personal passphrase (any text, not the
// PIN's digits) with a line saying why, count wrong tries and lock out as the PIN does; a profile
// list that did not know yet moves to that step when main answers 'passphrase-required'.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Profile } from '../../../src/shared/contract'
import { initI18n } from '../../../src/renderer/i18n'
import { LockScreen } from '../../../src/renderer/features/profiles/LockScreen'
import { ProfileSwitcher } from '../../../src/renderer/features/profiles/ProfileSwitcher'
import { SwitchProfileButton } from '../../../src/renderer/features/profiles/SwitchProfileButton'
import { useProfiles } from '../../../src/renderer/features/profiles/profile-store'
import { mei, qiang } from '../helpers/handover-fixtures'
import { installFakeDesk } from '../helpers/fake-desk'

vi.mock('../../../src/renderer/features/profiles/forget-previous-agent', () => ({ forgetPreviousAgent: vi.fn() }))

const PASSPHRASE = '夜班小美的口令是蓝色月亮'
const closedMei: Profile = { ...mei, hasPin: true, passphrase: 'closed' }

type SwitchInput = { profileId: string; pin?: string; passphrase?: string }

const refuse = (code: string, params: Record<string, string | number>) => {
  throw Object.assign(new Error(code), { body: { code, message: code, params } })
}

function lockScreenWith(profiles: Profile[], onSwitch: (input: SwitchInput) => Profile) {
  const desk = installFakeDesk({ 'session:switch': (input: SwitchInput) => onSwitch(input) })
  useProfiles.setState({ loaded: true, profiles, current: profiles[0]!, locked: true, lockReason: 'start' })
  render(
    <AntApp>
      <LockScreen />
    </AntApp>,
  )
  return desk
}

const switches = (desk: ReturnType<typeof installFakeDesk>) => desk.calls.filter((c) => c.channel === 'session:switch').map((c) => c.input)

describe('the personal passphrase step when signing in', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('asks a closed profile for its personal passphrase, says why, counts a wrong one and lets her in with the right one', async () => {
    const desk = lockScreenWith([closedMei, qiang], ({ passphrase }) => {
      if (passphrase !== PASSPHRASE) refuse('forbidden', { reason: 'wrong-passphrase', attemptsLeft: 4 })
      return { ...closedMei, passphrase: 'open' }
    })
    expect(screen.getByText(/需个人口令/)).toBeInTheDocument()
    // The start reason's "enter your PIN" would contradict the field: the intro says only to choose.
    expect(screen.getByText('这台电脑由多人共用：请选择你的档案再进入。')).toBeInTheDocument()
    const field = screen.getByLabelText('小美 的个人口令')
    expect(field).toHaveFocus()
    expect(screen.queryByLabelText('小美 的 PIN')).toBeNull()
    expect(screen.getByTestId('passphrase-why')).toHaveTextContent('第一次进入要输入个人口令；之后锁屏再回来，用 PIN 就行')
    // Any text: letters and spaces are kept, not stripped to digits as in the PIN field.
    await userEvent.type(field, 'blue moon 月亮{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('个人口令不对。再错 4 次')
    expect(screen.getByLabelText('小美 的个人口令')).toHaveValue('')
    await userEvent.type(screen.getByLabelText('小美 的个人口令'), `${PASSPHRASE}{Enter}`)
    await vi.waitFor(() => expect(useProfiles.getState().locked).toBe(false))
    expect(useProfiles.getState().current?.passphrase).toBe('open')
    expect(switches(desk)).toEqual([
      { profileId: mei.id, passphrase: 'blue moon 月亮' },
      { profileId: mei.id, passphrase: PASSPHRASE },
    ])
  })

  it('moves to the passphrase step when main asks for it although the list showed a PIN', async () => {
    const stale: Profile = { ...mei, hasPin: true }
    const desk = lockScreenWith([stale], ({ passphrase }) => (passphrase === PASSPHRASE ? { ...stale, passphrase: 'open' } : refuse('forbidden', { reason: 'passphrase-required' })))
    await userEvent.type(screen.getByLabelText('小美 的 PIN'), '2468{Enter}')
    const field = await screen.findByLabelText('小美 的个人口令')
    expect(field).toHaveFocus()
    // The why line says it; the request is not shown as an error.
    expect(screen.getByTestId('passphrase-why')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
    await userEvent.type(field, `${PASSPHRASE}{Enter}`)
    await vi.waitFor(() => expect(useProfiles.getState().locked).toBe(false))
    expect(switches(desk)).toEqual([
      { profileId: mei.id, pin: '2468' },
      { profileId: mei.id, passphrase: PASSPHRASE },
    ])
  })

  it('locks out after too many wrong passphrases as it does for the PIN', async () => {
    lockScreenWith([closedMei], () => refuse('locked', { reason: 'pin-lockout', seconds: 60, until: 0 }))
    await userEvent.type(screen.getByLabelText('小美 的个人口令'), `${PASSPHRASE}{Enter}`)
    expect(await screen.findByRole('alert')).toHaveTextContent(/输错次数太多.*1:00 后再试/)
    expect(screen.getByLabelText('小美 的个人口令')).toBeDisabled()
    expect(screen.getByRole('button', { name: /进\s?入/ })).toBeDisabled()
  })

  it('goes back to the PIN for another profile chosen on the same screen', async () => {
    lockScreenWith([closedMei, qiang], () => qiang)
    await userEvent.click(screen.getByText('阿强'))
    expect(screen.getByLabelText('阿强 的 PIN')).toBeInTheDocument()
    expect(screen.queryByTestId('passphrase-why')).toBeNull()
  })

  it('asks for it from the header switch too', async () => {
    const desk = installFakeDesk({ 'session:switch': () => ({ ...closedMei, passphrase: 'open' }) })
    useProfiles.setState({ loaded: true, profiles: [qiang, closedMei], current: qiang, locked: false, lockReason: null })
    render(
      <AntApp>
        <ProfileSwitcher />
      </AntApp>,
    )
    await userEvent.click(screen.getByTestId('profile-switcher'))
    await userEvent.click(await screen.findByText('小美（KF017） · 需个人口令'))
    const dialog = await screen.findByRole('dialog')
    const field = within(dialog).getByLabelText('小美 的个人口令')
    await vi.waitFor(() => expect(field).toHaveFocus())
    await userEvent.type(field, `${PASSPHRASE}{Enter}`)
    await vi.waitFor(() => expect(useProfiles.getState().current?.id).toBe(mei.id))
    expect(switches(desk)).toEqual([{ profileId: mei.id, passphrase: PASSPHRASE }])
  })

  it('asks for it from Settings\' switch button, not for the PIN', async () => {
    const desk = installFakeDesk({ 'session:switch': () => ({ ...closedMei, passphrase: 'open' }) })
    useProfiles.setState({ loaded: true, profiles: [qiang, closedMei], current: qiang, locked: false, lockReason: null })
    render(
      <AntApp>
        <SwitchProfileButton profile={closedMei} />
      </AntApp>,
    )
    await userEvent.click(screen.getByRole('button', { name: /切换/ }))
    const field = within(await screen.findByRole('dialog')).getByLabelText('小美 的个人口令')
    await userEvent.type(field, `${PASSPHRASE}{Enter}`)
    await vi.waitFor(() => expect(useProfiles.getState().current?.id).toBe(mei.id))
    expect(switches(desk)).toEqual([{ profileId: mei.id, passphrase: PASSPHRASE }])
  })

  it('reads the same in English', () => {
    initI18n('en')
    lockScreenWith([closedMei], () => closedMei)
    expect(screen.getByLabelText('Personal passphrase of 小美')).toHaveAttribute('placeholder', 'Personal passphrase (not your PIN)')
    expect(screen.getByTestId('passphrase-why')).toHaveTextContent('type the passphrase; after that your PIN is enough')
  })
})
