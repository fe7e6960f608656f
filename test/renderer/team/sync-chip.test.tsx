// The header's sync chip: nothing on a PC without a team; one quiet state otherwise (已同步,
// 待上传 N, 离线 since hh:mm); an error opens its reason and a retry from the keyboard.
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import type { TeamStatus, TeamSyncState } from '../../../src/shared/ipc/team'
import { initI18n } from '../../../src/renderer/i18n'
import { SyncChip } from '../../../src/renderer/features/team/SyncChip'
import { useTeam } from '../../../src/renderer/features/team/team-store'
import { installFakeDesk } from '../helpers/fake-desk'

const joined = (sync: TeamSyncState): TeamStatus => ({ joined: true, serverUrl: 'https://team.example.cn', displayName: '小美', login: 'xiaomei', role: 'agent', cafe: false, joinedAt: 0, sync })

afterEach(() => {
  cleanup()
  useTeam.setState({ status: null })
})

describe('the header sync chip', () => {
  it('shows nothing on a PC without a team', async () => {
    initI18n('zh-CN')
    const desk = installFakeDesk({ 'team:status': () => ({ joined: false, available: true }) })
    const { container } = render(<SyncChip />)
    await waitFor(() => expect(desk.calls.map((c) => c.channel)).toContain('team:status'))
    expect(container).toBeEmptyDOMElement()
  })

  it('says 已同步, then 待上传 N and 离线 since hh:mm as main reports them', async () => {
    initI18n('zh-CN')
    const desk = installFakeDesk({ 'team:status': () => joined({ state: 'online', pending: 0, lastSyncedAt: 1 }) })
    render(<SyncChip />)
    expect(await screen.findByTestId('sync-chip')).toHaveTextContent('已同步')
    desk.emit('team:changed', joined({ state: 'online', pending: 4, lastSyncedAt: 1 }))
    await waitFor(() => expect(screen.getByTestId('sync-chip')).toHaveTextContent('待上传 4'))
    desk.emit('team:changed', joined({ state: 'offline', since: new Date(2026, 11, 7, 9, 5).getTime(), pending: 4 }))
    await waitFor(() => expect(screen.getByTestId('sync-chip')).toHaveTextContent('离线（09:05 起）'))
  })

  it('an error opens its reason and a retry, all from the keyboard', async () => {
    initI18n('zh-CN')
    const desk = installFakeDesk({
      'team:status': () => joined({ state: 'error', reason: 'server-unreachable', detail: 'ECONNREFUSED', pending: 2 }),
      'team:retry': () => joined({ state: 'online', pending: 0, lastSyncedAt: 1 }),
    })
    render(<SyncChip />)
    const user = userEvent.setup()
    expect(await screen.findByTestId('sync-chip')).toHaveTextContent('同步出错')
    await user.tab()
    expect(screen.getByTestId('sync-chip')).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(await screen.findByText('连不上团队服务器。改动都保存在本机，网络恢复后会自动上传。')).toBeInTheDocument()
    await user.click(screen.getByTestId('sync-retry'))
    await waitFor(() => expect(screen.getByTestId('sync-chip')).toHaveTextContent('已同步'))
    expect(desk.calls.map((c) => c.channel)).toContain('team:retry')
  })

  it('keeps a newer state heard meanwhile over an older answer (the first sync ends while team:retry answers)', async () => {
    initI18n('zh-CN')
    const desk = installFakeDesk({
      'team:status': () => joined({ state: 'error', reason: 'server-unreachable', detail: '', pending: 0 }),
      'team:retry': () => {
        desk.emit('team:changed', joined({ state: 'online', pending: 0, lastSyncedAt: 1 }))
        return joined({ state: 'first-sync', downloaded: 0, total: null })
      },
    })
    render(<SyncChip />)
    await userEvent.setup().click(await screen.findByTestId('sync-chip'))
    await userEvent.setup().click(await screen.findByTestId('sync-retry'))
    await waitFor(() => expect(desk.calls.map((c) => c.channel)).toContain('team:retry'))
    await waitFor(() => expect(screen.getByTestId('sync-chip')).toHaveTextContent('已同步'))
  })
})
