import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../src/main/app-context'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { wireSharedPcLockShell, IDLE_LOCK_CHECK_MS } from '../../../src/main/platform/shared-pc-wiring'
import { PRESET_LONG_SHIFTS, resolveShifts } from '../../../src/shared/domain'
import type { Channel, Input } from '../../../src/shared/contract'
import { timeOrderedIds } from '../../../src/main/services/clock'
import { openTestContext, testClock } from '../../helpers/app-context'
import type { FakePorts } from '../../helpers/fake-ports'
import { useTempDir } from '../../helpers/temp-dir'
import { wireTestHotkeys } from '../../helpers/hotkeys'

const tempDir = useTempDir()
const quiet = () => undefined
const call = <C extends Channel>(ctx: AppContext, channel: C, input: Input<C>) => dispatch(ctx.handlers, channel, input, quiet)

function signedIn(agentId = 'KF017') {
  const ctx = openTestContext(tempDir(), { clock: testClock(new Date(2026, 10, 22, 14, 5).getTime()) })
  ctx.services.session.switchTo(ctx.services.profiles.create({ displayName: '小美', agentId, chatAccounts: [], language: 'zh-CN' }).id)
  return ctx
}

describe('shift schedule', () => {
  it('starts with day 09:00-16:30 and night 16:00-22:30, and saves the long preset whose night crosses midnight', async () => {
    const ctx = signedIn()
    expect(await call(ctx, 'shifts:schedule', {})).toEqual({
      ok: true,
      value: { shifts: [{ id: 'day', name: '', start: '09:00', end: '16:30' }, { id: 'night', name: '', start: '16:00', end: '22:30' }] },
    })
    const long = PRESET_LONG_SHIFTS.map((s) => ({ ...s, name: '' }))
    expect(await call(ctx, 'shifts:saveSchedule', { shifts: long })).toMatchObject({ ok: true })
    expect(resolveShifts(ctx.services.shifts.schedule(), new Date(2026, 10, 23, 0, 30))).toEqual([{ shiftId: 'night', date: '2026-11-22' }])
    ctx.close()
  })

  it('refuses a schedule with no shift, a repeated id, a bad time or a shift that starts when it ends', async () => {
    const ctx = signedIn()
    for (const shifts of [
      [],
      [{ id: 'day', name: '', start: '09:00', end: '17:00' }, { id: 'day', name: '早', start: '06:00', end: '09:00' }],
      [{ id: 'day', name: '', start: '9:00', end: '17:00' }],
      [{ id: 'day', name: '', start: '24:00', end: '17:00' }],
      [{ id: 'day', name: '', start: '09:00', end: '09:00' }],
    ]) {
      expect(await call(ctx, 'shifts:saveSchedule', { shifts })).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    }
    expect(ctx.services.shifts.schedule().map((s) => s.id)).toEqual(['day', 'night'])
    ctx.close()
  })

  it('keeps a custom third shift and its name across a restart', async () => {
    const dir = tempDir()
    const ctx = openTestContext(dir)
    ctx.services.session.switchTo(ctx.services.profiles.create({ displayName: '组长', agentId: '', chatAccounts: [], language: 'zh-CN' }).id)
    expect(await call(ctx, 'shifts:saveSchedule', { shifts: [{ id: 'day', name: '', start: '09:00', end: '16:30' }, { name: '夜猫班', start: '22:00', end: '02:00' }] })).toMatchObject({ ok: true })
    const late = ctx.services.shifts.list()[1]!.id
    ctx.close()
    const again = openTestContext(dir)
    expect(again.services.shifts.list()).toEqual([
      { id: 'day', name: '', start: '09:00', end: '16:30' },
      { id: late, name: '夜猫班', start: '22:00', end: '02:00' },
    ])
    again.close()
  })

  it('gives a shift the editor added a UUID v7 from the IdSource, and keeps it on the next save', async () => {
    const clock = testClock()
    const ctx = openTestContext(tempDir(), { clock, newId: timeOrderedIds(clock) })
    ctx.services.session.switchTo(ctx.services.profiles.create({ displayName: '组长', agentId: '', chatAccounts: [], language: 'zh-CN' }).id)
    const day = { id: 'day', name: '', start: '09:00', end: '16:30' }
    expect(await call(ctx, 'shifts:saveSchedule', { shifts: [day, { name: '夜猫班', start: '22:00', end: '02:00' }, { name: '早班', start: '06:00', end: '09:00' }] })).toMatchObject({ ok: true })
    const [, late, early] = ctx.services.shifts.list()
    expect(late?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(early?.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(early?.id).not.toBe(late?.id)
    expect(await call(ctx, 'shifts:saveSchedule', { shifts: [day, { ...late!, name: '夜班二' }] })).toMatchObject({ ok: true })
    expect(ctx.services.shifts.list()).toEqual([day, { ...late, name: '夜班二' }])
    ctx.close()
  })
})

describe('order remarks', () => {
  it('copies the special-request remark in the fixed five-field format with the agent ID and time', async () => {
    const ctx = signedIn()
    const answer = await call(ctx, 'profiles:copyOrderRemark', { kind: 'special', logistics: '顺丰', gift: '发票, 小样', other: '' })
    expect(answer).toEqual({ ok: true, value: { text: '顺丰,发票、 小样,无,KF017,2026-11-22 14:05' } })
    expect((ctx.services.ports as FakePorts).clipboard.text).toBe('顺丰,发票、 小样,无,KF017,2026-11-22 14:05')
    ctx.close()
  })

  it('copies the agent ID as the sales remark, and says so when the profile has none', async () => {
    const ctx = signedIn()
    expect(await call(ctx, 'profiles:copyOrderRemark', { kind: 'sales' })).toEqual({ ok: true, value: { text: 'KF017' } })
    ctx.close()
    const noId = signedIn('')
    expect(await call(noId, 'profiles:copyOrderRemark', { kind: 'sales' })).toMatchObject({ ok: false, error: { params: { reason: 'no-agent-id' } } })
    expect((noId.services.ports as FakePorts).clipboard.text).toBeNull()
    noId.close()
  })
})

describe('shared-PC lock wiring', () => {
  it('locks on the global hotkey, re-binds it when changed, and checks idle time on a timer', async () => {
    const ctx = signedIn()
    const { keys, release } = wireTestHotkeys(ctx.services)
    let tick: (() => void) | null = null
    let every = 0
    const unwire = wireSharedPcLockShell(ctx.services, {
      setInterval: (fn, ms) => ((tick = fn), (every = ms), 1),
      clearInterval: () => (tick = null),
    })
    expect(keys.press('CommandOrControl+Alt+L')).toBe(true)
    expect(ctx.services.session.state()).toMatchObject({ locked: true, reason: 'hotkey' })

    ctx.services.lockSettings.update({ lockHotkey: 'Alt+F12', sharedPc: true, idleLockMinutes: 1 })
    expect(keys.held.has('Alt+F12')).toBe(true)
    expect(keys.held.has('CommandOrControl+Alt+L')).toBe(false)
    await ctx.services.session.signIn(ctx.services.session.current()!.id)
    expect(ctx.services.session.isLocked()).toBe(false)
    ;(ctx.services.ports as FakePorts).idle.set(61)
    expect(every).toBe(IDLE_LOCK_CHECK_MS)
    tick!()
    expect(ctx.services.session.state()).toMatchObject({ locked: true, reason: 'idle' })
    unwire()
    release()
    expect(keys.held.size).toBe(0)
    expect(tick).toBeNull()
    ctx.close()
  })
})
