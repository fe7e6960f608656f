import { describe, expect, it } from 'vitest'
import { DEFAULT_SHIFTS, PRESET_LONG_SHIFTS } from '../../../../src/shared/domain'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { at, signIn, statsService } from './helpers'

const tempDir = useTempDir()
const HOUR = 3_600_000

function setup(schedule = DEFAULT_SHIFTS, onlineMs?: (profileId: string, from: number, to: number) => number) {
  const clock = testClock(at(2026, 11, 22, 10, 0))
  const ctx = openTestContext(tempDir(), { clock })
  const stats = statsService(ctx, schedule, onlineMs)
  return { ctx, clock, stats }
}

describe('tallying', () => {
  it('stores one row per customer whose flags make the counts consistent', () => {
    const { ctx, stats } = setup()
    signIn(ctx, '小美')
    for (const outcome of ['effective', 'not-effective', 'converted', 'thanked', 'transferred'] as const) stats.tally({ outcome, source: 'keypad' })
    stats.tally({ outcome: 'thanked', converted: true, customer: '  买家tom ', source: 'transcript' })
    const { figures, shift, recent } = stats.current()
    expect(shift).toEqual({ shiftId: 'day', date: '2026-11-22' })
    // Converted, thanked and transferred customers are effective too; the thanked buyer is one customer.
    // Pay: 3 effective at 0.10 plus 2 thanked at 0.18.
    expect(figures).toEqual({ served: 6, effective: 5, converted: 2, thanked: 2, transferred: 1, conversionRate: 2 / 6, pay: 0.66 })
    expect(recent[0]).toMatchObject({ outcome: 'thanked', converted: true, customer: '买家tom', source: 'transcript', workDay: '2026-11-22' })
    ctx.close()
  })

  it('takes back the latest tally, then the one before, and announces each change', () => {
    const { ctx, clock, stats } = setup()
    signIn(ctx, '小美')
    const seen: unknown[] = []
    ctx.services.events.subscribe((name, payload) => seen.push([name, payload]))
    stats.tally({ outcome: 'effective', source: 'keypad' })
    clock.advance(60_000)
    stats.tally({ outcome: 'converted', source: 'keypad' })
    clock.advance(60_000)
    const { undone, current } = stats.undo()
    expect(undone?.outcome).toBe('converted')
    expect(current.figures).toMatchObject({ served: 1, converted: 0, conversionRate: 0 })
    expect(stats.undo().undone?.outcome).toBe('effective')
    expect(stats.undo()).toMatchObject({ undone: null, current: { figures: { served: 0, conversionRate: null } } })
    expect(seen).toEqual([
      ['stats:changed', { kind: 'tally', source: 'keypad' }],
      ['stats:changed', { kind: 'tally', source: 'keypad' }],
      ['stats:changed', { kind: 'undo', source: null }],
      ['stats:changed', { kind: 'undo', source: null }],
    ])
    ctx.close()
  })

  it('never undoes into an earlier shift without being told which tally', () => {
    const { ctx, clock, stats } = setup()
    signIn(ctx, '小美')
    const { tally: morning } = stats.tally({ outcome: 'effective', source: 'keypad' })
    clock.set(at(2026, 11, 22, 18, 0))
    expect(stats.undo().undone).toBeNull()
    expect(stats.undo(morning.id).undone?.id).toBe(morning.id)
    expect(stats.summary('day', '2026-11-22').totals.served).toBe(0)
    ctx.close()
  })
})

describe('shifts and work days', () => {
  it('adds up a night shift that crosses midnight as one shift on the day it started', () => {
    const { ctx, clock, stats } = setup(PRESET_LONG_SHIFTS)
    signIn(ctx, '小美')
    for (const [h, d] of [[22, 22], [23, 22], [0, 23]] as const) {
      clock.set(at(2026, 11, d, h, 30))
      stats.tally({ outcome: 'converted', source: 'keypad' })
    }
    clock.set(at(2026, 11, 23, 0, 45))
    const current = stats.current()
    expect(current.shift).toEqual({ shiftId: 'night', date: '2026-11-22' })
    expect(current.figures.served).toBe(3)

    const day = stats.summary('day', '2026-11-22')
    expect(day.buckets.map((b) => [b.key, b.served])).toEqual([
      ['day', 0],
      ['night', 3],
    ])
    const week = stats.summary('week')
    expect(week).toMatchObject({ from: '2026-11-16', to: '2026-11-22', current: true })
    expect(week.buckets.find((b) => b.key === '2026-11-22')?.served).toBe(3)
    const month = stats.summary('month', '2026-11-23')
    expect(month.buckets.find((b) => b.key === '2026-11-23')?.served).toBe(0)
    expect(month.hours[0]).toBe(1)
    expect(month.hours[23]).toBe(1)
    ctx.close()
  })

  it('keeps an agent on overtime in the shift they were working, then counts off-shift work on its own', () => {
    const { ctx, clock, stats } = setup()
    signIn(ctx, '小美')
    clock.set(at(2026, 11, 22, 22, 0))
    stats.tally({ outcome: 'effective', source: 'keypad' })
    clock.set(at(2026, 11, 22, 23, 15))
    expect(stats.tally({ outcome: 'effective', source: 'keypad' }).tally).toMatchObject({ shiftId: 'night', shiftDate: '2026-11-22' })
    clock.set(at(2026, 11, 23, 0, 45))
    expect(stats.tally({ outcome: 'effective', source: 'keypad' }).tally).toMatchObject({ shiftId: null, shiftDate: null, workDay: '2026-11-23' })
    expect(stats.summary('day', '2026-11-23').buckets.map((b) => [b.key, b.served])).toEqual([
      ['day', 0],
      ['night', 0],
      ['', 1],
    ])
    ctx.close()
  })

  it('during the handover overlap keeps the outgoing agent on the day shift and puts a newly arriving one on the night shift', () => {
    const { ctx, clock, stats } = setup()
    signIn(ctx, '小美')
    stats.tally({ outcome: 'effective', source: 'keypad' })
    signIn(ctx, '阿强')
    clock.set(at(2026, 11, 22, 16, 10))
    expect(stats.tally({ outcome: 'effective', source: 'keypad' }).tally.shiftId).toBe('night')
    ctx.services.session.switchTo(ctx.services.profiles.list()[0]!.id)
    expect(stats.tally({ outcome: 'effective', source: 'keypad' }).tally.shiftId).toBe('day')
    ctx.close()
  })
})

describe('privacy', () => {
  it("keeps another agent's tallies out of every figure and refuses to undo them", () => {
    const { ctx, stats } = setup()
    const mei = signIn(ctx, '小美')
    const { tally } = stats.tally({ outcome: 'converted', customer: '买家tom', source: 'keypad' })
    signIn(ctx, '阿强')
    expect(stats.current()).toMatchObject({ figures: { served: 0 }, recent: [] })
    expect(stats.summary('month').totals.served).toBe(0)
    expect(() => stats.undo(tally.id)).toThrowError(expect.objectContaining({ code: 'not-found' }))
    expect(stats.undo().undone).toBeNull()
    ctx.services.session.switchTo(mei)
    expect(stats.current().recent.map((t) => t.id)).toEqual([tally.id])
    ctx.close()
  })

  it('refuses every stats call until an agent is signed in', () => {
    const { ctx, stats } = setup()
    expect(() => stats.tally({ outcome: 'effective', source: 'keypad' })).toThrowError(expect.objectContaining({ code: 'no-profile' }))
    expect(() => stats.summary('week')).toThrowError(expect.objectContaining({ code: 'no-profile' }))
    ctx.close()
  })
})

describe('summaries', () => {
  it('reports conversion, pay at the shop rates and online time per day, and the busiest hours', () => {
    const calls: [string, number, number][] = []
    const { ctx, clock, stats } = setup(DEFAULT_SHIFTS, (profileId, from, to) => {
      calls.push([profileId, from, to])
      return (to - from) / 12
    })
    const mei = signIn(ctx, '小美')
    stats.updateSettings({ rates: { perEffective: 0.12, perThanked: 0.2, transferAfter: 20 } })
    clock.set(at(2026, 11, 3, 10, 5))
    stats.tally({ outcome: 'converted', source: 'keypad' })
    stats.tally({ outcome: 'thanked', source: 'keypad' })
    clock.set(at(2026, 11, 3, 14, 0))
    stats.tally({ outcome: 'not-effective', source: 'keypad' })
    stats.tally({ outcome: 'effective', source: 'keypad' })
    const month = stats.summary('month', '2026-11-20')
    expect(month).toMatchObject({ period: 'month', from: '2026-11-01', to: '2026-11-30', previous: '2026-10-01', next: '2026-12-01' })
    expect(month.buckets).toHaveLength(30)
    const third = month.buckets[2]!
    expect(third).toMatchObject({ key: '2026-11-03', served: 4, converted: 1, conversionRate: 0.25, effective: 3, thanked: 1, pay: 0.44, onlineMs: 2 * HOUR })
    expect(month.buckets[3]).toMatchObject({ served: 0, conversionRate: null, pay: 0, onlineMs: 2 * HOUR })
    expect(month.totals).toMatchObject({ served: 4, pay: 0.44, onlineMs: 60 * HOUR })
    expect(month.hours[10]).toBe(2)
    expect(month.hours[14]).toBe(2)
    expect(calls.every(([p]) => p === mei)).toBe(true)
    ctx.close()
  })

  it('shows no online time while presence cannot tell it', () => {
    const { ctx, stats } = setup()
    signIn(ctx, '小美')
    stats.tally({ outcome: 'effective', source: 'keypad' })
    const week = stats.summary('week')
    expect(week.totals.onlineMs).toBeNull()
    expect(week.buckets.every((b) => b.onlineMs === null)).toBe(true)
    ctx.close()
  })
})
