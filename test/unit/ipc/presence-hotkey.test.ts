import { describe, expect, it } from 'vitest'
import { normalizeHotkey } from '../../../src/shared/ipc/presence-hotkey'

describe('normalizeHotkey', () => {
  it('spells accepted accelerators the canonical way', () => {
    expect(normalizeHotkey('ctrl+alt+o')).toBe('Control+Alt+O')
    expect(normalizeHotkey('CmdOrCtrl+Shift+F9')).toBe('CommandOrControl+Shift+F9')
    expect(normalizeHotkey('Option+space')).toBe('Alt+Space')
    expect(normalizeHotkey('Ctrl++')).toBe('Control+Plus')
    expect(normalizeHotkey('F8')).toBe('F8')
  })

  it('refuses keys that would swallow ordinary typing in every program, and malformed ones', () => {
    for (const bad of ['O', 'Shift+O', 'Ctrl+Alt', 'Ctrl+Ctrl+O', 'Ctrl+Alt+OO', 'Hyper+O', 'Ctrl+Alt+O;', '', '+', 'F25']) {
      expect(normalizeHotkey(bad), bad).toBeNull()
    }
  })
})
