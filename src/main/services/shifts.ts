// The shop's shift schedule, kept in SQLite for the whole PC. Presence, stats and handover read
// `schedule()` (cached: it is asked on every presence tick).
import { DeskError, type Shift } from '../../shared/contract'
import type { ShiftDef } from '../../shared/domain/shifts'
import type { Db } from '../db/connection'

type Row = { id: string; name: string; start_time: string; end_time: string }

export class ShiftScheduleService {
  private cached: Shift[] | null = null

  constructor(private readonly db: Db) {}

  /** Every configured shift with its display name ('' means the translated default for day/night). */
  list(): Shift[] {
    this.cached ??= (this.db.prepare('SELECT id, name, start_time, end_time FROM shift_schedule ORDER BY position').all() as Row[]).map((r) => ({
      id: r.id,
      name: r.name,
      start: r.start_time,
      end: r.end_time,
    }))
    return this.cached.map((s) => ({ ...s }))
  }

  /** The schedule as the pure shift functions take it. */
  schedule(): ShiftDef[] {
    return this.list().map(({ id, start, end }) => ({ id, start, end }))
  }

  save(shifts: readonly Shift[]): Shift[] {
    if (shifts.length === 0) throw new DeskError('invalid-input', 'A schedule needs at least one shift.', { fields: 'shifts' })
    for (const s of shifts) {
      if (s.start === s.end) throw new DeskError('invalid-input', `Shift ${s.id} starts and ends at ${s.start}.`, { fields: `shifts.${s.id}` })
    }
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM shift_schedule').run()
      const insert = this.db.prepare('INSERT INTO shift_schedule (id, name, start_time, end_time, position) VALUES (?, ?, ?, ?, ?)')
      shifts.forEach((s, position) => insert.run(s.id, s.name, s.start, s.end, position))
    })()
    this.cached = null
    return this.list()
  }
}
