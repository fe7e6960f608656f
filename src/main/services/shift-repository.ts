// The shop's shift schedule in SQLite. A save changes the shifts that changed, tombstones the
// ones that were removed (deleted_at) and adds the new ones, all through this repository's
// WriteSeam, so a sync sees exactly what the lead changed.
import type { Shift } from '../../shared/contract'
import type { Db } from '../db/connection'
import { WriteSeam } from '../db/write-seam'

type Row = { id: string; name: string; start_time: string; end_time: string; position: number; deleted_at: number | null }

const TABLE = 'shift_schedule'

export class ShiftRepository {
  /** The write seam: observe it to hear of every committed change to the schedule. */
  readonly seam: WriteSeam

  constructor(private readonly db: Db) {
    this.seam = new WriteSeam(db)
  }

  /** The shifts in force, in list order. */
  list(): Shift[] {
    const rows = this.db.prepare('SELECT id, name, start_time, end_time FROM shift_schedule WHERE deleted_at IS NULL ORDER BY position').all() as Row[]
    return rows.map((r) => ({ id: r.id, name: r.name, start: r.start_time, end: r.end_time }))
  }

  /** Every shift id this PC has had, removed ones too (a removed shift may come back under its id). */
  ids(): Set<string> {
    return new Set(this.db.prepare('SELECT id FROM shift_schedule').pluck().all() as string[])
  }

  /** Makes `shifts` the schedule: `by` is the profile id of who saved it (null if unknown). */
  replace(shifts: readonly Shift[], stamp: { by: string | null; at: number }): void {
    this.seam.write((record) => {
      const stored = new Map((this.db.prepare('SELECT * FROM shift_schedule').all() as Row[]).map((row) => [row.id, row]))
      const kept = new Set(shifts.map((s) => s.id))
      for (const row of stored.values()) {
        if (row.deleted_at !== null || kept.has(row.id)) continue
        this.db.prepare('UPDATE shift_schedule SET deleted_at = @at, updated_at = @at, updated_by = @by WHERE id = @id').run({ id: row.id, ...stamp })
        record({ table: TABLE, id: row.id, op: 'tombstone' })
      }
      shifts.forEach((shift, position) => {
        const row = stored.get(shift.id)
        const values = { id: shift.id, name: shift.name, start: shift.start, end: shift.end, position, ...stamp }
        if (!row) {
          this.db
            .prepare(
              `INSERT INTO shift_schedule (id, name, start_time, end_time, position, created_at, updated_at, updated_by)
               VALUES (@id, @name, @start, @end, @position, @at, @at, @by)`,
            )
            .run(values)
          record({ table: TABLE, id: shift.id, op: 'insert' })
          return
        }
        const same = row.deleted_at === null && row.name === shift.name && row.start_time === shift.start && row.end_time === shift.end && row.position === position
        if (same) return
        this.db
          .prepare(
            `UPDATE shift_schedule SET name = @name, start_time = @start, end_time = @end, position = @position, deleted_at = NULL,
               updated_at = @at, updated_by = @by WHERE id = @id`,
          )
          .run(values)
        record({ table: TABLE, id: shift.id, op: row.deleted_at === null ? 'update' : 'restore' })
      })
    })
  }
}
