import { render, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useReplies } from '../../../src/renderer/features/replies/replies-store'
import { useRepliesFreshness, useRepliesSync } from '../../../src/renderer/features/replies/useRepliesSync'
import { initI18n } from '../../../src/renderer/i18n'
import { installFakeDesk } from '../helpers/fake-desk'

const reply = { id: 'r1', title: '物流查询', body: '亲，包裹在路上', shortcut: 'wl', category: '', group: '', shared: true, titlePinyin: 'wu liu cha xun', updatedAt: 1, uses: 0, weekUses: 0, lastUsedAt: null }

function RepliesScreen() {
  useRepliesSync()
  return null
}

function Shell({ showReplies }: { showReplies: boolean }) {
  useRepliesFreshness()
  return showReplies ? <RepliesScreen /> : null
}

function setup() {
  const desk = installFakeDesk({
    'replies:list': () => [reply],
    'replies:settings': () => ({ settings: {}, hotkey: { available: false, registered: false } }),
  })
  const lists = () => desk.calls.filter((c) => c.channel === 'replies:list').length
  return { desk, lists }
}

describe('switching back to quick replies', () => {
  beforeEach(() => {
    initI18n('zh-CN')
    useReplies.setState({ loaded: false, stale: false, replies: [], settings: null })
  })

  it('keeps the list it has when nothing changed while the agent was elsewhere', async () => {
    const { lists } = setup()
    const view = render(<Shell showReplies />)
    await waitFor(() => expect(useReplies.getState().loaded).toBe(true))
    view.rerender(<Shell showReplies={false} />)
    view.rerender(<Shell showReplies />)
    expect(lists()).toBe(1)
  })

  it('fetches the library again after a change made while no replies screen was open', async () => {
    const { desk, lists } = setup()
    const view = render(<Shell showReplies />)
    await waitFor(() => expect(useReplies.getState().loaded).toBe(true))
    view.rerender(<Shell showReplies={false} />)
    desk.emit('replies:changed', { reason: 'saved' })
    view.rerender(<Shell showReplies />)
    await waitFor(() => expect(lists()).toBe(2))
    await waitFor(() => expect(useReplies.getState().stale).toBe(false))
  })

  it('patches a copy made elsewhere into the list without fetching it again', async () => {
    const { desk, lists } = setup()
    const view = render(<Shell showReplies />)
    await waitFor(() => expect(useReplies.getState().loaded).toBe(true))
    view.rerender(<Shell showReplies={false} />)
    desk.emit('replies:changed', { reason: 'used', usage: { id: 'r1', uses: 3, weekUses: 3, lastUsedAt: 5 } })
    expect(useReplies.getState().replies[0]?.uses).toBe(3)
    view.rerender(<Shell showReplies />)
    expect(lists()).toBe(1)
  })
})
