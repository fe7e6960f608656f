// Issue 14, Minor 12: the lock screen's button has one name, before and after a wrong PIN, for the
// agent who locked it and for a colleague.
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import { initI18n } from '../../src/renderer/i18n'
import { LockScreen } from '../../src/renderer/features/profiles/LockScreen'
import { useProfiles } from '../../src/renderer/features/profiles/profile-store'
import { mei, qiang } from './helpers/handover-fixtures'
import { installFakeDesk } from './helpers/fake-desk'

describe('the lock screen', () => {
  beforeEach(() => initI18n('zh-CN'))

  it('calls its button 进入 throughout', async () => {
    installFakeDesk({
      'session:switch': () => {
        throw Object.assign(new Error('wrong'), { body: { code: 'forbidden', message: 'wrong', params: { reason: 'wrong-pin', attemptsLeft: 4 } } })
      },
    })
    useProfiles.setState({ profiles: [{ ...mei, hasPin: true }, qiang], current: { ...mei, hasPin: true }, locked: true, lockReason: 'idle' })
    render(
      <AntApp>
        <LockScreen />
      </AntApp>,
    )
    const names = () => screen.getAllByRole('button').map((b) => b.textContent?.replace(/\s/g, ''))
    expect(names()).toContain('进入')
    await userEvent.type(screen.getByLabelText('小美 的 PIN'), '1111{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('再错 4 次')
    expect(names()).toContain('进入')
    expect(names()).not.toContain('解锁')
  })
})
