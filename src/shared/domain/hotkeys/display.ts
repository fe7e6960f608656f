// How a stored accelerator reads to the agent on this PC. The result parses back to the same
// keys (see hotkeyKeysOn), so a displayed hotkey pasted into a setting still works.
import { parseHotkey, type Modifier } from './grammar'

const MODIFIER_LABELS: Record<Modifier, { mac: string; other: string }> = {
  CommandOrControl: { mac: '⌘', other: 'Ctrl' },
  Command: { mac: '⌘', other: '⌘' },
  Control: { mac: 'Ctrl', other: 'Ctrl' },
  Alt: { mac: '⌥', other: 'Alt' },
  AltGr: { mac: 'AltGr', other: 'AltGr' },
  Shift: { mac: 'Shift', other: 'Shift' },
  Super: { mac: 'Win', other: 'Win' },
}

/** 'CommandOrControl+Alt+1' as the agent reads it: 'Ctrl+Alt+1' (or '⌘+⌥+1' on a Mac); '' stays ''. */
export function displayHotkey(accelerator: string, isMac = false): string {
  const hotkey = parseHotkey(accelerator)
  if (hotkey === null) return accelerator
  return [...hotkey.modifiers.map((m) => MODIFIER_LABELS[m][isMac ? 'mac' : 'other']), hotkey.key].join('+')
}
