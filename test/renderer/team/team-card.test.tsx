// Settings → 团队 as the agent uses it: the join form (invite or account) sends what was typed and
// shows a refusal's own sentence; the first sync shows counts; a joined profile sees who, where and
// which role; leaving says what stays and what goes before it happens.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App as AntApp } from 'antd'
import { afterEach, describe, expect, it } from 'vitest'
import type { TeamStatus } from '../../../src/shared/ipc/team'
import { initI18n } from '../../../src/renderer/i18n'
import { TeamCard } from '../../../src/renderer/features/team/TeamCard'
import { useTeam } from '../../../src/renderer/features/team/team-store'
import { installFakeDesk } from '../helpers/fake-desk'

const JOINED: TeamStatus = {
  joined: true,
  serverUrl: 'https://team.example.cn',
  displayName: '小美',
  login: 'xiaomei',
  role: 'agent',
  cafe: false,
  joinedAt: Date.UTC(2026, 11, 6),
  sync: { state: 'online', pending: 0, lastSyncedAt: null },
}

afterEach(() => {
  cleanup()
  useTeam.setState({ status: null })
})

function renderCard(answers: Record<string, (input: never) => unknown>) {
  const desk = installFakeDesk(answers)
  render(
    <AntApp>
      <TeamCard />
    </AntApp>,
  )
  return desk
}

describe('Settings → 团队', () => {
  it('joins with an invite code: sends the address, code and account, then shows who and where', async () => {
    initI18n('zh-CN')
    const desk = renderCard({ 'team:status': () => ({ joined: false, available: true }), 'team:join': () => JOINED })
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('团队服务器地址'), 'https://team.example.cn')
    await user.type(screen.getByLabelText('邀请码'), 'ABCD-EFGH-JKLM')
    await user.type(screen.getByLabelText('登录名'), 'xiaomei')
    await user.type(screen.getByLabelText('在团队里显示的名字'), '小美')
    await user.type(screen.getByLabelText('密码（至少 8 位）'), 'xiaomei password')
    await user.click(screen.getByRole('button', { name: '加入团队' }))
    const joined = await screen.findByTestId('team-joined')
    expect(desk.calls.find((c) => c.channel === 'team:join')?.input).toEqual({
      serverUrl: 'https://team.example.cn',
      credentials: { kind: 'invite', code: 'ABCD-EFGH-JKLM', login: 'xiaomei', displayName: '小美', password: 'xiaomei password' },
    })
    expect(joined).toHaveTextContent('小美（xiaomei）')
    expect(joined).toHaveTextContent('https://team.example.cn')
    expect(joined).toHaveTextContent('客服')
  })

  it('signs in with an existing account, and says in Chinese why a wrong password was refused', async () => {
    initI18n('zh-CN')
    const desk = renderCard({
      'team:status': () => ({ joined: false, available: true }),
      'team:join': () => {
        throw { body: { code: 'forbidden', message: 'Wrong login or password.', params: { reason: 'wrong-password' } } }
      },
    })
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('团队服务器地址'), 'team.example.cn')
    await user.click(screen.getByText('我已有账号'))
    expect(screen.queryByLabelText('邀请码')).toBeNull()
    await user.type(screen.getByLabelText('登录名'), 'xiaomei')
    await user.type(screen.getByLabelText('密码（至少 8 位）'), 'not the password')
    await user.click(screen.getByRole('button', { name: '加入团队' }))
    expect(await screen.findByTestId('team-join-failure')).toHaveTextContent('登录名或密码不对，请再试一次')
    expect(desk.calls.find((c) => c.channel === 'team:join')?.input).toEqual({
      serverUrl: 'team.example.cn',
      credentials: { kind: 'account', login: 'xiaomei', password: 'not the password' },
    })
  })

  it('shows the first sync with its counts', async () => {
    initI18n('zh-CN')
    renderCard({ 'team:status': () => ({ ...JOINED, sync: { state: 'first-sync', downloaded: 120, total: 1000 } }) })
    expect(await screen.findByTestId('team-first-sync')).toHaveTextContent('正在首次同步：已下载 120 / 1000 条')
  })

  it('before leaving, says what stays on this PC and how many changes would never reach the team', async () => {
    initI18n('zh-CN')
    const desk = renderCard({ 'team:status': () => JOINED, 'team:leavePreview': () => ({ serverUrl: JOINED.serverUrl, pendingUploads: 3 }), 'team:leave': () => ({ joined: false, available: true }) })
    fireEvent.click(await screen.findByTestId('team-leave'))
    const preview = await screen.findByTestId('team-leave-preview')
    expect(preview).toHaveTextContent('会留在这台电脑上')
    expect(preview).toHaveTextContent('还没上传的 3 条改动')
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '退出团队' }))
    expect(await screen.findByTestId('team-join-form')).toBeInTheDocument()
    expect(desk.calls.map((c) => c.channel)).toContain('team:leave')
  })

  it('on a build without team sync says so instead of a form, in English too', async () => {
    initI18n('en')
    renderCard({ 'team:status': () => ({ joined: false, available: false }) })
    expect(await screen.findByText('This copy of ShiftDesk has no team sync, so it cannot join a team yet.')).toBeInTheDocument()
    expect(screen.queryByTestId('team-join-form')).toBeNull()
  })

  it('follows team:changed: an ended sign-in asks for the password again on the same server', async () => {
    initI18n('zh-CN')
    const desk = renderCard({ 'team:status': () => JOINED })
    await screen.findByTestId('team-joined')
    desk.emit('team:changed', { ...JOINED, sync: { state: 'error', reason: 'signed-out', detail: '', pending: 2 } })
    await waitFor(() => expect(screen.getByTestId('team-join-form')).toBeInTheDocument())
    expect(screen.getByText(/团队登录已失效（可能改过密码或账号被停用）/)).toBeInTheDocument()
    expect(screen.getByLabelText('团队服务器地址')).toHaveValue('https://team.example.cn')
    expect(screen.getByRole('button', { name: '重新登录' })).toBeInTheDocument()
  })
})
