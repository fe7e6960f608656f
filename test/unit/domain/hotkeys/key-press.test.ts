import { describe, expect, it } from 'vitest'
import { matchesAccelerator, parseAccelerator, recordHotkey, type KeyPress } from '../../../../src/shared/domain'

type Mods = Partial<Pick<KeyPress, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>>
const press = (code: string, key: string, mods: Mods = {}): KeyPress => ({ ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, code, key, ...mods })

describe('recording a hotkey by pressing it', () => {
  it('turns a pressed combination into the canonical accelerator, by physical key', () => {
    expect(recordHotkey(press('Digit7', '7', { ctrlKey: true, altKey: true }))).toEqual({ kind: 'set', accelerator: 'CommandOrControl+Alt+7' })
    expect(recordHotkey(press('KeyK', 'k', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'set', accelerator: 'CommandOrControl+Shift+K' })
    // Alt+O types "ø" on some layouts and a Chinese IME may report "Process": the code still says O.
    expect(recordHotkey(press('KeyO', 'Process', { ctrlKey: true, altKey: true }))).toEqual({ kind: 'set', accelerator: 'CommandOrControl+Alt+O' })
    expect(recordHotkey(press('F9', 'F9', { shiftKey: true }))).toEqual({ kind: 'set', accelerator: 'Shift+F9' })
    expect(recordHotkey(press('F9', 'F9'))).toEqual({ kind: 'set', accelerator: 'F9' })
    expect(recordHotkey(press('Digit1', '1', { metaKey: true }))).toEqual({ kind: 'set', accelerator: 'Super+1' })
    expect(recordHotkey(press('Space', ' ', { ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'set', accelerator: 'CommandOrControl+Shift+Space' })
    expect(recordHotkey(press('Numpad3', '3', { ctrlKey: true, altKey: true }))).toEqual({ kind: 'set', accelerator: 'CommandOrControl+Alt+num3' })
    expect(recordHotkey(press('ArrowUp', 'ArrowUp', { altKey: true }))).toEqual({ kind: 'set', accelerator: 'Alt+Up' })
    expect(recordHotkey(press('Slash', '/', { ctrlKey: true }))).toEqual({ kind: 'set', accelerator: 'CommandOrControl+/' })
  })

  it('records the Mac Command key as CommandOrControl, so the setting means Ctrl on a PC', () => {
    expect(recordHotkey(press('KeyJ', 'j', { metaKey: true, altKey: true }), true)).toEqual({ kind: 'set', accelerator: 'CommandOrControl+Alt+J' })
    expect(recordHotkey(press('KeyJ', 'j', { ctrlKey: true, altKey: true }), true)).toEqual({ kind: 'set', accelerator: 'Control+Alt+J' })
  })

  it('waits while only modifiers are held, clears on Backspace or Delete alone, and refuses plain keys', () => {
    expect(recordHotkey(press('AltLeft', 'Alt', { altKey: true }))).toEqual({ kind: 'incomplete' })
    expect(recordHotkey(press('ControlLeft', 'Control', { ctrlKey: true }))).toEqual({ kind: 'incomplete' })
    expect(recordHotkey(press('Backspace', 'Backspace'))).toEqual({ kind: 'clear' })
    expect(recordHotkey(press('Delete', 'Delete'))).toEqual({ kind: 'clear' })
    expect(recordHotkey(press('Delete', 'Delete', { ctrlKey: true, altKey: true }))).toEqual({ kind: 'set', accelerator: 'CommandOrControl+Alt+Delete' })
    expect(recordHotkey(press('KeyK', 'K', { shiftKey: true }))).toEqual({ kind: 'invalid' })
    expect(recordHotkey(press('Digit1', '1'))).toEqual({ kind: 'invalid' })
    expect(recordHotkey(press('IntlRo', 'ろ', { ctrlKey: true }))).toEqual({ kind: 'invalid' })
  })
})

describe('matching a press inside the window', () => {
  it('reads accelerators as the modifier keys to watch for', () => {
    expect(parseAccelerator('CommandOrControl+Alt+L')).toEqual({ ctrl: true, alt: true, shift: false, meta: false, key: 'L' })
    expect(parseAccelerator('CommandOrControl+Alt+L', true)).toEqual({ ctrl: false, alt: true, shift: false, meta: true, key: 'L' })
    expect(parseAccelerator('Alt+F9')).toEqual({ ctrl: false, alt: true, shift: false, meta: false, key: 'F9' })
    expect(parseAccelerator('Ctrl+Alt+Enter')).toEqual({ ctrl: true, alt: true, shift: false, meta: false, key: 'Return' })
    for (const bad of ['L', 'Shift+L', 'Ctrl+Ctrl+L', 'Ctrl+', 'Hyper+L']) expect(parseAccelerator(bad), bad).toBeNull()
  })

  it('matches exactly the pressed modifiers and key, by physical key', () => {
    const accel = parseAccelerator('Ctrl+Alt+L')!
    expect(matchesAccelerator(press('KeyL', 'l', { ctrlKey: true, altKey: true }), accel)).toBe(true)
    expect(matchesAccelerator(press('KeyL', '¬', { ctrlKey: true, altKey: true }), accel)).toBe(true)
    expect(matchesAccelerator(press('KeyL', 'l', { ctrlKey: true }), accel)).toBe(false)
    expect(matchesAccelerator(press('KeyL', 'l', { ctrlKey: true, altKey: true, shiftKey: true }), accel)).toBe(false)
    expect(matchesAccelerator(press('KeyK', 'k', { ctrlKey: true, altKey: true }), accel)).toBe(false)
    expect(matchesAccelerator(press('Enter', 'Enter', { ctrlKey: true, altKey: true }), parseAccelerator('Ctrl+Alt+Enter')!)).toBe(true)
  })

  it('matches what it records: every recorded press matches its own accelerator', () => {
    const presses = [press('KeyO', 'o', { ctrlKey: true, altKey: true }), press('F9', 'F9', { shiftKey: true }), press('Numpad3', '3', { altKey: true }), press('Space', ' ', { ctrlKey: true, shiftKey: true })]
    for (const p of presses) {
      const recorded = recordHotkey(p)
      expect(recorded.kind).toBe('set')
      if (recorded.kind === 'set') expect(matchesAccelerator(p, parseAccelerator(recorded.accelerator)!), recorded.accelerator).toBe(true)
    }
  })
})
