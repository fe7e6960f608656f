// The global hotkeys no other feature's settings hold (today: quick capture), kept per PC in the
// preferences file: which keys are free depends on what else is installed on the PC.
import { hotkeyPrefsSchema, type HotkeyPrefs } from '../../../shared/ipc/hotkeys'
import type { PreferencesPort } from '../../settings'
import type { SettingsService } from '../settings/settings-service'

export class HotkeySettingsStore {
  private readonly changed: (settings: HotkeyPrefs) => void

  constructor(
    private readonly prefs: PreferencesPort,
    settings: SettingsService,
  ) {
    this.changed = settings.register('hotkeys', () => this.get())
  }

  get(): HotkeyPrefs {
    return hotkeyPrefsSchema.parse(this.prefs.get().hotkeys ?? {})
  }

  update(patch: Partial<HotkeyPrefs>): HotkeyPrefs {
    const next = hotkeyPrefsSchema.parse({ ...this.get(), ...patch })
    this.prefs.update({ hotkeys: next })
    this.changed(next)
    return next
  }
}
