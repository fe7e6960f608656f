// The shop's pay rates, KPI rules and the tally hotkeys, kept per PC in the preferences file:
// they are the shop's rules for whoever works at this PC (day and night agents share them), not
// anybody's private records, and hotkeys depend on what else is installed on the PC.
import { statsSettingsSchema, type StatsSettings } from '../../../shared/ipc/stats'
import type { PreferencesPort } from '../../settings'

export type StatsSettingsPatch = Partial<StatsSettings>

export class StatsSettingsStore {
  private readonly listeners = new Set<(settings: StatsSettings) => void>()

  constructor(private readonly prefs: PreferencesPort) {}

  get(): StatsSettings {
    return statsSettingsSchema.parse(this.prefs.get().stats ?? {})
  }

  update(patch: StatsSettingsPatch): StatsSettings {
    const next = statsSettingsSchema.parse({ ...this.get(), ...patch })
    this.prefs.update({ stats: next })
    for (const listener of this.listeners) listener(next)
    return next
  }

  /** Called after every change (the platform re-registers the global hotkeys). */
  subscribe(listener: (settings: StatsSettings) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
