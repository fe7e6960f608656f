import { describe, expect, it } from 'vitest'
import { afterWrongPin, isValidPin, lockoutDuration, matchesAccelerator, parseAccelerator } from '../../../../src/shared/domain'

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

describe('lock hotkey', () => {
  const press = (code: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey', boolean>> = {}) => ({
    ctrlKey: false,
    altKey: false,
    shiftKey: false,
    metaKey: false,
    key: code.replace(/^Key|^Digit/, '').toLowerCase(),
    code,
    ...mods,
  })

  it('reads Electron accelerators and refuses a key without Ctrl, Alt or a system key', () => {
    expect(parseAccelerator('CommandOrControl+Alt+L')).toEqual({ ctrl: true, alt: true, shift: false, meta: false, key: 'L' })
    expect(parseAccelerator('Alt+F9')).toEqual({ ctrl: false, alt: true, shift: false, meta: false, key: 'F9' })
    for (const bad of ['L', 'Shift+L', 'Ctrl+Ctrl+L', 'Ctrl+', 'Hyper+L', 'Ctrl+Alt+Enter']) expect(parseAccelerator(bad)).toBeNull()
  })

  it('matches exactly the pressed modifiers and key, by physical key', () => {
    const accel = parseAccelerator('Ctrl+Alt+L')!
    expect(matchesAccelerator(press('KeyL', { ctrlKey: true, altKey: true }), accel)).toBe(true)
    expect(matchesAccelerator({ ...press('KeyL', { ctrlKey: true, altKey: true }), key: '¬' }, accel)).toBe(true)
    expect(matchesAccelerator(press('KeyL', { ctrlKey: true }), accel)).toBe(false)
    expect(matchesAccelerator(press('KeyL', { ctrlKey: true, altKey: true, shiftKey: true }), accel)).toBe(false)
    expect(matchesAccelerator(press('KeyK', { ctrlKey: true, altKey: true }), accel)).toBe(false)
  })
})
