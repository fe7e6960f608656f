// Key presses against the grammar: recording a hotkey by pressing it (so nobody spells
// "CommandOrControl+Alt+O") and matching a press inside the window (the only hotkeys that work
// where global ones do not, e.g. on Wayland). Both read `code`, so Alt+letter works on every
// keyboard layout and with a Chinese input method switched on.
import { normalizeHotkey, parseHotkey, PUNCTUATION_KEYS, type Hotkey } from './grammar'

/** The parts of a DOM KeyboardEvent that matter here. */
export type KeyPress = { ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean; code: string; key: string }

const CODE_NAMES: Record<string, string> = {
  Space: 'Space',
  Enter: 'Return',
  NumpadEnter: 'Return',
  Escape: 'Escape',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  PrintScreen: 'PrintScreen',
  NumpadDecimal: 'numdec',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Semicolon: ';',
  Quote: "'",
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Minus: '-',
  Equal: '=',
  Backquote: '`',
}

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS'])

/** The key of a press in the grammar's spelling, or null for a key hotkeys do not use. */
export function keyOfPress(press: Pick<KeyPress, 'code' | 'key'>): string | null {
  const { code, key } = press
  if (/^Key[A-Z]$/.test(code)) return code.slice(3)
  if (/^Digit\d$/.test(code)) return code.slice(5)
  if (/^Numpad\d$/.test(code)) return `num${code.slice(6)}`
  if (/^F([1-9]|1\d|2[0-4])$/.test(code)) return code
  if (code in CODE_NAMES) return CODE_NAMES[code] as string
  // No code (some synthetic events): fall back to the character the key typed.
  if (code === '' && /^[a-z0-9]$/i.test(key)) return key.toUpperCase()
  if (code === '' && PUNCTUATION_KEYS.includes(key)) return key
  return null
}

export type Recorded = { kind: 'set'; accelerator: string } | { kind: 'clear' } | { kind: 'incomplete' } | { kind: 'invalid' }

/**
 * What a key press in a hotkey field means. Ctrl records as CommandOrControl (and the Mac's
 * Command key likewise), so the same setting means the same keys on every PC; Backspace or
 * Delete alone clears the field.
 */
export function recordHotkey(press: KeyPress, isMac = false): Recorded {
  if (MODIFIER_KEYS.has(press.key)) return { kind: 'incomplete' }
  const noModifier = !press.ctrlKey && !press.altKey && !press.shiftKey && !press.metaKey
  if (noModifier && (press.key === 'Backspace' || press.key === 'Delete')) return { kind: 'clear' }
  const key = keyOfPress(press)
  if (key === null) return { kind: 'invalid' }
  const modifiers = [
    press.ctrlKey && (isMac ? 'Control' : 'CommandOrControl'),
    press.metaKey && (isMac ? 'CommandOrControl' : 'Super'),
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
  ].filter((m): m is string => m !== false)
  const accelerator = normalizeHotkey([...modifiers, key].join('+'))
  return accelerator === null ? { kind: 'invalid' } : { kind: 'set', accelerator }
}

/** Which modifier keys a hotkey holds down on this platform. */
export type Accelerator = { ctrl: boolean; alt: boolean; shift: boolean; meta: boolean; key: string }

const SAME_KEY: Record<string, string> = { Enter: 'Return', Esc: 'Escape' }

function pressedModifiers(hotkey: Hotkey, isMac: boolean): Accelerator {
  const has = (m: Hotkey['modifiers'][number]) => hotkey.modifiers.includes(m)
  return {
    ctrl: has('Control') || (has('CommandOrControl') && !isMac),
    meta: has('Command') || has('Super') || (has('CommandOrControl') && isMac),
    alt: has('Alt') || has('AltGr'),
    shift: has('Shift'),
    key: SAME_KEY[hotkey.key] ?? hotkey.key,
  }
}

/** An accelerator as the modifier keys and key to watch for inside the window; null when not accepted. */
export function parseAccelerator(text: string, isMac = false): Accelerator | null {
  const hotkey = parseHotkey(text)
  return hotkey === null ? null : pressedModifiers(hotkey, isMac)
}

/** True when a key press inside the window is the accelerator. */
export function matchesAccelerator(press: KeyPress, accel: Accelerator): boolean {
  return (
    keyOfPress(press) === accel.key &&
    press.ctrlKey === accel.ctrl &&
    press.altKey === accel.alt &&
    press.shiftKey === accel.shift &&
    press.metaKey === accel.meta
  )
}
