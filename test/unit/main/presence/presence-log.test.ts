import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../../src/main/ipc/dispatch'
import type { RowChange } from '../../../../src/main/db/write-seam'
import type { Output } from '../../../../src/shared/contract'
import { useTempDir } from '../../../helpers/temp-dir'
import { local, MIN, openPresence, SEC } from './helpers'

const tempDir = useTempDir()
const log = () => undefined

/** 09:00 online, 10:00 idle auto-offline after 3 min away, 10:20 online, 11:00 paused, 12:00 locked. */
function workMorning(f: ReturnType<typeof openPresence>): void {
  const presence = f.ctx.services.presence
  f.clock.set(local(9))
  presence.set('online')
  f.clock.set(local(10) - 3 * MIN)
  presence.signal('user-input')
  f.ports.idle.set(180)
  f.clock.set(local(10))
  presence.tick()
  f.clock.set(local(10, 20))
  presence.set('online')
  f.clock.set(local(11))
  presence.set('paused')
  f.clock.set(local(12))
  presence.signal('lock-screen')
  f.clock.set(local(13))
}

describe('presence log: day timeline and totals', () => {
  it('shows the day as spans with totals, including the time the account was online with nobody there', async () => {
    const f = openPresence(tempDir(), local(8))
    workMorning(f)
    const answer = await dispatch(f.ctx.handlers, 'presence:day', { from: local(0), to: local(24) }, log)
    expect(answer.ok).toBe(true)
    const day = answer as { ok: true; value: Output<'presence:day'> }
    expect(day.value.spans.map((s) => [s.status, s.reason, s.from, s.to])).toEqual([
      ['offline', 'startup', local(8), local(9)],
      ['online', 'manual', local(9), local(10)],
      ['offline', 'idle', local(10), local(10, 20)],
      ['online', 'manual', local(10, 20), local(11)],
      ['paused', 'manual', local(11), local(12)],
      ['offline', 'lock', local(12), local(13)], // the day so far: it ends now
    ])
    expect(day.value.totals).toEqual({ onlineMs: 100 * MIN, pausedMs: 60 * MIN, offlineMs: 140 * MIN, awayWhileOnlineMs: 3 * MIN })
    expect(day.value.changes.map((c) => c.reason)).toEqual(['startup', 'manual', 'idle', 'manual', 'manual', 'lock'])
    expect(day.value.changes[2]).toEqual({ status: 'offline', reason: 'idle', at: local(10), awayMs: 180 * SEC })
    f.ctx.close()
  })

  it('continues the status from the day before and gives totals over any period for service statistics', () => {
    const f = openPresence(tempDir(), local(22, 0, 22))
    f.ctx.services.presence.set('online', { confirmOutsideShift: true })
    f.clock.set(local(1, 0, 23))
    f.ctx.services.presence.set('offline')
    f.clock.set(local(12, 0, 23))
    const day = f.ctx.services.presence.day(local(0, 0, 23), local(0, 0, 24))
    expect(day.spans.map((s) => [s.status, s.from, s.to])).toEqual([
      ['online', local(0, 0, 23), local(1, 0, 23)],
      ['offline', local(1, 0, 23), local(12, 0, 23)],
    ])
    expect(f.ctx.services.presence.totals(f.profileId, local(0, 0, 22), local(0, 0, 24)).onlineMs).toBe(3 * 60 * MIN)
    f.ctx.close()
  })

  it("keeps each agent's log private: the day shows only the signed-in profile", () => {
    const f = openPresence(tempDir(), local(9))
    f.ctx.services.presence.set('online')
    f.clock.set(local(10))
    const wang = f.ctx.services.profiles.create({ displayName: '夜班小王', agentId: '', chatAccounts: [], language: 'zh-CN' })
    f.ctx.services.session.switchTo(wang.id)
    f.clock.set(local(11))
    const day = f.ctx.services.presence.day(local(0), local(24))
    expect(day.spans).toEqual([{ status: 'offline', reason: 'startup', from: local(10), to: local(11) }])
    expect(day.totals.onlineMs).toBe(0)
    expect(f.ctx.services.presence.totals(f.profileId, local(0), local(24)).onlineMs).toBe(60 * MIN)
    f.ctx.close()
  })

  it('refuses a day query that is not one day, and malformed choices', async () => {
    const f = openPresence(tempDir())
    const h = f.ctx.handlers
    expect(await dispatch(h, 'presence:day', { from: local(0), to: local(0, 0, 25) }, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(h, 'presence:day', { from: local(10), to: local(9) }, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(h, 'presence:set', { status: 'away' }, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    expect(await dispatch(h, 'presence:set', { status: 'online', profileId: 'someone-else' }, log)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    f.ctx.close()
  })
})

describe('presence and shifts', () => {
  it('asks before going online outside every shift and changes nothing until confirmed', () => {
    const f = openPresence(tempDir(), local(23, 0))
    const presence = f.ctx.services.presence
    const asked = presence.set('online')
    expect(asked.needsConfirmation).toEqual({ kind: 'outside-shift', nextShiftStart: local(9, 0, 24) })
    expect(asked.snapshot.status).toBe('offline')
    expect(presence.set('paused').needsConfirmation).toBeNull() // paused takes no customers: no question
    expect(presence.set('online', { confirmOutsideShift: true })).toMatchObject({ needsConfirmation: null, snapshot: { status: 'online' } })
    f.ctx.close()
  })

  it('from the hotkey or tray, asks the window to confirm instead of going online', () => {
    const f = openPresence(tempDir(), local(7, 30))
    const result = f.ctx.services.presence.toggle('hotkey')
    expect(result?.needsConfirmation).toMatchObject({ kind: 'outside-shift' })
    expect(f.emitted.filter((e) => e.name === 'presence:confirmOnline')).toEqual([{ name: 'presence:confirmOnline', payload: { nextShiftStart: local(9) } }])
    // In the shift the hotkey goes online, and pressed again it goes offline.
    f.clock.set(local(9, 5))
    expect(f.ctx.services.presence.toggle('hotkey')?.snapshot.status).toBe('online')
    expect(f.ctx.services.presence.toggle('hotkey')?.snapshot.status).toBe('offline')
    f.ctx.close()
  })

  it('prompts for the handover when the shift ends, extends by 15 minutes as often as needed, and ends with shift-end', () => {
    const f = openPresence(tempDir(), local(10))
    const presence = f.ctx.services.presence
    presence.set('online')
    expect(presence.snapshot().shift.current).toMatchObject({ shiftId: 'day', endsAt: local(16, 30) })
    const keepBusy = (to: number) => {
      f.clock.set(to)
      presence.signal('user-input')
      presence.tick()
    }
    keepBusy(local(16, 29))
    expect(presence.snapshot().shift.endPrompt).toBeNull()
    keepBusy(local(16, 30))
    expect(presence.snapshot().shift.endPrompt).toEqual({ shiftId: 'day', endsAt: local(16, 30) })
    expect(f.ports.notifier.shown.at(-1)).toMatchObject({ title: '你的班次已结束' })
    keepBusy(local(16, 31))
    expect(f.ports.notifier.shown.filter((n) => n.title === '你的班次已结束')).toHaveLength(1)

    presence.extendShift()
    expect(presence.snapshot().shift).toMatchObject({ current: { endsAt: local(16, 46) }, endPrompt: null })
    keepBusy(local(16, 46))
    expect(presence.snapshot().shift.endPrompt).toEqual({ shiftId: 'day', endsAt: local(16, 46) })
    presence.extendShift()
    expect(presence.snapshot().shift.current?.endsAt).toBe(local(17, 1))
    expect(presence.snapshot().status).toBe('online')

    keepBusy(local(17, 1))
    const ended = presence.endShift()
    expect(ended).toMatchObject({ status: 'offline', reason: 'shift-end', shift: { current: null, endPrompt: null } })
    expect(f.changed().at(-1)).toMatchObject({ reason: 'shift-end', auto: false })
    f.ctx.close()
  })

  it('counts an extended shift as inside the shift when going back online', () => {
    const f = openPresence(tempDir(), local(22, 0))
    const presence = f.ctx.services.presence
    presence.set('online')
    f.clock.set(local(22, 30))
    presence.signal('user-input')
    presence.tick()
    presence.extendShift()
    presence.set('offline')
    f.clock.set(local(22, 40))
    expect(presence.set('online').needsConfirmation).toBeNull()
    f.ctx.close()
  })
})

describe('presence log table', () => {
  it('refuses statuses and reasons outside the vocabulary, and goes with a deleted profile', () => {
    const f = openPresence(tempDir())
    const db = f.ctx.services.db
    const insert = db.prepare('INSERT INTO presence_changes (id, profile_id, at, status, reason, away_ms) VALUES (?, ?, ?, ?, ?, ?)')
    expect(() => insert.run('x1', f.profileId, 1, 'away', 'manual', null)).toThrow(/CHECK/)
    expect(() => insert.run('x2', f.profileId, 1, 'offline', 'bored', null)).toThrow(/CHECK/)
    expect(() => insert.run('x3', 'no-such-profile', 1, 'offline', 'manual', null)).toThrow(/FOREIGN KEY/)
    db.pragma('foreign_keys = ON')
    db.prepare('DELETE FROM profiles WHERE id = ?').run(f.profileId)
    expect(db.prepare('SELECT count(*) FROM presence_changes').pluck().get()).toBe(0)
    f.ctx.close()
  })
})

describe('presence log: the repository', () => {
  it('reports each logged change at its write seam, and not the heartbeat, which stays on the PC', () => {
    const f = openPresence(tempDir(), local(8))
    const heard: RowChange[] = []
    f.ctx.services.presence.log.seam.observe((batch) => heard.push(...batch))
    workMorning(f)
    f.ctx.services.presence.tick()
    const logged = f.ctx.services.db.prepare('SELECT id FROM presence_changes WHERE at > ? ORDER BY at, rowid').pluck().all(local(8)) as string[]
    expect(logged.length).toBeGreaterThan(0)
    expect(heard).toEqual(logged.map((id) => ({ table: 'presence_changes', id, op: 'insert' })))
    f.ctx.close()
  })
})
