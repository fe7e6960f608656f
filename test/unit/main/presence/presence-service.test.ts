import { describe, expect, it } from 'vitest'
import { describeAutoOffline } from '../../../../src/shared/domain'
import { useTempDir } from '../../../helpers/temp-dir'
import { local, MIN, openPresence, SEC, storedLog } from './helpers'

const tempDir = useTempDir()

describe('presence service: start and manual choice', () => {
  it('starts offline with reason startup, logged for the signed-in agent', () => {
    const { ctx, profileId } = openPresence(tempDir())
    expect(ctx.services.presence.snapshot()).toMatchObject({ status: 'offline', reason: 'startup', since: local(10), warning: null })
    expect(storedLog(ctx, profileId)).toEqual([{ status: 'offline', reason: 'startup', at: local(10), away_ms: null }])
    ctx.close()
  })

  it('logs each chosen status once; choosing the current status again records nothing', () => {
    const { ctx, clock, profileId, changed } = openPresence(tempDir())
    const presence = ctx.services.presence
    clock.advance(MIN)
    expect(presence.set('online').snapshot).toMatchObject({ status: 'online', reason: 'manual', since: local(10, 1) })
    clock.advance(MIN)
    presence.set('online')
    presence.set('paused')
    expect(storedLog(ctx, profileId).map((r) => [r.status, r.reason, r.at])).toEqual([
      ['offline', 'startup', local(10)],
      ['online', 'manual', local(10, 1)],
      ['paused', 'manual', local(10, 2)],
    ])
    expect(changed().at(-1)).toEqual({ status: 'paused', reason: 'manual', at: local(10, 2), previous: 'online', auto: false })
    ctx.close()
  })

  it('refuses a choice with nobody signed in', () => {
    const { ctx } = openPresence(tempDir(), local(10), { signIn: false })
    expect(() => ctx.services.presence.set('online')).toThrow(expect.objectContaining({ code: 'no-profile' }))
    expect(ctx.services.presence.snapshot().status).toBe('offline')
    ctx.close()
  })
})

describe('presence service: idle enforcement', () => {
  it('warns 30 s before the idle limit (banner state and system notification), then goes offline with the away time', () => {
    const { ctx, clock, ports, profileId, changed } = openPresence(tempDir())
    const presence = ctx.services.presence
    presence.set('online')
    ports.idle.set(149)
    clock.advance(149 * SEC)
    presence.tick()
    expect(presence.snapshot().warning).toBeNull()
    expect(ports.notifier.shown).toEqual([])

    ports.idle.set(150)
    clock.advance(SEC)
    presence.tick()
    expect(presence.snapshot()).toMatchObject({ status: 'online', warning: { offlineAt: clock.now() + 30 * SEC } })
    expect(ports.notifier.shown).toEqual([expect.objectContaining({ title: '还在电脑前吗？', urgent: true })])
    expect(ports.notifier.shown[0]!.body).toContain('30 秒')
    // One notification per warning, not one per sample.
    ports.idle.set(155)
    clock.advance(5 * SEC)
    presence.tick()
    expect(ports.notifier.shown).toHaveLength(1)

    ports.idle.set(181)
    clock.advance(26 * SEC)
    presence.tick()
    const snapshot = presence.snapshot()
    expect(snapshot).toMatchObject({ status: 'offline', reason: 'idle', warning: null, autoOffline: { change: { reason: 'idle', awayMs: 181 * SEC }, returnedAt: null } })
    expect(storedLog(ctx, profileId).at(-1)).toEqual({ status: 'offline', reason: 'idle', at: clock.now(), away_ms: 181_000 })
    expect(changed().at(-1)).toMatchObject({ status: 'offline', reason: 'idle', previous: 'online', auto: true, awayMs: 181_000 })
    expect(ports.notifier.shown.at(-1)).toMatchObject({ title: '已自动离线', urgent: true })
    expect(ports.notifier.shown.at(-1)!.body).toContain('3 分钟')
    ctx.close()
  })

  it('clears the warning on any activity and starts counting again', () => {
    const { ctx, clock, ports, emitted } = openPresence(tempDir())
    const presence = ctx.services.presence
    presence.set('paused')
    ports.idle.set(160)
    clock.advance(160 * SEC)
    presence.tick()
    expect(presence.snapshot().warning).not.toBeNull()
    presence.signal('user-input')
    expect(presence.snapshot().warning).toBeNull()
    expect(emitted.filter((e) => e.name === 'presence:snapshot').at(-1)?.payload).toMatchObject({ warning: null })
    // The same input reset the OS idle clock: sampling goes on from there.
    ports.idle.set(5)
    clock.advance(5 * SEC)
    presence.tick()
    expect(presence.snapshot()).toMatchObject({ status: 'paused', warning: null })
    ctx.close()
  })

  it('never comes back online by itself: activity, unlock and resume leave it offline until the agent chooses', () => {
    const { ctx, clock, ports } = openPresence(tempDir())
    const presence = ctx.services.presence
    presence.set('online')
    ports.idle.set(180)
    clock.advance(180 * SEC)
    presence.tick()
    const offlineAt = clock.now()
    clock.advance(14 * MIN)
    ports.idle.set(0)
    presence.signal('user-input')
    presence.signal('unlock-screen')
    presence.signal('resume')
    for (let i = 0; i < 5; i++) {
      clock.advance(5 * SEC)
      presence.tick()
    }
    const snapshot = presence.snapshot()
    expect(snapshot.status).toBe('offline')
    expect(snapshot.autoOffline?.returnedAt).toBe(offlineAt + 14 * MIN)
    // "auto-offline after 3 idle minutes, away 17 minutes"
    expect(describeAutoOffline(snapshot.autoOffline!.change, snapshot.autoOffline!.returnedAt!)).toMatchObject({ idleMinutes: 3, awayMinutes: 17 })
    presence.set('online')
    expect(presence.snapshot()).toMatchObject({ status: 'online', reason: 'manual', autoOffline: null })
    ctx.close()
  })

  it('notices the return from the OS idle clock when the agent used another program', () => {
    const { ctx, clock, ports } = openPresence(tempDir())
    const presence = ctx.services.presence
    presence.set('online')
    ports.idle.set(200)
    clock.advance(200 * SEC)
    presence.tick()
    const offlineAt = clock.now()
    clock.advance(10 * MIN)
    ports.idle.set(20) // input 20 s ago, somewhere on the PC
    presence.tick()
    expect(presence.snapshot().autoOffline?.returnedAt).toBe(offlineAt + 10 * MIN - 20 * SEC)
    expect(presence.snapshot().status).toBe('offline')
    ctx.close()
  })

  it('follows a changed idle limit at once', () => {
    const { ctx, clock, ports } = openPresence(tempDir())
    const presence = ctx.services.presence
    presence.updateSettings({ idleLimitMinutes: 10 })
    presence.set('online')
    ports.idle.set(9 * 60)
    clock.advance(9 * MIN)
    presence.tick()
    expect(presence.snapshot()).toMatchObject({ status: 'online', idle: { limitSeconds: 600 } })
    ports.idle.set(10 * 60)
    clock.advance(MIN)
    presence.tick()
    expect(presence.snapshot().status).toBe('offline')
    ctx.close()
  })
})

describe('presence service: leaving the PC', () => {
  it.each([
    ['lock-screen', 'lock'],
    ['suspend', 'suspend'],
    ['shutdown', 'quit'],
  ] as const)('%s takes an online or paused agent offline at once with reason %s', (signal, reason) => {
    const { ctx, clock, profileId } = openPresence(tempDir())
    const presence = ctx.services.presence
    for (const status of ['online', 'paused'] as const) {
      presence.set(status)
      clock.advance(MIN)
      presence.signal(signal)
      expect(presence.snapshot()).toMatchObject({ status: 'offline', reason })
      expect(storedLog(ctx, profileId).at(-1)).toMatchObject({ status: 'offline', reason, at: clock.now() })
      clock.advance(MIN)
    }
    ctx.close()
  })

  it('logs quit when ShiftDesk closes, and a locked ShiftDesk (PIN screen) counts as leaving', () => {
    const { ctx, clock, profileId } = openPresence(tempDir())
    const presence = ctx.services.presence
    presence.set('online')
    clock.advance(MIN)
    ctx.services.session.lock('hotkey')
    expect(presence.snapshot()).toMatchObject({ status: 'offline', reason: 'lock' })
    // Behind the PIN screen the hotkey or tray may not bring the account back.
    expect(() => presence.set('online', { source: 'hotkey' })).toThrow(expect.objectContaining({ code: 'locked' }))
    expect(presence.set('offline').snapshot.status).toBe('offline')
    ctx.services.session.switchTo(profileId)
    presence.set('online')
    clock.advance(MIN)
    presence.quit()
    expect(storedLog(ctx, profileId).map((r) => r.reason)).toEqual(['startup', 'manual', 'lock', 'manual', 'quit'])
    ctx.close()
  })

  it('takes the previous agent offline when another profile signs in, and starts the new one offline', () => {
    const { ctx, clock, profileId } = openPresence(tempDir())
    const presence = ctx.services.presence
    presence.set('online')
    clock.advance(MIN)
    const wang = ctx.services.profiles.create({ displayName: '夜班小王', agentId: '', chatAccounts: [], language: 'zh-CN' })
    ctx.services.session.switchTo(wang.id)
    expect(storedLog(ctx, profileId).map((r) => [r.status, r.reason])).toEqual([
      ['offline', 'startup'],
      ['online', 'manual'],
      ['offline', 'quit'],
    ])
    expect(storedLog(ctx, wang.id).map((r) => [r.status, r.reason])).toEqual([['offline', 'startup']])
    expect(presence.snapshot()).toMatchObject({ status: 'offline', reason: 'startup' })
    ctx.close()
  })

  it('after a crash while online, ends the online time at the last heartbeat instead of at the next start', () => {
    const dir = tempDir()
    const first = openPresence(dir)
    first.ctx.services.presence.set('online')
    for (let i = 0; i < 30; i++) {
      first.clock.advance(5 * SEC)
      first.ports.idle.set(1)
      first.ctx.services.presence.tick()
    }
    const lastBeat = local(10, 2) + 5 * SEC // heartbeats are written once a minute, from the first sample on
    first.ctx.close() // no quit: the power went off

    const second = openPresence(dir, local(15))
    expect(second.profileId).toBe(first.profileId)
    expect(storedLog(second.ctx, first.profileId).at(-1)).toEqual({ status: 'offline', reason: 'startup', at: lastBeat, away_ms: null })
    expect(second.ctx.services.presence.totals(first.profileId, local(0), local(16))).toMatchObject({ onlineMs: 2 * MIN + 5 * SEC })
    second.ctx.close()
  })
})

describe('presence service: idle clock that cannot be trusted (Wayland)', () => {
  function sampleZeros(f: ReturnType<typeof openPresence>, count: number): void {
    for (let i = 0; i < count; i++) {
      f.clock.advance(5 * SEC)
      f.ctx.services.presence.tick()
    }
  }

  it('detects an idle clock stuck at 0 and falls back to in-app activity, so idleness still takes the agent offline', () => {
    const f = openPresence(tempDir())
    const presence = f.ctx.services.presence
    presence.set('online')
    f.ports.idle.set(0)
    sampleZeros(f, 24)
    expect(presence.snapshot().idle).toMatchObject({ capability: 'unknown', source: 'os' })
    sampleZeros(f, 1)
    expect(presence.snapshot().idle).toMatchObject({ capability: 'stuck-at-zero', source: 'in-app' })
    expect(presence.snapshot().status).toBe('online') // 125 s since the click on "online"
    sampleZeros(f, 5) // 150 s: the warning, worded for in-app input
    expect(presence.snapshot().warning).not.toBeNull()
    expect(f.ports.notifier.shown.at(-1)!.body).toContain('点一下客服工作台窗口')
    sampleZeros(f, 6) // 180 s without input in ShiftDesk
    expect(presence.snapshot()).toMatchObject({ status: 'offline', reason: 'idle', autoOffline: { change: { awayMs: 180 * SEC } } })
    f.ctx.close()
  })

  it('keeps an agent who works in ShiftDesk online under the fallback', () => {
    const f = openPresence(tempDir())
    const presence = f.ctx.services.presence
    presence.set('online')
    f.ports.idle.set(0)
    sampleZeros(f, 25)
    presence.signal('user-input')
    for (let minute = 0; minute < 10; minute++) {
      sampleZeros(f, 12)
      presence.signal('user-input')
    }
    expect(presence.snapshot()).toMatchObject({ status: 'online', idle: { capability: 'stuck-at-zero' } })
    f.ctx.close()
  })

  it('does not call the clock stuck while the agent keeps using ShiftDesk, and trusts it after one non-zero reading', () => {
    const f = openPresence(tempDir())
    const presence = f.ctx.services.presence
    f.ports.idle.set(0)
    for (let i = 0; i < 40; i++) {
      f.clock.advance(5 * SEC)
      presence.signal('user-input')
      presence.tick()
    }
    expect(presence.snapshot().idle.capability).toBe('unknown')
    f.ports.idle.set(3)
    presence.tick()
    f.ports.idle.set(0)
    sampleZeros(f, 60)
    expect(presence.snapshot().idle).toMatchObject({ capability: 'ok', source: 'os' })
    f.ctx.close()
  })

  it('uses in-app activity at once where the platform reports no idle time at all', () => {
    const f = openPresence(tempDir())
    const presence = f.ctx.services.presence
    presence.set('online')
    f.ports.idle.set(null)
    f.clock.advance(3 * MIN)
    presence.tick()
    expect(presence.snapshot()).toMatchObject({ status: 'offline', reason: 'idle', idle: { capability: 'unavailable', source: 'in-app' } })
    f.ctx.close()
  })

  it('says whether the platform reports screen locks', () => {
    const linux = openPresence(tempDir(), local(10), { platform: 'linux' })
    expect(linux.ctx.services.presence.snapshot().lockEvents).toBe(false)
    linux.ctx.close()
    const windows = openPresence(tempDir(), local(10), { platform: 'win32' })
    expect(windows.ctx.services.presence.snapshot().lockEvents).toBe(true)
    windows.ctx.close()
  })
})
