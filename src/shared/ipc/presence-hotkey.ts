// Global hotkeys are Electron accelerators ("CommandOrControl+Alt+O"). A global hotkey steals
// its keys from every program on the PC, so it must hold a real modifier: "O" or "Shift+O"
// alone would swallow ordinary typing in the chat client.

export const DEFAULT_PRESENCE_HOTKEY = 'CommandOrControl+Alt+O'

const MODIFIERS: Record<string, string> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
}

const NAMED_KEYS = [
  'Space', 'Tab', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter', 'Up', 'Down', 'Left', 'Right',
  'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'Plus', 'PrintScreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]
const PUNCTUATION = [',', '.', '/', ';', "'", '[', ']', '\\', '-', '=', '`']

function canonicalKey(key: string): string | null {
  if (/^[a-z0-9]$/i.test(key)) return key.toUpperCase()
  if (/^f([1-9]|1\d|2[0-4])$/i.test(key)) return key.toUpperCase()
  if (PUNCTUATION.includes(key)) return key
  return NAMED_KEYS.find((k) => k.toLowerCase() === key.toLowerCase()) ?? null
}

/**
 * The accelerator in canonical spelling, or null when it is not one ShiftDesk accepts: modifiers
 * then exactly one key, at least one modifier other than Shift (F-keys may stand alone).
 */
export function normalizeHotkey(accelerator: string): string | null {
  const parts = accelerator.split('+').map((p) => p.trim())
  // "Ctrl++" means Ctrl and the plus key; Electron spells that key "Plus".
  if (accelerator.trim().endsWith('++')) parts.splice(-2, 2, 'Plus')
  if (parts.length === 0 || parts.some((p) => p === '')) return null
  const key = canonicalKey(parts.at(-1) as string)
  if (key === null) return null
  const modifiers: string[] = []
  for (const part of parts.slice(0, -1)) {
    const modifier = MODIFIERS[part.toLowerCase()]
    if (!modifier || modifiers.includes(modifier)) return null
    modifiers.push(modifier)
  }
  const isFunctionKey = /^F\d+$/.test(key)
  if (!isFunctionKey && !modifiers.some((m) => m !== 'Shift')) return null
  return [...modifiers, key].join('+')
}
