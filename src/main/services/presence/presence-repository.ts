// Presence's rows in SQLite: the log, one row per change per profile (append-only, through this
// repository's WriteSeam), and the heartbeat that dates the last sign of life of an online
// session (so a power cut does not count as hours online). The heartbeat is PC-local and beats
// every few seconds, so it stays outside the seam: nothing about it ever leaves the PC.
import type { PresenceChange } from '../../../shared/domain'
import type { Db } from '../../db/connection'
import { WriteSeam } from '../../db/write-seam'

type ChangeRow = { status: PresenceChange['status']; reason: PresenceChange['reason']; at: number; away_ms: number | null }

function toChange(row: ChangeRow): PresenceChange {
  return row.away_ms === null ? { status: row.status, reason: row.reason, at: row.at } : { status: row.status, reason: row.reason, at: row.at, awayMs: row.away_ms }
}

export class PresenceRepository {
  /** The write seam: observe it to hear of every committed change to the presence log. */
  readonly seam: WriteSeam

  constructor(private readonly db: Db) {
    this.seam = new WriteSeam(db)
  }

  append(id: string, profileId: string, change: PresenceChange): void {
    this.seam.write((record) => {
      this.db
        .prepare('INSERT INTO presence_changes (id, profile_id, at, status, reason, away_ms) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, profileId, change.at, change.status, change.reason, change.awayMs === undefined ? null : Math.round(change.awayMs))
      record({ table: 'presence_changes', id, op: 'insert' })
    })
  }

  /** The latest change at or before `at`, or null. */
  lastAtOrBefore(profileId: string, at: number): PresenceChange | null {
    const row = this.db
      .prepare('SELECT status, reason, at, away_ms FROM presence_changes WHERE profile_id = ? AND at <= ? ORDER BY at DESC, rowid DESC LIMIT 1')
      .get(profileId, at) as ChangeRow | undefined
    return row ? toChange(row) : null
  }

  /**
   * What the timeline of [from, to) needs: the change in force at `from` (the last one before
   * it) and every change inside, in order.
   */
  changesFor(profileId: string, from: number, to: number): { before: PresenceChange | null; inside: PresenceChange[] } {
    const before = this.db
      .prepare('SELECT status, reason, at, away_ms FROM presence_changes WHERE profile_id = ? AND at < ? ORDER BY at DESC, rowid DESC LIMIT 1')
      .get(profileId, from) as ChangeRow | undefined
    const inside = this.db
      .prepare('SELECT status, reason, at, away_ms FROM presence_changes WHERE profile_id = ? AND at >= ? AND at < ? ORDER BY at, rowid')
      .all(profileId, from, to) as ChangeRow[]
    return { before: before ? toChange(before) : null, inside: inside.map(toChange) }
  }

  beat(profileId: string, at: number): void {
    this.db
      .prepare('INSERT INTO presence_heartbeats (profile_id, at) VALUES (?, ?) ON CONFLICT (profile_id) DO UPDATE SET at = excluded.at')
      .run(profileId, at)
  }

  lastBeat(profileId: string): number | null {
    return (this.db.prepare('SELECT at FROM presence_heartbeats WHERE profile_id = ?').pluck().get(profileId) as number | undefined) ?? null
  }
}
