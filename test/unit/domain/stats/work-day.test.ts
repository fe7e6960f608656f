import { describe, expect, it } from 'vitest'
import { attributeShift, DEFAULT_SHIFTS, OVERTIME_GRACE_MS, PRESET_LONG_SHIFTS, workDayBoundaryMinutes, workDayOf, workDaySpan } from '../../../../src/shared/domain'

const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi)

describe('attributeShift', () => {
  it('puts a tally in the one shift covering it, naming a night shift by the day it started', () => {
    expect(attributeShift(PRESET_LONG_SHIFTS, local(2026, 11, 23, 0, 30), null)).toEqual({ shiftId: 'night', date: '2026-11-22' })
  })

  it('keeps the agent in the shift they were working during the overlap; a newcomer gets the shift that started last', () => {
    const overlap = local(2026, 11, 22, 16, 15)
    expect(attributeShift(DEFAULT_SHIFTS, overlap, { shiftId: 'day', date: '2026-11-22' })).toEqual({ shiftId: 'day', date: '2026-11-22' })
    expect(attributeShift(DEFAULT_SHIFTS, overlap, null)).toEqual({ shiftId: 'night', date: '2026-11-22' })
    expect(attributeShift(DEFAULT_SHIFTS, overlap, { shiftId: 'day', date: '2026-11-21' })).toEqual({ shiftId: 'night', date: '2026-11-22' })
  })

  it('lets a shift run over for the grace period for the agent who was working it, and no longer', () => {
    const night = { shiftId: 'night', date: '2026-11-22' }
    const end = local(2026, 11, 22, 22, 30).getTime()
    expect(attributeShift(DEFAULT_SHIFTS, new Date(end + OVERTIME_GRACE_MS), night)).toEqual(night)
    expect(attributeShift(DEFAULT_SHIFTS, new Date(end + OVERTIME_GRACE_MS + 1), night)).toBeNull()
    expect(attributeShift(DEFAULT_SHIFTS, new Date(end + 60_000), null)).toBeNull()
    expect(attributeShift(DEFAULT_SHIFTS, new Date(end + 60_000), { shiftId: 'gone', date: '2026-11-22' })).toBeNull()
  })
})

describe('work days', () => {
  it('end at the latest end of a shift crossing midnight', () => {
    expect(workDayBoundaryMinutes(DEFAULT_SHIFTS)).toBe(0)
    expect(workDayBoundaryMinutes(PRESET_LONG_SHIFTS)).toBe(60)
  })

  it('are the shift date in a shift, and the calendar day shifted by the boundary outside', () => {
    expect(workDayOf(PRESET_LONG_SHIFTS, local(2026, 11, 23, 0, 30), { shiftId: 'night', date: '2026-11-22' })).toBe('2026-11-22')
    expect(workDayOf(PRESET_LONG_SHIFTS, local(2026, 11, 23, 0, 50), null)).toBe('2026-11-22')
    expect(workDayOf(PRESET_LONG_SHIFTS, local(2026, 11, 23, 1, 0), null)).toBe('2026-11-23')
    expect(workDayOf(DEFAULT_SHIFTS, local(2026, 11, 23, 0, 10), null)).toBe('2026-11-23')
  })

  it('span from boundary to boundary', () => {
    expect(workDaySpan(PRESET_LONG_SHIFTS, '2026-11-30', '2026-12-01')).toEqual({ from: local(2026, 11, 30, 1, 0).getTime(), to: local(2026, 12, 2, 1, 0).getTime() })
  })
})
