// Lock hotkeys are written as Electron accelerators ('CommandOrControl+Alt+L'). The same text
// drives the global shortcut in main and the in-window shortcut in the renderer (the only one
// that works where global shortcuts do not, e.g. on Wayland).

export type Accelerator = { ctrl: boolean; alt: boolean; shift: boolean; meta: boolean; key: string }

const MODIFIERS: Record<string, keyof Omit<Accelerator, 'key'>> = {
  commandorcontrol: 'ctrl',
  cmdorctrl: 'ctrl',
  control: 'ctrl',
  ctrl: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
  super: 'meta',
  meta: 'meta',
  command: 'meta',
  cmd: 'meta',
}
const KEY = /^([A-Z0-9]|F([1-9]|1[0-9]|2[0-4]))$/

/** A modifier+key accelerator, or null when it is malformed or has no modifier (a bare key would fire while typing). */
export function parseAccelerator(text: string): Accelerator | null {
  const parts = text.split('+').map((p) => p.trim())
  const key = parts.pop()?.toUpperCase() ?? ''
  if (!KEY.test(key)) return null
  const accel: Accelerator = { ctrl: false, alt: false, shift: false, meta: false, key }
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()]
    if (!modifier || accel[modifier]) return null
    accel[modifier] = true
  }
  return accel.ctrl || accel.alt || accel.meta ? accel : null
}

export type KeyPress = { ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean; code: string; key: string }

/** True when a key press is the accelerator. `code` is used so that Alt+letter works on every layout. */
export function matchesAccelerator(press: KeyPress, accel: Accelerator): boolean {
  const pressed = press.code.startsWith('Key') || press.code.startsWith('Digit') ? press.code.replace(/^(Key|Digit)/, '') : press.key.toUpperCase()
  return (
    pressed === accel.key &&
    press.ctrlKey === accel.ctrl &&
    press.altKey === accel.alt &&
    press.shiftKey === accel.shift &&
    press.metaKey === accel.meta
  )
}
