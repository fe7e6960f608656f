// Issue 14, Major 4 (window side): the take-over screen shows the presence state, and trying to go
// online there answers with main's reason.
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PresenceSnapshot } from '../../src/shared/ipc/presence'
import { initI18n } from '../../src/renderer/i18n'
import { TakeOverPresence } from '../../src/renderer/features/handover/TakeOverPresence'
import { usePresence } from '../../src/renderer/features/presence/presence-store'
import { installFakeDesk } from './helpers/fake-desk'

const snapshot = { status: 'offline', reason: 'startup', since: 0, warning: null, autoOffline: null, shift: { current: null, endPrompt: null }, idle: { source: 'os', capability: 'ok', limitSeconds: 180, warnBeforeSeconds: 30 }, lockEvents: true, hotkey: { accelerator: '', registered: null }, failures: [] } as unknown as PresenceSnapshot

describe('presence on the take-over screen', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    usePresence.setState({ snapshot: null, confirming: null })
  })

  it('shows the agent is offline and why, and gives main’s reason when they try to go online', async () => {
    installFakeDesk({
      'presence:state': () => snapshot,
      'presence:set': () => {
        throw Object.assign(new Error('refused'), { body: { code: 'forbidden', message: 'Take over first', params: { reason: 'take-over-first', urgent: 2 } } })
      },
    })
    render(
      <AntApp>
        <TakeOverPresence urgent={2} />
      </AntApp>,
    )
    expect(await screen.findByText('你现在：离线')).toBeInTheDocument()
    expect(screen.getByText(/接下全部紧急事项之前不能上线/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByTestId('presence-online')).toBeEnabled())
    await userEvent.click(screen.getByTestId('presence-online'))
    expect(await screen.findByText('还有 2 条紧急交接事项没人接手，接下后才能上线。')).toBeInTheDocument()
  })
})
