import { describe, expect, it } from 'vitest'
import { reportDays } from '../../../../src/main/services/stats/stats-report'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'
import { at, signIn } from './helpers'

const tempDir = useTempDir()
const offset = (ms: number) => -new Date(ms).getTimezoneOffset()

describe("service statistics in the lead's report", () => {
  it('lists each day of the period with the totals in its summary, for the signed-in agent only', async () => {
    const clock = testClock(at(2026, 11, 18, 10, 0))
    const ctx = openTestContext(tempDir(), { clock })
    signIn(ctx, '阿强')
    ctx.services.serviceStats.tally({ outcome: 'converted', source: 'keypad' })
    signIn(ctx, '小美')
    const stats = ctx.services.serviceStats
    stats.tally({ outcome: 'converted', source: 'keypad' })
    stats.tally({ outcome: 'thanked', source: 'keypad' })
    clock.set(at(2026, 11, 20, 15, 0))
    stats.tally({ outcome: 'not-effective', source: 'keypad' })
    clock.set(at(2026, 11, 23, 9, 0))

    const from = at(2026, 11, 16, 0, 0)
    const report = await ctx.services.report.build({ from, to: at(2026, 11, 23, 0, 0), label: '2026-11-16 至 2026-11-22', utcOffsetMinutes: offset(from) })
    const section = report.sections.find((s) => s.id === 'stats-days')
    expect(section?.summary).toBe('接待 3 位，成交 1 位，转化率 33.3%；有效回复 2，感谢 1，转接 0；预计收入 0.28 元')
    expect(section?.rows.map((r) => r.day)).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'])
    expect(section?.rows[2]).toEqual({ day: '2026-11-18', served: 2, converted: 1, rate: '50.0%', effective: 2, thanked: 1, transferred: 0, online: 0, pay: 0.28 })
    expect(section?.rows[3]).toMatchObject({ served: 0, rate: '—', online: 0 })
    ctx.close()
  })

  it('reads the period on the agent clock', () => {
    const from = Date.UTC(2026, 10, 15, 16, 0) // 2026-11-16 00:00 in UTC+8
    expect(reportDays(from, from + 86_400_000, 480)).toEqual(['2026-11-16'])
    expect(reportDays(from, from + 7 * 86_400_000, 480)).toHaveLength(7)
  })
})

describe('online hours', () => {
  it('come from the presence log of the same agent', () => {
    const clock = testClock(at(2026, 11, 18, 9, 0))
    const ctx = openTestContext(tempDir(), { clock })
    signIn(ctx, '小美')
    ctx.services.presence.set('online')
    clock.advance(90 * 60_000)
    ctx.services.presence.set('offline')
    clock.set(at(2026, 11, 18, 18, 0))
    const day = ctx.services.serviceStats.summary('day', '2026-11-18')
    expect(day.totals.onlineMs).toBe(90 * 60_000)
    expect(day.buckets.find((b) => b.key === 'day')?.onlineMs).toBe(90 * 60_000)
    ctx.close()
  })
})
