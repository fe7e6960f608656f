// Presence settings (idle limit, warning, hotkey, hooks) are kept per PC in the preferences
// file, not per profile: the idle limit guards an account left online on THIS machine (a home
// PC, an internet café, the shop's shared PC differ, the agent does not), it must hold before
// anyone signs in or while the PIN screen shows, the hotkey is registered with this PC's OS and
// a hook runs a program from this PC's disk. architecture.md puts the idle limit there too.
import type { PresenceSettingsErrorReason } from '../../../shared/ipc/presence'
import type { Language } from '../../../shared/contract'
import type { PresenceSettings } from '../../../shared/domain'
import { presencePrefsSchema, type PresencePrefs, type presenceSettingsPatchSchema } from '../../../shared/ipc/presence'
import { DeskError } from '../../../shared/contract'
import type { PreferencesPort } from '../../settings'
import type { SettingsService } from '../settings/settings-service'
import type { PresenceHookRunner } from './hook-runner'
import type { z } from 'zod'

export type PresenceSettingsPatch = z.output<typeof presenceSettingsPatchSchema>

export class PresenceSettingsStore {
  // The preferences file is read from disk on every get(); the idle check runs every 5 s.
  private current: PresencePrefs
  private readonly changed: (settings: PresencePrefs) => void

  constructor(
    private readonly prefs: PreferencesPort,
    private readonly hooks: PresenceHookRunner,
    settings: SettingsService,
  ) {
    this.current = presencePrefsSchema.parse(prefs.get().presence ?? {})
    this.changed = settings.register('presence', () => this.get())
  }

  get(): PresencePrefs {
    return this.current
  }

  /** What the policy needs. A warning that would start at once (a hand-edited file) is dropped. */
  policy(): PresenceSettings {
    const idleLimitSeconds = this.current.idleLimitMinutes * 60
    const warnBeforeSeconds = this.current.warnBeforeSeconds < idleLimitSeconds ? this.current.warnBeforeSeconds : 0
    return { idleLimitSeconds, warnBeforeSeconds }
  }

  language(): Language {
    return this.prefs.get().language
  }

  update(patch: PresenceSettingsPatch): PresencePrefs {
    const next: PresencePrefs = { ...this.current, ...patch }
    if (next.warnBeforeSeconds >= next.idleLimitMinutes * 60) {
      throw new DeskError('invalid-input', 'The warning must come before the idle limit.', { fields: 'warnBeforeSeconds', reason: 'warn-too-long' satisfies PresenceSettingsErrorReason })
    }
    // Only hooks being saved are checked: a program removed since must not block the idle limit.
    if (patch.hooks) this.hooks.validate(next.hooks)
    this.current = this.prefs.update({ presence: next }).presence ?? next
    this.changed(this.current)
    return this.current
  }
}
