import { describe, expect, it } from 'vitest'
import { displayHotkey, hotkeyKeysOn, normalizeHotkey, parseHotkey, formatHotkey } from '../../../../src/shared/domain'
import { DEFAULT_PRESENCE_HOTKEY } from '../../../../src/shared/ipc/presence'
import { DEFAULT_QUICK_CAPTURE_HOTKEY } from '../../../../src/shared/ipc/hotkeys'
import { DEFAULT_QUICK_SEARCH_HOTKEY } from '../../../../src/shared/ipc/replies'
import { DEFAULT_STATS_HOTKEYS } from '../../../../src/shared/ipc/stats-hotkeys'

/** Every spelling the three former grammars accepted, and what the one grammar stores for it. */
const ACCEPTED: [string, string][] = [
  // presence (normalizeHotkey)
  ['ctrl+alt+o', 'Control+Alt+O'],
  ['CmdOrCtrl+Shift+F9', 'CommandOrControl+Shift+F9'],
  ['Option+space', 'Alt+Space'],
  ['Ctrl++', 'Control+Plus'],
  ['F8', 'F8'],
  ['CommandOrControl+Alt+num5', 'CommandOrControl+Alt+num5'],
  ['Alt+Shift+/', 'Alt+Shift+/'],
  ['AltGr+Q', 'AltGr+Q'],
  // lock hotkey (parseAccelerator)
  ['CommandOrControl+Alt+L', 'CommandOrControl+Alt+L'],
  ['Alt+F9', 'Alt+F9'],
  ['Ctrl+Alt+L', 'Control+Alt+L'],
  ['cmd+shift+1', 'Command+Shift+1'],
  ['Super+K', 'Super+K'],
  ['Meta+K', 'Super+K'],
  // what the settings screens used to display, typed back into the replies box
  ['Ctrl+Shift+Space', 'Control+Shift+Space'],
  ['Win+K', 'Super+K'],
  ['⌘+Alt+1', 'Command+Alt+1'],
  // modifiers in any order are one spelling
  ['Alt+Ctrl+O', 'Control+Alt+O'],
  ['Shift+CommandOrControl+K', 'CommandOrControl+Shift+K'],
]

describe('the hotkey grammar', () => {
  it('accepts every spelling the former grammars accepted and stores one canonical spelling', () => {
    for (const [text, canonical] of ACCEPTED) expect(normalizeHotkey(text), text).toBe(canonical)
  })

  it('accepts every default the app ships', () => {
    for (const accelerator of [DEFAULT_PRESENCE_HOTKEY, ...Object.values(DEFAULT_STATS_HOTKEYS), 'CommandOrControl+Alt+L', DEFAULT_QUICK_CAPTURE_HOTKEY, DEFAULT_QUICK_SEARCH_HOTKEY]) {
      expect(normalizeHotkey(accelerator), accelerator).toBe(accelerator)
    }
  })

  it('refuses keys that would swallow ordinary typing in every program, and malformed ones', () => {
    for (const bad of ['O', 'Shift+O', 'Ctrl+Alt', 'Ctrl+Ctrl+O', 'Ctrl+Meta+Super+O', 'Ctrl+Alt+OO', 'Hyper+O', 'Ctrl+Alt+O;', '', '  ', '+', 'F25', 'Ctrl+', 'L', 'Shift+L']) {
      expect(normalizeHotkey(bad), bad).toBeNull()
    }
  })

  it('round-trips: parse and format are inverse, and normalising twice changes nothing', () => {
    for (const [, canonical] of ACCEPTED) {
      const parsed = parseHotkey(canonical)
      expect(parsed).not.toBeNull()
      expect(formatHotkey(parsed!)).toBe(canonical)
      expect(normalizeHotkey(canonical)).toBe(canonical)
    }
  })

  it('shows hotkeys as the agent reads them on the PC, and the shown text means the same keys', () => {
    expect(displayHotkey('CommandOrControl+Alt+1')).toBe('Ctrl+Alt+1')
    expect(displayHotkey('CommandOrControl+Alt+1', true)).toBe('⌘+⌥+1')
    expect(displayHotkey('Super+Shift+K')).toBe('Shift+Win+K')
    expect(displayHotkey('')).toBe('')
    for (const isMac of [false, true]) {
      for (const [, canonical] of ACCEPTED) {
        expect(hotkeyKeysOn(displayHotkey(canonical, isMac), isMac), `${canonical} on ${isMac ? 'Mac' : 'PC'}`).toBe(hotkeyKeysOn(canonical, isMac))
      }
    }
  })

  it('knows when two spellings take the same keys on a platform', () => {
    expect(hotkeyKeysOn('CommandOrControl+Alt+O', false)).toBe(hotkeyKeysOn('Alt+Ctrl+O', false))
    expect(hotkeyKeysOn('CommandOrControl+Alt+O', true)).not.toBe(hotkeyKeysOn('Ctrl+Alt+O', true))
    expect(hotkeyKeysOn('CommandOrControl+Alt+O', true)).toBe(hotkeyKeysOn('Cmd+Alt+O', true))
    expect(hotkeyKeysOn('Ctrl+Enter', false)).toBe(hotkeyKeysOn('Ctrl+Return', false))
    expect(hotkeyKeysOn('nonsense', false)).toBeNull()
  })
})
