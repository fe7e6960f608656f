// Keeps the global tally hotkeys registered as the settings say. The registry is Electron's
// globalShortcut in the app (see platform/stats-hotkeys.ts) and a recording double in tests.
import { HOTKEY_ACTIONS, type HotkeyAction } from '../../../shared/ipc/stats-hotkeys'
import type { StatsSettings } from '../../../shared/ipc/stats'
import type { ServiceStats } from './service-stats'

export type ShortcutRegistry = {
  /** False (or a throw) when another program holds the accelerator or the platform refuses it. */
  register(accelerator: string, callback: () => void): boolean
  unregister(accelerator: string): void
}

export function bindStatsHotkeys(stats: ServiceStats, registry: ShortcutRegistry): () => void {
  let held: string[] = []
  const release = () => {
    for (const accelerator of held) registry.unregister(accelerator)
    held = []
  }
  const apply = (settings: StatsSettings) => {
    release()
    const failed: string[] = []
    if (settings.hotkeysEnabled) {
      for (const action of HOTKEY_ACTIONS) {
        const accelerator = settings.hotkeys[action]
        if (accelerator === '') continue
        if (tryRegister(registry, accelerator, () => run(stats, action))) held.push(accelerator)
        else failed.push(accelerator)
      }
    }
    stats.setHotkeyStatus({ available: true, failed })
  }
  apply(stats.settings.get())
  const unsubscribe = stats.settings.subscribe(apply)
  return () => {
    unsubscribe()
    release()
  }
}

function run(stats: ServiceStats, action: HotkeyAction): void {
  if (action === 'undo') stats.undoFromHotkey()
  else stats.tallyFromHotkey(action)
}

function tryRegister(registry: ShortcutRegistry, accelerator: string, callback: () => void): boolean {
  try {
    return registry.register(accelerator, callback)
  } catch {
    return false
  }
}
