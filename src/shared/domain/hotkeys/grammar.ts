// The one grammar for global and in-window hotkeys, written as Electron accelerators
// ("CommandOrControl+Alt+O"). A global hotkey steals its keys from every program on the PC, so
// it must hold a real modifier: "O" or "Shift+O" alone would swallow ordinary typing in the chat
// client. F-keys may stand alone (nobody types them).

export const MODIFIERS = ['CommandOrControl', 'Command', 'Control', 'Alt', 'AltGr', 'Shift', 'Super'] as const
export type Modifier = (typeof MODIFIERS)[number]

/** A parsed hotkey: modifiers in canonical order, then one key in Electron's spelling. */
export type Hotkey = { modifiers: readonly Modifier[]; key: string }

/** Every spelling ShiftDesk has ever stored or shown, including what `displayHotkey` writes. */
const MODIFIER_NAMES: Record<string, Modifier> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  '⌘': 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Alt',
  '⌥': 'Alt',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
  win: 'Super',
}

const NAMED_KEYS = [
  'Space', 'Tab', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter', 'Up', 'Down', 'Left', 'Right',
  'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'Plus', 'PrintScreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]
export const PUNCTUATION_KEYS = [',', '.', '/', ';', "'", '[', ']', '\\', '-', '=', '`']

function canonicalKey(key: string): string | null {
  if (/^[a-z0-9]$/i.test(key)) return key.toUpperCase()
  if (/^f([1-9]|1\d|2[0-4])$/i.test(key)) return key.toUpperCase()
  if (PUNCTUATION_KEYS.includes(key)) return key
  return NAMED_KEYS.find((k) => k.toLowerCase() === key.toLowerCase()) ?? null
}

/**
 * The hotkey an accelerator names, or null when it is not one ShiftDesk accepts: modifiers then
 * exactly one key, no modifier twice, and at least one modifier other than Shift unless the key
 * is an F-key.
 */
export function parseHotkey(accelerator: string): Hotkey | null {
  const text = accelerator.trim()
  const parts = text.split('+').map((p) => p.trim())
  // "Ctrl++" means Ctrl and the plus key; Electron spells that key "Plus".
  if (text.endsWith('++')) parts.splice(-2, 2, 'Plus')
  if (parts.some((p) => p === '')) return null
  const key = canonicalKey(parts.at(-1) as string)
  if (key === null) return null
  const modifiers = new Set<Modifier>()
  for (const part of parts.slice(0, -1)) {
    const modifier = MODIFIER_NAMES[part.toLowerCase()]
    if (!modifier || modifiers.has(modifier)) return null
    modifiers.add(modifier)
  }
  const isFunctionKey = /^F\d+$/.test(key)
  if (!isFunctionKey && ![...modifiers].some((m) => m !== 'Shift')) return null
  return { modifiers: MODIFIERS.filter((m) => modifiers.has(m)), key }
}

/** The accelerator Electron is given and the settings store: "CommandOrControl+Alt+O". */
export function formatHotkey(hotkey: Hotkey): string {
  return [...hotkey.modifiers, hotkey.key].join('+')
}

/** The canonical spelling of an accelerator, or null when it is not accepted (see parseHotkey). */
export function normalizeHotkey(accelerator: string): string | null {
  const hotkey = parseHotkey(accelerator)
  return hotkey === null ? null : formatHotkey(hotkey)
}

/** Names one physical key has in Electron: both mean the same key to the OS. */
const SAME_KEY: Record<string, string> = { Enter: 'Return', Esc: 'Escape' }

/**
 * The keys a hotkey takes on one platform, so two spellings of the same keys compare equal:
 * CommandOrControl is Command on a Mac and Control elsewhere. Null when it is not accepted.
 */
export function hotkeyKeysOn(accelerator: string, isMac: boolean): string | null {
  const hotkey = parseHotkey(accelerator)
  if (hotkey === null) return null
  const resolved = new Set<Modifier>(hotkey.modifiers.map((m) => (m === 'CommandOrControl' ? (isMac ? 'Command' : 'Control') : m)))
  return formatHotkey({ modifiers: MODIFIERS.filter((m) => resolved.has(m)), key: SAME_KEY[hotkey.key] ?? hotkey.key })
}
