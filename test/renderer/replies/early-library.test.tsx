// A cold start asks for the reply library before the app's code has run (early.ts); the first
// load takes that answer instead of asking again, unless it failed or the session or library
// changed meanwhile.
import { render, screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { StartupGate } from '../../../src/renderer/features/startup/StartupGate'
import { initI18n } from '../../../src/renderer/i18n'
import { askEarly, takeEarly } from '../../../src/renderer/lib/early-asks'
import { useReplies } from '../../../src/renderer/features/replies/replies-store'
import { installFakeDesk } from '../helpers/fake-desk'

const reply = { id: 'r1', title: '物流查询', body: '亲，包裹在路上', shortcut: 'wl', category: '', group: '', shared: true, titlePinyin: 'wu liu cha xun', updatedAt: 1, uses: 0, weekUses: 0, lastUsedAt: null }
const settings = { settings: {}, hotkey: { available: false, registered: false } }

function deskAnswering(list: () => unknown) {
  const desk = installFakeDesk({ 'atRest:startupState': () => ({ state: 'ready' }), 'replies:list': list, 'replies:settings': () => settings })
  return { desk, lists: () => desk.calls.filter((c) => c.channel === 'replies:list').length }
}

describe('the reply library asked at start-up', () => {
  beforeEach(() => {
    takeEarly('replies')
    takeEarly('startupState')
    useReplies.setState({ loaded: false, stale: false, replies: [], settings: null })
  })

  it('is what the first load shows, without asking main again', async () => {
    const { lists } = deskAnswering(() => [reply])
    askEarly({ replies: true })
    await useReplies.getState().ensureLoaded()
    expect(useReplies.getState().replies.map((r) => r.id)).toEqual(['r1'])
    expect(lists()).toBe(1)
  })

  it('is asked again when the early answer failed (the data was not open yet, or the PC was locked)', async () => {
    let locked = true
    const { lists } = deskAnswering(() => {
      if (locked) throw Object.assign(new Error('locked'), { body: { code: 'locked', message: 'locked' } })
      return [reply]
    })
    askEarly({ replies: true })
    await Promise.resolve()
    locked = false
    await useReplies.getState().ensureLoaded()
    expect(useReplies.getState().replies.map((r) => r.id)).toEqual(['r1'])
    expect(lists()).toBe(2)
  })

  it('is dropped when someone signs in or the library changes before the first load', async () => {
    const { lists } = deskAnswering(() => [reply])
    askEarly({ replies: true })
    useReplies.getState().markStale()
    await useReplies.getState().ensureLoaded()
    expect(lists()).toBe(2)
  })

  it('is not asked for the capture window, which never lists the replies', () => {
    const { desk, lists } = deskAnswering(() => [reply])
    askEarly({ replies: false })
    expect(lists()).toBe(0)
    expect(desk.calls.map((c) => c.channel)).toEqual(['atRest:startupState'])
  })

  it('is dropped when the data was not open at start-up (a passphrase, an upgrade, café mode): the app reads the data it opens', async () => {
    initI18n('zh-CN')
    const desk = installFakeDesk({ 'atRest:startupState': () => ({ state: 'opening', done: 0, total: 1, step: 'open' }), 'replies:list': () => [reply], 'replies:settings': () => settings })
    askEarly({ replies: true })
    render(
      <StartupGate>
        <div>app</div>
      </StartupGate>,
    )
    expect(await screen.findByTestId('startup-opening')).toBeInTheDocument()
    expect(takeEarly('replies')).toBeNull()
    expect(desk.calls.filter((c) => c.channel === 'replies:list')).toHaveLength(1)
  })
})
