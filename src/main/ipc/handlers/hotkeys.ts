import type { HotkeyBoard } from '../../services/hotkeys/hotkey-board'
import type { HotkeySettingsStore } from '../../services/hotkeys/hotkey-settings'
import type { HandlerMap } from '../types'

type HotkeyHandlers = Pick<HandlerMap, 'hotkeys:list' | 'hotkeys:update'>

/** Only the services these channels call. */
export type HotkeyHandlerDeps = { hotkeyBoard: Pick<HotkeyBoard, 'get'>; hotkeySettings: Pick<HotkeySettingsStore, 'update'> }

export function hotkeyHandlers(s: HotkeyHandlerDeps): HotkeyHandlers {
  return {
    'hotkeys:list': () => s.hotkeyBoard.get(),
    'hotkeys:update': (patch) => s.hotkeySettings.update(patch),
  }
}
