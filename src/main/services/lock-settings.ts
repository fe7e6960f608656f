// The shared-PC lock settings: one row for the whole PC, whoever is signed in.
import type { LockSettings } from '../../shared/contract'
import type { Db } from '../db/connection'

type Row = { enabled: number; idle_lock_minutes: number | null; lock_hotkey: string }

export class LockSettingsService {
  private readonly listeners = new Set<(settings: LockSettings) => void>()

  constructor(private readonly db: Db) {}

  get(): LockSettings {
    const row = this.db.prepare('SELECT enabled, idle_lock_minutes, lock_hotkey FROM shared_pc_settings WHERE id = 1').get() as Row
    return { sharedPc: row.enabled === 1, idleLockMinutes: row.idle_lock_minutes, lockHotkey: row.lock_hotkey }
  }

  update(patch: Partial<LockSettings>): LockSettings {
    const next = { ...this.get(), ...patch }
    this.db
      .prepare('UPDATE shared_pc_settings SET enabled = ?, idle_lock_minutes = ?, lock_hotkey = ? WHERE id = 1')
      .run(next.sharedPc ? 1 : 0, next.idleLockMinutes, next.lockHotkey)
    const saved = this.get()
    for (const listener of this.listeners) listener(saved)
    return saved
  }

  /** The platform layer re-registers the global hotkey when it changes. */
  onChange(listener: (settings: LockSettings) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
