import { describe, expect, it } from 'vitest'
import { periodRange } from '../../../../src/shared/domain'

describe('periodRange', () => {
  it('reads a day as itself', () => {
    expect(periodRange('day', '2026-11-22')).toEqual({ period: 'day', from: '2026-11-22', to: '2026-11-22', days: ['2026-11-22'], previous: '2026-11-21', next: '2026-11-23' })
  })

  it('runs a week from Monday to Sunday, across a month end', () => {
    const sunday = periodRange('week', '2026-11-22')
    expect([sunday.from, sunday.to, sunday.previous, sunday.next]).toEqual(['2026-11-16', '2026-11-22', '2026-11-09', '2026-11-23'])
    const r = periodRange('week', '2026-12-01')
    expect(r.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
  })

  it('runs a month over its calendar days, February included, and steps to the neighbouring months', () => {
    const feb = periodRange('month', '2028-02-15')
    expect([feb.from, feb.to, feb.days.length, feb.previous, feb.next]).toEqual(['2028-02-01', '2028-02-29', 29, '2028-01-01', '2028-03-01'])
    expect(periodRange('month', '2026-01-31').previous).toBe('2025-12-01')
  })
})
