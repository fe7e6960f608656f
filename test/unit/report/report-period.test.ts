// Main computes a report period's times from the calendar keys the renderer sends, on its own
// clock and zone (issue 15, finding 5). Vitest runs in the machine's zone: the expectations are
// built with the same local calendar, so they hold in any zone.
import { describe, expect, it } from 'vitest'
import { reportPeriod } from '../../../src/main/services/report/report-period'

const local = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime()

describe('report periods from calendar keys', () => {
  it('turns a day, the week around a date (Monday to Sunday) and a calendar month into local bounds and a label', () => {
    expect(reportPeriod({ span: 'day', date: '2026-12-06' }, '至')).toMatchObject({ from: local(2026, 12, 6), to: local(2026, 12, 7), label: '2026-12-06' })
    expect(reportPeriod({ span: 'week', date: '2026-12-06' }, '至')).toMatchObject({ from: local(2026, 11, 30), to: local(2026, 12, 7), label: '2026-11-30 至 2026-12-06' })
    expect(reportPeriod({ span: 'month', date: '2026-02-14' }, 'to')).toMatchObject({ from: local(2026, 2, 1), to: local(2026, 3, 1), label: '2026-02-01 to 2026-02-28' })
  })

  it("prints times with main's own offset at the period's start", () => {
    const period = reportPeriod({ span: 'day', date: '2026-12-06' }, '至')
    expect(period.utcOffsetMinutes).toBe(-new Date(local(2026, 12, 6)).getTimezoneOffset())
  })
})
