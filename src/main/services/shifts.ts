// The shop's shift schedule, kept in SQLite for the whole PC (its rows: shift-repository.ts).
// Presence, stats and handover read `schedule()` (cached: it is asked on every presence tick).
import { DeskError, type Shift } from '../../shared/contract'
import type { ShiftDef } from '../../shared/domain/shifts'
import type { Db } from '../db/connection'
import type { ShiftDraft } from '../../shared/ipc/shifts'
import type { Clock, IdSource } from './clock'
import type { EventHub } from './events'
import { ShiftRepository } from './shift-repository'

type Deps = { clock: Clock; newId: IdSource; events: EventHub; session: { current(): { id: string } | null } }

export class ShiftScheduleService {
  private cached: Shift[] | null = null
  /** The schedule's rows; their write seam is where a sync layer listens. */
  readonly rows: ShiftRepository

  constructor(
    db: Db,
    private readonly deps: Deps,
  ) {
    this.rows = new ShiftRepository(db)
  }

  /** Every configured shift with its display name ('' means the translated default for day/night). */
  list(): Shift[] {
    this.cached ??= this.rows.list()
    return this.cached.map((s) => ({ ...s }))
  }

  /** The schedule as the pure shift functions take it. */
  schedule(): ShiftDef[] {
    return this.list().map(({ id, start, end }) => ({ id, start, end }))
  }

  /**
   * A shift the editor added has no id yet: it gets a UUID v7 from the IdSource, like other rows.
   * An id this PC never had is treated the same way: a caller names shifts, it never mints ids.
   */
  save(drafts: readonly ShiftDraft[]): Shift[] {
    const known = this.rows.ids()
    const shifts: Shift[] = drafts.map((s) => ({ ...s, id: s.id !== undefined && known.has(s.id) ? s.id : this.deps.newId() }))
    if (shifts.length === 0) throw new DeskError('invalid-input', 'A schedule needs at least one shift.', { fields: 'shifts' })
    for (const s of shifts) {
      if (s.start === s.end) throw new DeskError('invalid-input', `Shift ${s.id} starts and ends at ${s.start}.`, { fields: `shifts.${s.id}` })
    }
    this.rows.replace(shifts, { by: this.deps.session.current()?.id ?? null, at: this.deps.clock.now() })
    this.changed()
    return this.list()
  }

  /** Shifts sync wrote (a lead changed the schedule on another PC): presence, stats and the windows read the new one. */
  syncArrived(ids: readonly string[]): void {
    if (ids.length > 0) this.changed()
  }

  private changed(): void {
    this.cached = null
    this.deps.events.emit('shifts:changed', {})
  }
}
