// Hotkeys: one grammar to parse, normalise, display, record and match Electron accelerators.
export { formatHotkey, hotkeyKeysOn, MODIFIERS, normalizeHotkey, parseHotkey, type Hotkey, type Modifier } from './grammar'
export { displayHotkey } from './display'
export { keyOfPress, matchesAccelerator, parseAccelerator, recordHotkey, type Accelerator, type KeyPress, type Recorded } from './key-press'
