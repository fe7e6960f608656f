// Issue 14, Minor 14: the switcher marks the signed-in profile as current, not as "needs a PIN".
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import { initI18n } from '../../src/renderer/i18n'
import { ProfileSwitcher } from '../../src/renderer/features/profiles/ProfileSwitcher'
import { useProfiles } from '../../src/renderer/features/profiles/profile-store'
import { mei, qiang } from './helpers/handover-fixtures'

describe('the profile switcher', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('says which profile is current and which others ask for a PIN', async () => {
    useProfiles.setState({ profiles: [{ ...mei, hasPin: true }, qiang], current: { ...mei, hasPin: true } })
    render(
      <AntApp>
        <ProfileSwitcher />
      </AntApp>,
    )
    await userEvent.click(screen.getByTestId('profile-switcher'))
    expect(await screen.findByText('小美（KF017） · 当前')).toBeInTheDocument()
    expect(screen.getByText('阿强（KF020） · 需 PIN')).toBeInTheDocument()
    expect(screen.queryByText('小美（KF017） · 需 PIN')).toBeNull()
  })
})
