import { describe, expect, it } from 'vitest'
import {
  DEFAULT_SHIFTS,
  nextShiftStart,
  PRESET_LONG_SHIFTS,
  resolveShifts,
  shiftInstanceBounds,
  timeLeftInShift,
  type ShiftDef,
} from '../../../../src/shared/domain'

// Local wall-clock times: the rules are about the agent's clock whatever the machine's zone.
const local = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => new Date(y, mo - 1, d, h, mi, s)
const MIN = 60_000

describe('resolveShifts', () => {
  it('names a night shift across midnight by the day it started', () => {
    expect(resolveShifts(PRESET_LONG_SHIFTS, local(2026, 11, 22, 23, 0))).toEqual([{ shiftId: 'night', date: '2026-11-22' }])
    expect(resolveShifts(PRESET_LONG_SHIFTS, local(2026, 11, 23, 0, 30))).toEqual([{ shiftId: 'night', date: '2026-11-22' }])
  })

  it('lists both shifts during the handover overlap, in schedule order', () => {
    expect(resolveShifts(DEFAULT_SHIFTS, local(2026, 11, 22, 16, 15))).toEqual([
      { shiftId: 'day', date: '2026-11-22' },
      { shiftId: 'night', date: '2026-11-22' },
    ])
    expect(resolveShifts([...DEFAULT_SHIFTS].reverse(), local(2026, 11, 22, 16, 15)).map((s) => s.shiftId)).toEqual(['night', 'day'])
  })

  it('includes the start and excludes the end', () => {
    expect(resolveShifts(DEFAULT_SHIFTS, local(2026, 11, 22, 9, 0))).toEqual([{ shiftId: 'day', date: '2026-11-22' }])
    expect(resolveShifts(DEFAULT_SHIFTS, local(2026, 11, 22, 8, 59, 59))).toEqual([])
    expect(resolveShifts(DEFAULT_SHIFTS, local(2026, 11, 22, 16, 29, 59)).map((s) => s.shiftId)).toEqual(['day', 'night'])
    expect(resolveShifts(DEFAULT_SHIFTS, local(2026, 11, 22, 16, 30))).toEqual([{ shiftId: 'night', date: '2026-11-22' }])
    expect(resolveShifts(DEFAULT_SHIFTS, local(2026, 11, 22, 22, 30))).toEqual([])
    expect(resolveShifts(PRESET_LONG_SHIFTS, local(2026, 11, 23, 1, 0))).toEqual([])
  })

  it('keeps the starting day across the year end', () => {
    expect(resolveShifts(PRESET_LONG_SHIFTS, local(2026, 12, 31, 23, 30))).toEqual([{ shiftId: 'night', date: '2026-12-31' }])
    expect(resolveShifts(PRESET_LONG_SHIFTS, local(2027, 1, 1, 0, 30))).toEqual([{ shiftId: 'night', date: '2026-12-31' }])
  })

  it('treats end equal to start as a 24-hour shift', () => {
    const allDay: ShiftDef[] = [{ id: 'all', start: '06:00', end: '06:00' }]
    expect(resolveShifts(allDay, local(2026, 3, 1, 5, 59))).toEqual([{ shiftId: 'all', date: '2026-02-28' }])
    expect(resolveShifts(allDay, local(2026, 3, 1, 6, 0))).toEqual([{ shiftId: 'all', date: '2026-03-01' }])
    const { start, end } = shiftInstanceBounds(allDay[0] as ShiftDef, '2026-11-22')
    expect([start, end]).toEqual([local(2026, 11, 22, 6, 0), local(2026, 11, 23, 6, 0)])
  })

  it('finds nothing in an empty schedule', () => {
    expect(resolveShifts([], local(2026, 11, 22, 12, 0))).toEqual([])
  })
})

describe('shiftInstanceBounds', () => {
  it('ends a night shift on the next calendar day', () => {
    const night = PRESET_LONG_SHIFTS[1] as ShiftDef
    expect(shiftInstanceBounds(night, '2026-12-31')).toEqual({ start: local(2026, 12, 31, 17, 0), end: local(2027, 1, 1, 1, 0) })
  })

  it('refuses malformed times and dates', () => {
    expect(() => shiftInstanceBounds({ id: 'x', start: '9:00', end: '17:00' }, '2026-11-22')).toThrow(RangeError)
    expect(() => shiftInstanceBounds({ id: 'x', start: '09:00', end: '17:00' }, '22/11/2026')).toThrow(RangeError)
  })
})

describe('timeLeftInShift', () => {
  const night = PRESET_LONG_SHIFTS[1] as ShiftDef

  it('counts down to the end of the instance, across midnight', () => {
    expect(timeLeftInShift(night, '2026-11-22', local(2026, 11, 22, 23, 0))).toBe(120 * MIN)
    expect(timeLeftInShift(night, '2026-11-22', local(2026, 11, 23, 0, 30))).toBe(30 * MIN)
  })

  it('goes negative by the overtime spent finishing a conversation', () => {
    expect(timeLeftInShift(night, '2026-11-22', local(2026, 11, 23, 1, 10))).toBe(-10 * MIN)
  })
})

describe('nextShiftStart', () => {
  it('finds the next start later the same day', () => {
    expect(nextShiftStart(DEFAULT_SHIFTS, local(2026, 11, 22, 10, 0))).toEqual({ shiftId: 'night', date: '2026-11-22', start: local(2026, 11, 22, 16, 0) })
  })

  it('finds the next morning after the last shift, across the year end', () => {
    expect(nextShiftStart(PRESET_LONG_SHIFTS, local(2026, 12, 31, 18, 0))).toEqual({ shiftId: 'day', date: '2027-01-01', start: local(2027, 1, 1, 8, 30) })
  })

  it('does not count a shift starting at this very moment as next', () => {
    expect(nextShiftStart(DEFAULT_SHIFTS, local(2026, 11, 22, 9, 0))?.shiftId).toBe('night')
  })

  it('breaks a tie between equal starts in schedule order', () => {
    const twins: ShiftDef[] = [
      { id: 'b', start: '12:00', end: '13:00' },
      { id: 'a', start: '12:00', end: '14:00' },
    ]
    expect(nextShiftStart(twins, local(2026, 11, 22, 10, 0))?.shiftId).toBe('b')
  })

  it('is null for an empty schedule', () => {
    expect(nextShiftStart([], local(2026, 11, 22, 10, 0))).toBeNull()
  })
})
