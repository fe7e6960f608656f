// Every setting ShiftDesk keeps, as typed sections behind one service with one change event.
// Each section's store keeps its own storage and format (existing files and rows read as before)
// and reports every save here; whoever reacts to a setting (the hotkey wiring, the idle lock)
// listens to `onChange`, never to a store.
//
// WHERE A SECTION LIVES, the rule:
// - PER-PC, in a file beside the database (preferences.json, backup-settings.json): what belongs
//   to this machine rather than to the shop's data: it must hold before anyone signs in or while
//   the PIN screen shows, it depends on what else is installed here (hotkeys, a hook program),
//   or it must not change when a database is restored or copied (backup retention, the last
//   integrity check). Sections: preferences, presence, stats, hotkeys, backups.
// - TRAVELS WITH THE DATA, in the database: what belongs to the shop's records on this PC and
//   must move with a copied data folder or a restored backup, because other rows depend on it
//   (the reply library's phrase and link rules, who owns the PC and whether it is shared, which
//   decide who may see and change which rows). Sections: replies, sharedPc.
// A new section picks its home by this rule and says which in SETTINGS_HOMES.
import type { LockSettings, Preferences } from '../../../shared/contract'
import type { HotkeyPrefs } from '../../../shared/ipc/hotkeys'
import type { PresencePrefs } from '../../../shared/ipc/presence'
import type { ReplySettings } from '../../../shared/ipc/replies'
import type { StatsSettings } from '../../../shared/ipc/stats'

export type BackupSettingsValues = { retentionDays: number; lastFullCheckAt: number | null }

export type SettingsSections = {
  /** The app's own: language and the last profile (preferences.json). */
  preferences: Pick<Preferences, 'language' | 'lastProfileId'>
  /** Idle limit, warning, presence hotkey and hooks (preferences.json "presence"). */
  presence: PresencePrefs
  /** Pay rates, KPI rules and tally hotkeys (preferences.json "stats"). */
  stats: StatsSettings
  /** Global hotkeys no feature's own section holds: quick capture (preferences.json "hotkeys"). */
  hotkeys: HotkeyPrefs
  /** Backup retention and the last full check (backup-settings.json). */
  backups: BackupSettingsValues
  /** Extra forbidden phrases, link allow-list, quick-search hotkey (database, replies_meta). */
  replies: ReplySettings
  /** Shared-PC lock and the PC's owner (database, shared_pc_settings). */
  sharedPc: LockSettings
}

export type SettingsSection = keyof SettingsSections

export const SETTINGS_HOMES: Record<SettingsSection, 'pc-file' | 'database'> = {
  preferences: 'pc-file',
  presence: 'pc-file',
  stats: 'pc-file',
  hotkeys: 'pc-file',
  backups: 'pc-file',
  replies: 'database',
  sharedPc: 'database',
}

export type SettingsChange = { [S in SettingsSection]: { section: S; value: SettingsSections[S] } }[SettingsSection]

export class SettingsService {
  private readonly readers: { [S in SettingsSection]?: () => SettingsSections[S] } = {}
  private readonly listeners = new Set<(change: SettingsChange) => void>()

  /** A store registers how its section is read, and gets the function it calls after every save. */
  register<S extends SettingsSection>(section: S, read: () => SettingsSections[S]): (value: SettingsSections[S]) => void {
    if (this.readers[section]) throw new Error(`The '${section}' settings section has two stores; each section has exactly one.`)
    this.readers[section] = read as (typeof this.readers)[S]
    return (value) => {
      const change = { section, value } as SettingsChange
      for (const listener of this.listeners) listener(change)
    }
  }

  get<S extends SettingsSection>(section: S): SettingsSections[S] {
    const read = this.readers[section]
    if (!read) throw new Error(`The '${section}' settings section has no store yet (it registers when its service is built).`)
    return read()
  }

  /** The one change event: every saved section, with its new value. */
  onChange(listener: (change: SettingsChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** onChange for one section, typed. */
  onSectionChange<S extends SettingsSection>(section: S, listener: (value: SettingsSections[S]) => void): () => void {
    return this.onChange((change) => {
      if (change.section === section) listener(change.value as SettingsSections[S])
    })
  }
}
