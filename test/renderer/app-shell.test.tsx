import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Profile } from '../../src/shared/contract'
import { App } from '../../src/renderer/App'
import { initI18n } from '../../src/renderer/i18n'
import { useProfiles } from '../../src/renderer/features/profiles/profile-store'
import { useNavigation } from '../../src/renderer/features/shell/navigation-store'
import { forgetPreviousAgent } from '../../src/renderer/features/profiles/forget-previous-agent'
import { emptyBoard } from './helpers/handover-fixtures'
import { installFakeDesk } from './helpers/fake-desk'

vi.mock('../../src/renderer/features/profiles/forget-previous-agent', () => ({ forgetPreviousAgent: vi.fn() }))

const mei: Profile = { id: 'p1', displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN', hasPin: false, createdAt: 1 }

function deskWith(profiles: Profile[], current: Profile | null, notices: unknown[] = []) {
  return installFakeDesk({
    'prefs:get': () => ({ language: 'zh-CN', lastProfileId: current?.id ?? null }),
    'profiles:list': () => profiles,
    'session:current': () => current,
    'session:state': () => ({ profile: current, locked: false, reason: null }),
    'handover:board': () => emptyBoard(),
    'app:notices': () => notices,
    'app:dismissNotice': () => null,
    'app:info': () => ({ version: '0.1.0', dataDir: '/data', databaseFile: '/data/shiftdesk.db', platform: 'linux' }),
    'profiles:create': (draft) => {
      const created = { ...mei, ...(draft as object), id: 'p2' }
      profiles.push(created)
      return created
    },
    'session:switch': ({ profileId }: { profileId: string } & unknown) => profiles.find((p) => p.id === profileId),
  })
}

describe('app shell', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useProfiles.setState({ loaded: false, profiles: [], current: null, locked: false, lockReason: null })
    vi.mocked(forgetPreviousAgent).mockClear()
    useNavigation.setState({ section: 'replies' })
  })

  it('asks a first-time agent for a profile, then opens the workstation with it signed in', async () => {
    const desk = deskWith([], null)
    render(<App />)
    const name = await screen.findByLabelText('你的称呼')
    await userEvent.type(name, '阿强')
    await userEvent.click(screen.getByRole('button', { name: '开始使用' }))
    expect(await screen.findByTestId('profile-switcher')).toHaveTextContent('阿强')
    expect(desk.calls.map((c) => c.channel)).toEqual(expect.arrayContaining(['profiles:create', 'session:switch']))
  })

  it('refuses an empty name inline without calling main', async () => {
    const desk = deskWith([], null)
    render(<App />)
    await userEvent.click(await screen.findByRole('button', { name: '开始使用' }))
    expect(await screen.findByText('请填写你的称呼')).toBeInTheDocument()
    expect(desk.calls.some((c) => c.channel === 'profiles:create')).toBe(false)
  })

  it('moves between sections with Alt+digit', async () => {
    deskWith([mei], mei)
    render(<App />)
    await screen.findByRole('main', { name: '快捷回复' })
    await userEvent.keyboard('{Alt>}5{/Alt}')
    expect(screen.getByRole('main', { name: '交接记录' })).toBeInTheDocument()
    // The handover section is a chunk of its own (lazyView): on a busy machine it may take a while.
    expect(await screen.findByRole('button', { name: '提交交接' }, { timeout: 15_000 })).toBeInTheDocument()
  })

  it('shows a notice from main until the agent dismisses it', async () => {
    deskWith([mei], mei, [{ id: 'n1', level: 'warning', code: 'preferences-reset', params: { file: '/data/preferences.damaged.json' }, at: 1 }])
    render(<App />)
    const notices = await screen.findByTestId('notices')
    expect(notices).toHaveTextContent('/data/preferences.damaged.json')
    await userEvent.click(within(notices).getByRole('button', { name: '知道了' }))
    expect(screen.queryByTestId('notices')).not.toBeInTheDocument()
  })

  it('follows a change to the signed-in profile, and starts the window afresh when another agent signs in', async () => {
    const desk = deskWith([mei], mei)
    render(<App />)
    await screen.findByTestId('profile-switcher')
    act(() => desk.emit('session:changed', { ...mei, displayName: '小美美' }))
    expect(screen.getByTestId('profile-switcher')).toHaveTextContent('小美美')
    expect(forgetPreviousAgent).not.toHaveBeenCalled()
    act(() => desk.emit('session:changed', { ...mei, id: 'p9', displayName: '夜班小王' }))
    expect(forgetPreviousAgent).toHaveBeenCalledOnce()
  })
})
