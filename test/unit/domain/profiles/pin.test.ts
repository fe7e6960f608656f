import { describe, expect, it } from 'vitest'
import { afterWrongPin, isValidPin, lockoutDuration } from '../../../../src/shared/domain'

describe('PIN rules', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(['1234', '00000000', '98765'].map(isValidPin)).toEqual([true, true, true])
    expect(['123', '123456789', '12a4', '１２３４', ' 1234', ''].map(isValidPin)).toEqual([false, false, false, false, false, false])
  })

  it('locks for 60 s after the fifth wrong PIN in a row, and doubles each further lockout', () => {
    let state = { failures: 0, lockouts: 0, lockedUntil: null as number | null }
    for (let i = 1; i <= 4; i++) {
      state = afterWrongPin(state, 1000)
      expect(state).toEqual({ failures: i, lockouts: 0, lockedUntil: null })
    }
    state = afterWrongPin(state, 1000)
    expect(state).toEqual({ failures: 0, lockouts: 1, lockedUntil: 61_000 })
    for (let i = 0; i < 5; i++) state = afterWrongPin(state, 100_000)
    expect(state).toEqual({ failures: 0, lockouts: 2, lockedUntil: 220_000 })
    expect([1, 2, 3, 4].map(lockoutDuration)).toEqual([60_000, 120_000, 240_000, 480_000])
  })

  it('stops doubling at one day', () => {
    expect(lockoutDuration(11)).toBe(60_000 * 1024)
    expect(lockoutDuration(12)).toBe(24 * 60 * 60_000)
    expect(lockoutDuration(500)).toBe(24 * 60 * 60_000)
  })
})
