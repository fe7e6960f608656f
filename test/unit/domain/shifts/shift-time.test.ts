import { describe, expect, it } from 'vitest'
import { DEFAULT_SHIFTS, PRESET_LONG_SHIFTS, validateShiftTime } from '../../../../src/shared/domain'

describe('validateShiftTime', () => {
  it('accepts 24-hour HH:MM times', () => {
    for (const t of ['00:00', '09:00', '16:30', '23:59']) expect(validateShiftTime(t)).toBe(true)
  })

  it('rejects anything else', () => {
    for (const t of ['24:00', '9:00', '09:60', '09:00:00', ' 09:00', '0900', '']) expect(validateShiftTime(t)).toBe(false)
  })

  it('holds for the built-in shift patterns', () => {
    for (const s of [...DEFAULT_SHIFTS, ...PRESET_LONG_SHIFTS]) expect(validateShiftTime(s.start) && validateShiftTime(s.end)).toBe(true)
  })
})
