import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src/main/ipc/dispatch'
import type { AppContext } from '../../../src/main/app-context'
import type { Channel, Input } from '../../../src/shared/contract'
import { openTestContext, testClock, type TestClock } from '../../helpers/app-context'
import { useTempDir } from '../../helpers/temp-dir'

const tempDir = useTempDir()
const quiet = () => undefined
const call = <C extends Channel>(ctx: AppContext, channel: C, input: Input<C>) => dispatch(ctx.handlers, channel, input, quiet)

/** Two agents on one PC: 小美 with a PIN, 阿强 without; 阿强 is signed in. */
async function twoAgents(dir: string, clock: TestClock) {
  const ctx = openTestContext(dir, { clock })
  expect(await call(ctx, 'profiles:create', { displayName: '小美', agentId: 'KF017', pin: '2468' })).toMatchObject({ ok: true, value: { hasPin: true } })
  const qiang = ctx.services.profiles.create({ displayName: '阿强', agentId: 'KF020', chatAccounts: [], language: 'zh-CN' })
  ctx.services.session.switchTo(qiang.id)
  const mei = ctx.services.profiles.list().find((p) => p.displayName === '小美')!
  return { ctx, mei, qiang }
}

describe('PIN storage', () => {
  it('stores only a salted scrypt hash: not the PIN, and different for two profiles with the same PIN', async () => {
    const ctx = openTestContext(tempDir())
    await call(ctx, 'profiles:create', { displayName: '小美', pin: '1234' })
    await call(ctx, 'profiles:create', { displayName: '阿强', pin: '1234' })
    const rows = ctx.services.db.prepare('SELECT pin_hash, pin_salt FROM profiles ORDER BY created_at, id').all() as { pin_hash: string; pin_salt: string }[]
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.pin_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{43}=$/)
      expect(row.pin_hash).not.toContain('1234')
      expect(Buffer.from(row.pin_salt, 'base64')).toHaveLength(16)
    }
    expect(rows[0]!.pin_hash).not.toBe(rows[1]!.pin_hash)
    expect(rows[0]!.pin_salt).not.toBe(rows[1]!.pin_salt)
    const dump = JSON.stringify(ctx.services.db.prepare('SELECT * FROM profiles').all())
    expect(dump).not.toMatch(/"1234"/)
    ctx.close()
  })
})

describe('signing in with a PIN', () => {
  it('refuses to switch to a profile with a PIN without it or with a wrong one, and lets the right one in', async () => {
    const clock = testClock()
    const { ctx, mei, qiang } = await twoAgents(tempDir(), clock)
    expect(await call(ctx, 'session:switch', { profileId: mei.id })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'pin-required' } } })
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '1357' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', params: { reason: 'wrong-pin', attemptsLeft: 4 } },
    })
    expect(ctx.services.session.current()?.id).toBe(qiang.id)
    expect(() => ctx.services.session.switchTo(mei.id)).toThrowError(expect.objectContaining({ code: 'forbidden' }))
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })).toMatchObject({ ok: true, value: { id: mei.id } })
    expect(ctx.services.session.state()).toMatchObject({ profile: { id: mei.id }, locked: false })
    ctx.close()
  })

  it('locks a profile for 60 s after five wrong PINs, refuses even the right PIN meanwhile, then doubles', async () => {
    const clock = testClock()
    const { ctx, mei } = await twoAgents(tempDir(), clock)
    for (let i = 4; i >= 1; i--) {
      expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '0000' })).toMatchObject({ ok: false, error: { params: { attemptsLeft: i } } })
    }
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'locked', params: { reason: 'pin-lockout', seconds: 60, until: clock.now() + 60_000 } },
    })
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'locked', params: { reason: 'pin-lockout' } } })
    clock.advance(59_000)
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'locked', params: { seconds: 1 } } })
    clock.advance(1_000)
    for (let i = 0; i < 5; i++) await call(ctx, 'session:switch', { profileId: mei.id, pin: '0000' })
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'locked', params: { seconds: 120 } } })
    clock.advance(120_000)
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })).toMatchObject({ ok: true })
    // A correct PIN clears the slate: the next lockout is 60 s again.
    await call(ctx, 'session:lock', {})
    for (let i = 0; i < 5; i++) await call(ctx, 'session:switch', { profileId: mei.id, pin: '0000' })
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })).toMatchObject({ ok: false, error: { params: { seconds: 60 } } })
    ctx.close()
  })

  it('keeps the lockout and its doubling across a restart', async () => {
    const dir = tempDir()
    const clock = testClock()
    const first = await twoAgents(dir, clock)
    for (let i = 0; i < 5; i++) await call(first.ctx, 'session:switch', { profileId: first.mei.id, pin: '9999' })
    first.ctx.close()

    clock.advance(30_000)
    const second = openTestContext(dir, { clock })
    expect(await call(second, 'session:switch', { profileId: first.mei.id, pin: '2468' })).toMatchObject({ ok: false, error: { code: 'locked', params: { seconds: 30 } } })
    clock.advance(30_000)
    for (let i = 0; i < 4; i++) await call(second, 'session:switch', { profileId: first.mei.id, pin: '9999' })
    second.close()

    const third = openTestContext(dir, { clock })
    // The fifth wrong PIN after the restart is the second lockout: 120 s.
    expect(await call(third, 'session:switch', { profileId: first.mei.id, pin: '9999' })).toMatchObject({ ok: false, error: { code: 'locked', params: { seconds: 120 } } })
    third.close()
  })
})

describe('changing a PIN', () => {
  it('needs the current PIN to change or remove one, and only ever touches the signed-in profile', async () => {
    const { ctx, mei, qiang } = await twoAgents(tempDir(), testClock())
    expect(await call(ctx, 'profiles:setPin', { pin: '1111' })).toMatchObject({ ok: true, value: { id: qiang.id, hasPin: true } })
    expect(await call(ctx, 'profiles:setPin', { pin: '2222' })).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'pin-required' } } })
    expect(await call(ctx, 'profiles:setPin', { currentPin: '1112', pin: '2222' })).toMatchObject({ ok: false, error: { params: { reason: 'wrong-pin' } } })
    expect(await call(ctx, 'profiles:setPin', { currentPin: '1111', pin: null })).toMatchObject({ ok: true, value: { hasPin: false } })
    expect(ctx.services.profiles.get(mei.id).hasPin).toBe(true)
    expect(await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })).toMatchObject({ ok: true })
    ctx.close()
  })
})

describe('locking', () => {
  it('starts at the PIN screen on a shared PC, and when the last agent has a PIN', async () => {
    const dir = tempDir()
    const first = openTestContext(dir)
    const qiang = first.services.profiles.create({ displayName: '阿强', agentId: '', chatAccounts: [], language: 'zh-CN' })
    first.services.session.switchTo(qiang.id)
    first.close()

    const unlocked = openTestContext(dir)
    expect(unlocked.services.session.state()).toMatchObject({ profile: { id: qiang.id }, locked: false })
    unlocked.services.lockSettings.update({ sharedPc: true })
    unlocked.close()

    const shared = openTestContext(dir)
    expect(shared.services.session.state()).toMatchObject({ profile: { id: qiang.id }, locked: true, reason: 'start' })
    expect(await call(shared, 'profiles:list', {})).toMatchObject({ ok: true })
    expect(await call(shared, 'handover:board', {})).toMatchObject({ ok: false, error: { code: 'locked' } })
    // 阿强 has no PIN: choosing the profile unlocks it.
    expect(await call(shared, 'session:switch', { profileId: qiang.id })).toMatchObject({ ok: true })
    expect(await call(shared, 'handover:board', {})).toMatchObject({ ok: true })
    shared.services.lockSettings.update({ sharedPc: false })
    await call(shared, 'profiles:setPin', { pin: '4321' })
    shared.close()

    const withPin = openTestContext(dir)
    expect(withPin.services.session.state()).toMatchObject({ locked: true, reason: 'start' })
    withPin.close()
  })

  it('locks on the in-app button and announces lock and unlock', async () => {
    const { ctx, qiang } = await twoAgents(tempDir(), testClock())
    const seen: unknown[] = []
    ctx.services.events.subscribe((name, payload) => {
      if (name === 'session:lockChanged') seen.push(payload)
    })
    expect(await call(ctx, 'session:lock', {})).toMatchObject({ ok: true, value: { locked: true, reason: 'manual' } })
    await call(ctx, 'session:switch', { profileId: qiang.id })
    expect(seen).toEqual([
      { profile: expect.objectContaining({ id: qiang.id }), locked: true, reason: 'manual' },
      { profile: expect.objectContaining({ id: qiang.id }), locked: false, reason: null },
    ])
    ctx.close()
  })

  it('locks a shared PC after the chosen idle time and when presence takes the agent offline for leaving', async () => {
    const { ctx } = await twoAgents(tempDir(), testClock())
    const idle = ctx.services.ports.idle as unknown as { set(n: number | null): void }
    ctx.services.lockSettings.update({ idleLockMinutes: 5 })
    idle.set(3600)
    ctx.services.autoLock.check()
    expect(ctx.services.session.isLocked()).toBe(false) // not a shared PC

    ctx.services.lockSettings.update({ sharedPc: true })
    idle.set(299)
    ctx.services.autoLock.check()
    expect(ctx.services.session.isLocked()).toBe(false)
    idle.set(300)
    ctx.services.autoLock.check()
    expect(ctx.services.session.state()).toMatchObject({ locked: true, reason: 'idle' })

    await call(ctx, 'session:switch', { profileId: ctx.services.session.current()!.id })
    idle.set(null) // the platform cannot tell: never locks by idle time
    ctx.services.autoLock.check()
    expect(ctx.services.session.isLocked()).toBe(false)
    ctx.services.serviceEvents.emit('presence.agentLeft', { change: { status: 'offline', reason: 'lock', at: 1 } })
    expect(ctx.services.session.state()).toMatchObject({ locked: true, reason: 'lock' })
    ctx.close()
  })

  it('locks a shared PC when the real presence engine takes the agent offline at the screen lock', async () => {
    const { ctx } = await twoAgents(tempDir(), testClock(new Date(2026, 10, 22, 10, 0).getTime()))
    ctx.services.lockSettings.update({ sharedPc: true })
    ctx.services.presence.set('online', { confirmOutsideShift: true })
    expect(ctx.services.session.isLocked()).toBe(false)
    ctx.services.presence.signal('lock-screen')
    expect(ctx.services.session.state()).toMatchObject({ locked: true, reason: 'lock' })
    ctx.close()
  })

  it('applies the language of the profile that signs in', async () => {
    const { ctx, mei } = await twoAgents(tempDir(), testClock())
    await call(ctx, 'profiles:update', { language: 'en' })
    expect(ctx.services.prefs.get().language).toBe('en')
    await call(ctx, 'session:switch', { profileId: mei.id, pin: '2468' })
    expect(ctx.services.prefs.get().language).toBe('zh-CN')
    // Changing the interface language keeps it for the signed-in agent.
    await call(ctx, 'prefs:update', { language: 'en' })
    expect(ctx.services.profiles.get(mei.id).language).toBe('en')
    ctx.close()
  })
})
