// The global hotkeys no other feature's settings hold (today: quick capture), kept per PC in the
// preferences file: which keys are free depends on what else is installed on the PC.
import { hotkeyPrefsSchema, type HotkeyPrefs } from '../../../shared/ipc/hotkeys'
import type { PreferencesPort } from '../../settings'

export class HotkeySettingsStore {
  private readonly listeners = new Set<(settings: HotkeyPrefs) => void>()

  constructor(private readonly prefs: PreferencesPort) {}

  get(): HotkeyPrefs {
    return hotkeyPrefsSchema.parse(this.prefs.get().hotkeys ?? {})
  }

  update(patch: Partial<HotkeyPrefs>): HotkeyPrefs {
    const next = hotkeyPrefsSchema.parse({ ...this.get(), ...patch })
    this.prefs.update({ hotkeys: next })
    for (const listener of this.listeners) listener(next)
    return next
  }

  /** Called after every change (the hotkey wiring re-binds). */
  subscribe(listener: (settings: HotkeyPrefs) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
