// A cold start asks main for the reply library as soon as an agent is known to be signed in, while
// the take-over check is still out, and the replies screen then uses that answer instead of asking again.
import { render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../../src/renderer/App'
import { useProfiles } from '../../../src/renderer/features/profiles/profile-store'
import { useReplies } from '../../../src/renderer/features/replies/replies-store'
import { useNavigation } from '../../../src/renderer/features/shell/navigation-store'
import { initI18n } from '../../../src/renderer/i18n'
import { emptyBoard, mei } from '../helpers/handover-fixtures'
import { installFakeDesk } from '../helpers/fake-desk'

vi.mock('../../../src/renderer/features/profiles/forget-previous-agent', () => ({ forgetPreviousAgent: vi.fn() }))

const reply = { id: 'r1', title: '物流查询', body: '亲，包裹在路上', shortcut: 'wl', category: '', group: '', shared: true, titlePinyin: 'wu liu cha xun', updatedAt: 1, uses: 0, weekUses: 0, lastUsedAt: null }

describe('the reply library at sign-in', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useProfiles.setState({ loaded: false, profiles: [], current: null, locked: false, lockReason: null })
    useReplies.setState({ loaded: false, stale: false, replies: [], settings: null })
    useNavigation.setState({ section: 'replies' })
  })

  it('is fetched while the take-over check is out, once, and shown when the check lets the agent in', async () => {
    let answerBoard: (board: ReturnType<typeof emptyBoard>) => void = () => undefined
    const board = new Promise<ReturnType<typeof emptyBoard>>((resolve) => (answerBoard = resolve))
    const desk = installFakeDesk({
      'prefs:get': () => ({ language: 'zh-CN', lastProfileId: mei.id }),
      'profiles:list': () => [mei],
      'session:state': () => ({ profile: mei, locked: false, reason: null }),
      'handover:board': () => board,
      'app:notices': () => [],
      'replies:list': () => [reply],
      'replies:settings': () => ({ settings: {}, hotkey: { available: false, registered: false } }),
    })
    const lists = () => desk.calls.filter((c) => c.channel === 'replies:list').length
    render(<App />)
    await waitFor(() => expect(lists()).toBe(1))
    expect(screen.queryByTestId('quick-replies')).not.toBeInTheDocument()

    answerBoard(emptyBoard())
    expect(await screen.findByText('物流查询')).toBeInTheDocument()
    expect(lists()).toBe(1)
  })

  it('is not asked for while the screen is locked', async () => {
    const desk = installFakeDesk({
      'prefs:get': () => ({ language: 'zh-CN', lastProfileId: mei.id }),
      'profiles:list': () => [{ ...mei, hasPin: true }],
      'session:state': () => ({ profile: { ...mei, hasPin: true }, locked: true, reason: 'manual' }),
      'app:notices': () => [],
    })
    render(<App />)
    await waitFor(() => expect(useProfiles.getState().loaded).toBe(true))
    expect(desk.calls.some((c) => c.channel === 'replies:list')).toBe(false)
  })
})
