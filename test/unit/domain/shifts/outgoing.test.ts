import { describe, expect, it } from 'vitest'
import { DEFAULT_SHIFTS, incomingShift, outgoingShift, PRESET_LONG_SHIFTS } from '../../../../src/shared/domain'

const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi)

describe('which shift hands over and which takes over', () => {
  it('during the overlap the day shift hands over and the night shift takes over', () => {
    expect(outgoingShift(DEFAULT_SHIFTS, local(2026, 11, 22, 16, 10))).toEqual({ shiftId: 'day', date: '2026-11-22' })
    expect(incomingShift(DEFAULT_SHIFTS, local(2026, 11, 22, 16, 10))).toEqual({ shiftId: 'night', date: '2026-11-22' })
  })

  it('names a night shift that crosses midnight by the day it started, also after midnight and at the year end', () => {
    expect(outgoingShift(PRESET_LONG_SHIFTS, local(2027, 1, 1, 0, 40))).toEqual({ shiftId: 'night', date: '2026-12-31' })
    expect(incomingShift(PRESET_LONG_SHIFTS, local(2026, 12, 31, 17, 15))).toEqual({ shiftId: 'night', date: '2026-12-31' })
  })

  it('after every shift has ended, a late handover belongs to the last shift that ran', () => {
    expect(outgoingShift(DEFAULT_SHIFTS, local(2026, 11, 22, 23, 5))).toEqual({ shiftId: 'night', date: '2026-11-22' })
    expect(outgoingShift(DEFAULT_SHIFTS, local(2026, 11, 23, 7, 0))).toEqual({ shiftId: 'night', date: '2026-11-22' })
    expect(outgoingShift(PRESET_LONG_SHIFTS, local(2027, 1, 1, 3, 0))).toEqual({ shiftId: 'night', date: '2026-12-31' })
  })

  it('an agent arriving before the first shift takes over for the shift about to start', () => {
    expect(incomingShift(DEFAULT_SHIFTS, local(2026, 11, 23, 8, 45))).toEqual({ shiftId: 'day', date: '2026-11-23' })
    expect(outgoingShift([], local(2026, 11, 23, 8, 45))).toBeNull()
    expect(incomingShift([], local(2026, 11, 23, 8, 45))).toBeNull()
  })
})
