// Global hotkeys for tallying from inside the chat client. Stored as Electron accelerators
// ('CommandOrControl+Alt+1'). The defaults use Ctrl+Alt+digit, which Qianniu/Wangwang and the
// usual Chinese input methods leave alone (they use Ctrl+Alt+A/Z, Ctrl+Shift+letters, Alt+S).
import type { TallyOutcome } from '../domain/stats'

export const HOTKEY_ACTIONS = ['effective', 'not-effective', 'converted', 'thanked', 'transferred', 'undo'] as const satisfies readonly (TallyOutcome | 'undo')[]
export type HotkeyAction = (typeof HOTKEY_ACTIONS)[number]

export const DEFAULT_STATS_HOTKEYS: Record<HotkeyAction, string> = {
  effective: 'CommandOrControl+Alt+1',
  'not-effective': 'CommandOrControl+Alt+2',
  converted: 'CommandOrControl+Alt+3',
  thanked: 'CommandOrControl+Alt+4',
  transferred: 'CommandOrControl+Alt+5',
  undo: 'CommandOrControl+Alt+0',
}
