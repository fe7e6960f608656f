// Turns a key press into an Electron accelerator for the hotkey settings: the agent presses the
// combination instead of typing its name.
import { normalizeHotkey } from '../../../shared/ipc/presence-hotkey'

export type Recorded = { kind: 'set'; accelerator: string } | { kind: 'clear' } | { kind: 'incomplete' } | { kind: 'invalid' }

type KeyPress = Pick<KeyboardEvent, 'code' | 'key' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>

function keyName(code: string): string | null {
  if (/^Digit\d$/.test(code)) return code.slice(5)
  if (/^Key[A-Z]$/.test(code)) return code.slice(3)
  if (/^Numpad\d$/.test(code)) return `num${code.slice(6)}`
  if (/^F\d{1,2}$/.test(code)) return code
  return null
}

export function recordHotkey(e: KeyPress): Recorded {
  const modifiers = [e.ctrlKey && 'CommandOrControl', e.altKey && 'Alt', e.shiftKey && 'Shift', e.metaKey && 'Super'].filter((m): m is string => m !== false)
  if (['Control', 'Alt', 'Shift', 'Meta'].includes(e.key)) return { kind: 'incomplete' }
  if (modifiers.length === 0 && (e.key === 'Backspace' || e.key === 'Delete')) return { kind: 'clear' }
  const key = keyName(e.code)
  const accelerator = key === null ? null : normalizeHotkey([...modifiers, key].join('+'))
  return accelerator === null ? { kind: 'invalid' } : { kind: 'set', accelerator }
}
