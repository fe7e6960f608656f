// A tree's own hotkey starts it from the tree panel. It needs Ctrl, Alt or the system key (a
// bare key would fire while typing), and may not take Alt+1…Alt+6, which switch sections.
import { matchesAccelerator, parseAccelerator } from '../hotkeys'

const SECTION_KEYS = [1, 2, 3, 4, 5, 6].map((n) => ({ ctrlKey: false, altKey: true, shiftKey: false, metaKey: false, code: `Digit${n}`, key: String(n) }))

export function isUsableTreeHotkey(hotkey: string): boolean {
  const accel = parseAccelerator(hotkey)
  return accel !== null && !SECTION_KEYS.some((press) => matchesAccelerator(press, accel))
}

/** The same key however it is spelt ('ctrl+shift+1', 'CommandOrControl+Shift+1'); null when unusable. */
export function treeHotkeyKey(hotkey: string): string | null {
  const accel = parseAccelerator(hotkey)
  return accel ? `${accel.ctrl}${accel.alt}${accel.shift}${accel.meta}${accel.key}` : null
}
