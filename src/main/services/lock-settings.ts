// The shared-PC lock settings and the PC's owner: one row for the whole PC, whoever is signed in.
// Only the owner may change what holds for everyone (ipc/policy.ts 'pc-owner' channels).
import { DeskError, type LockSettings } from '../../shared/contract'
import type { Db } from '../db/connection'
import type { SettingsService } from './settings/settings-service'

type Row = { enabled: number; idle_lock_minutes: number | null; lock_hotkey: string; owner_id: string | null }
type LockPatch = Partial<Omit<LockSettings, 'pcOwnerId'>>

export class LockSettingsService {
  private readonly notify: (settings: LockSettings) => void

  constructor(
    private readonly db: Db,
    settings: SettingsService,
  ) {
    this.notify = settings.register('sharedPc', () => this.get())
  }

  get(): LockSettings {
    // Without a named owner the oldest profile holds the role, so a PC is never left without one.
    const row = this.db
      .prepare(
        `SELECT enabled, idle_lock_minutes, lock_hotkey, COALESCE(owner_id, (SELECT id FROM profiles ORDER BY created_at, id LIMIT 1)) AS owner_id
         FROM shared_pc_settings WHERE id = 1`,
      )
      .get() as Row
    return { sharedPc: row.enabled === 1, idleLockMinutes: row.idle_lock_minutes, lockHotkey: row.lock_hotkey, pcOwnerId: row.owner_id }
  }

  update(patch: LockPatch): LockSettings {
    const next = { ...this.get(), ...patch }
    this.db
      .prepare('UPDATE shared_pc_settings SET enabled = ?, idle_lock_minutes = ?, lock_hotkey = ? WHERE id = 1')
      .run(next.sharedPc ? 1 : 0, next.idleLockMinutes, next.lockHotkey)
    return this.changed()
  }

  /** Hands the owner role to another existing profile. */
  transferOwner(profileId: string): LockSettings {
    const moved = this.db.prepare('UPDATE shared_pc_settings SET owner_id = ? WHERE id = 1 AND EXISTS (SELECT 1 FROM profiles WHERE id = ?)').run(profileId, profileId)
    if (moved.changes === 0) throw new DeskError('not-found', `No profile ${profileId}.`, { what: 'profile' })
    return this.changed()
  }

  private changed(): LockSettings {
    const saved = this.get()
    this.notify(saved)
    return saved
  }
}
