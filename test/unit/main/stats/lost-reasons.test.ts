// Lost-deal reasons (未成交原因): given after the tally was saved, changed or cleared within the
// shift, kept readable when the shop edits its list, and read back per agent and period.
import { describe, expect, it } from 'vitest'
import type { RowChange } from '../../../../src/main/db/write-seam'
import { DEFAULT_SHIFTS, rankLostReasons } from '../../../../src/shared/domain'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { at, signIn, statsService } from './helpers'

const tempDir = useTempDir()

function setup() {
  const clock = testClock(at(2026, 11, 22, 10, 0))
  const ctx = openTestContext(tempDir(), { clock })
  const stats = statsService(ctx, DEFAULT_SHIFTS)
  const heard: RowChange[] = []
  stats.rows.seam.observe((batch) => heard.push(...batch))
  return { ctx, clock, stats, heard }
}

describe('giving a reason', () => {
  it('adds the reason to a saved tally, then changes and clears it, each change heard at the seam', () => {
    const { ctx, clock, stats, heard } = setup()
    signIn(ctx, '小美')
    const { tally } = stats.tally({ outcome: 'effective', source: 'keypad' })
    expect(tally.lostReason).toBeNull()
    clock.advance(30_000)

    const given = stats.setLostReason(tally.id, 'price', '  嫌贵，想等双十二  ')
    expect(given.tally.lostReason).toEqual({ id: 'price', label: '价格', note: '嫌贵，想等双十二' })
    expect(given.current.recent[0]?.lostReason?.id).toBe('price')
    // The counts are the tally's: a reason changes none of them.
    expect(given.current.figures).toMatchObject({ served: 1, effective: 1, converted: 0 })

    expect(stats.setLostReason(tally.id, 'comparing').tally.lostReason).toEqual({ id: 'comparing', label: '比价中', note: '' })
    expect(stats.setLostReason(tally.id, null).tally.lostReason).toBeNull()
    expect(stats.setLostReason(tally.id, 'hesitant').tally.lostReason?.label).toBe('犹豫')
    expect(heard.filter((c) => c.table === 'lost_deal_reasons').map((c) => c.op)).toEqual(['insert', 'update', 'tombstone', 'restore'])
    ctx.close()
  })

  it('refuses a customer who bought, a reason not in the list and a tally of an earlier shift', () => {
    const { ctx, clock, stats } = setup()
    signIn(ctx, '小美')
    const { tally: sale } = stats.tally({ outcome: 'converted', source: 'keypad' })
    const { tally: lost } = stats.tally({ outcome: 'not-effective', source: 'keypad' })
    const refused = (reason: string) => expect.objectContaining({ code: 'invalid-input', params: expect.objectContaining({ reason }) })
    expect(() => stats.setLostReason(sale.id, 'price')).toThrowError(refused('converted'))
    expect(() => stats.setLostReason(lost.id, 'weather')).toThrowError(refused('not-listed'))
    expect(() => stats.setLostReason('no-such-tally', 'price')).toThrowError(expect.objectContaining({ code: 'not-found' }))
    clock.set(at(2026, 11, 22, 18, 0))
    expect(() => stats.setLostReason(lost.id, 'price')).toThrowError(refused('shift-over'))
    ctx.close()
  })

  it("keeps another agent's tallies out of reach", () => {
    const { ctx, stats } = setup()
    signIn(ctx, '小美')
    const { tally } = stats.tally({ outcome: 'effective', source: 'keypad' })
    signIn(ctx, '阿强')
    expect(() => stats.setLostReason(tally.id, 'price')).toThrowError(expect.objectContaining({ code: 'not-found' }))
    ctx.close()
  })

  it('goes with its tally when the tally is taken back', () => {
    const { ctx, stats, heard } = setup()
    const mei = signIn(ctx, '小美')
    const { tally } = stats.tally({ outcome: 'effective', source: 'keypad' })
    stats.setLostReason(tally.id, 'price')
    stats.undo()
    expect(stats.lostDealsFor(mei, '2026-11-22', '2026-11-22')).toEqual([])
    // The tally stays (append-only, as the team's stat_tallies): an undo row names it, its reason becomes a tombstone.
    expect(heard.slice(-2)).toEqual([
      { table: 'stats_tally_undos', id: expect.any(String), op: 'insert' },
      { table: 'lost_deal_reasons', id: tally.id, op: 'tombstone' },
    ])
    ctx.close()
  })
})

describe("the shop's list", () => {
  it('reads old tallies with the wording picked after a reason is renamed or removed', () => {
    const { ctx, clock, stats } = setup()
    const mei = signIn(ctx, '小美')
    const { tally: first } = stats.tally({ outcome: 'effective', source: 'keypad' })
    stats.setLostReason(first.id, 'shipping-fee', '偏远地区')
    const { tally: second } = stats.tally({ outcome: 'effective', source: 'keypad' })
    stats.setLostReason(second.id, 'stock-size')

    const renamed = stats.settings.get().lostReasons.map((r) => (r.id === 'stock-size' ? { ...r, label: '缺码' } : r)).filter((r) => r.id !== 'shipping-fee')
    stats.updateSettings({ lostReasons: [...renamed, { id: 'gift', label: '赠品' }] })
    clock.advance(60_000)
    const { tally: third } = stats.tally({ outcome: 'effective', source: 'keypad' })
    stats.setLostReason(third.id, 'stock-size')

    expect(stats.lostDealsFor(mei, '2026-11-22', '2026-11-22').map((d) => [d.reasonId, d.reasonLabel, d.note])).toEqual([
      ['shipping-fee', '运费', '偏远地区'],
      ['stock-size', '库存/尺码', ''],
      ['stock-size', '缺码', ''],
    ])
    // A removed reason can no longer be picked.
    expect(() => stats.setLostReason(third.id, 'shipping-fee')).toThrowError(expect.objectContaining({ code: 'invalid-input' }))
    ctx.close()
  })

  it('gives a reason the list did not have its id from main, and keeps the ids of those it had', () => {
    const { ctx, stats } = setup()
    signIn(ctx, '小美')
    const before = stats.settings.get().lostReasons
    const saved = stats.updateSettings({ lostReasons: [...before, { id: 'another-agents-record-id', label: '赠品' }] }).lostReasons
    expect(saved.slice(0, before.length)).toEqual(before)
    const added = saved.at(-1)!
    expect(added.label).toBe('赠品')
    expect([...before.map((r) => r.id), 'another-agents-record-id']).not.toContain(added.id)
    // Saved again as it came back, the new reason keeps the id main gave it.
    expect(stats.updateSettings({ lostReasons: saved }).lostReasons).toEqual(saved)
    ctx.close()
  })

  it('refuses a list with two reasons of one name, or none at all', () => {
    const { ctx, stats } = setup()
    signIn(ctx, '小美')
    expect(() => stats.updateSettings({ lostReasons: [{ id: 'a', label: '价格' }, { id: 'b', label: '价格' }] })).toThrow()
    expect(() => stats.updateSettings({ lostReasons: [] })).toThrow()
    expect(stats.settings.get().lostReasons).toHaveLength(8)
    ctx.close()
  })
})

describe("the lead's read", () => {
  it('gives each agent their own reasons of the period, ranked with the notes behind them', () => {
    const { ctx, clock, stats } = setup()
    const mei = signIn(ctx, '小美')
    const give = (reasonId: string, note = '') => {
      clock.advance(60_000)
      const { tally } = stats.tally({ outcome: 'effective', source: 'keypad' })
      stats.setLostReason(tally.id, reasonId, note)
    }
    give('price', '嫌贵')
    give('comparing')
    give('price')
    give('price', '等活动')
    clock.set(at(2026, 11, 23, 10, 0))
    give('comparing', '第二天')
    const qiang = signIn(ctx, '阿强')
    give('quality')

    const day = stats.lostDealsFor(mei, '2026-11-22', '2026-11-22')
    expect(day).toHaveLength(4)
    expect(day[0]).toMatchObject({ workDay: '2026-11-22', shiftId: 'day', reasonId: 'price', note: '嫌贵' })
    expect(rankLostReasons(day)).toEqual([
      { reasonId: 'price', label: '价格', count: 3, notes: [expect.objectContaining({ note: '嫌贵' }), expect.objectContaining({ note: '等活动' })] },
      { reasonId: 'comparing', label: '比价中', count: 1, notes: [] },
    ])
    expect(stats.lostDealsFor(mei, '2026-11-22', '2026-11-23')).toHaveLength(5)
    expect(stats.lostDealsFor(qiang, '2026-11-22', '2026-11-23').map((d) => d.reasonId)).toEqual(['quality'])
    ctx.close()
  })
})

describe("the agent's report for the lead (给组长的报告)", () => {
  it('ranks the reasons of the period with their counts, shares and notes', async () => {
    const clock = testClock(at(2026, 11, 18, 10, 0))
    const ctx = openTestContext(tempDir(), { clock })
    signIn(ctx, '小美')
    const stats = ctx.services.serviceStats
    for (const [reasonId, note] of [['price', '嫌贵'], ['comparing', ''], ['price', '等活动'], ['price', '']] as const) {
      clock.advance(60_000)
      stats.setLostReason(stats.tally({ outcome: 'effective', source: 'keypad' }).tally.id, reasonId, note)
    }
    clock.set(at(2026, 11, 23, 9, 0))
    const from = at(2026, 11, 16, 0, 0)
    const report = await ctx.services.report.build({ from, to: at(2026, 11, 23, 0, 0), label: '2026-11-16 至 2026-11-22', utcOffsetMinutes: -new Date(from).getTimezoneOffset() })
    const section = report.sections.find((s) => s.id === 'stats-lost-reasons')
    expect(section?.summary).toBe('本期记下 4 个未成交原因，最多的是“价格”')
    expect(section?.rows).toEqual([
      { reason: '价格', count: 3, share: '75.0%', notes: '嫌贵；等活动' },
      { reason: '比价中', count: 1, share: '25.0%', notes: '' },
    ])
    ctx.close()
  })
})
