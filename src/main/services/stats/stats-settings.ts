// The shop's pay rates, KPI rules and the tally hotkeys, kept per PC in the preferences file:
// they are the shop's rules for whoever works at this PC (day and night agents share them), not
// anybody's private records, and hotkeys depend on what else is installed on the PC.
import { statsSettingsSchema, type StatsSettings } from '../../../shared/ipc/stats'
import type { PreferencesPort } from '../../settings'
import type { SettingsService } from '../settings/settings-service'

export type StatsSettingsPatch = Partial<StatsSettings>

export class StatsSettingsStore {
  private readonly changed: (settings: StatsSettings) => void

  constructor(
    private readonly prefs: PreferencesPort,
    settings: SettingsService,
  ) {
    this.changed = settings.register('stats', () => this.get())
  }

  get(): StatsSettings {
    return statsSettingsSchema.parse(this.prefs.get().stats ?? {})
  }

  update(patch: StatsSettingsPatch): StatsSettings {
    const next = statsSettingsSchema.parse({ ...this.get(), ...patch })
    this.prefs.update({ stats: next })
    this.changed(next)
    return next
  }
}
