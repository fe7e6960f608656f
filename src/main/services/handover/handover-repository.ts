// The handover log's rows in SQLite: the queries on handover_records, handover_items and
// handover_events that the service runs, and every write, through this repository's WriteSeam
// and stamped with the profile that made it. Items are never deleted once handed over; only a
// draft, which never left its author's PC, may be.
import type { HandoverItem } from '../../../shared/contract'
import type { HandoverShiftStatus } from '../../../shared/ipc/lead'
import type { Db } from '../../db/connection'
import { WriteSeam } from '../../db/write-seam'
import { ITEM_SELECT, RECORD_SELECT, toItems, type ItemRow, type RecordRow } from './handover-rows'

/** Who writes and when: `by` is a profile id. */
export type Stamp = { by: string; at: number }

/** The fields an agent writes on an item, by column. */
export type ItemFields = {
  customer: string
  order_no: string
  situation: string
  next_step: string
  urgency: ItemRow['urgency']
  due_at: number | null
  promised: string
}

export type NewEvent = {
  id: string
  itemId: string
  kind: HandoverItem['history'][number]['kind']
  actorId: string
  recordId: string | null
  shiftId: string
  shiftDate: string
  note: string
  at: number
}

export class HandoverRepository {
  /** The write seam: observe it to hear of every committed change to the handover log. */
  readonly seam: WriteSeam

  constructor(private readonly db: Db) {
    this.seam = new WriteSeam(db)
  }

  /** One transaction around several writes (and the caller's own work, such as the index). */
  transaction<T>(work: () => T): T {
    return this.seam.write(() => work())
  }

  // ---- reads ----

  item(id: string): ItemRow | undefined {
    return this.db.prepare(`${ITEM_SELECT} WHERE i.id = ?`).get(id) as ItemRow | undefined
  }

  items(where: string, params: unknown[]): ItemRow[] {
    return this.db.prepare(`${ITEM_SELECT} ${where}`).all(...params) as ItemRow[]
  }

  /**
   * Handed-over items per shift they were handed over in, for shifts dated fromDay..toDay: still
   * waiting, taken, done, and overdue (not done, past due by `now`). A record outside every shift
   * is dated by its submission on this PC's clock.
   */
  statusPerShift(fromDay: string, toDay: string, now: number): HandoverShiftStatus[] {
    return this.db
      .prepare(
        `SELECT r.shift_id AS shiftId, coalesce(nullif(r.shift_date, ''), date(r.submitted_at / 1000, 'unixepoch', 'localtime')) AS shiftDate,
           sum(i.state = 'awaiting') AS open, sum(i.state = 'held') AS taken,
           sum(i.state IN ('awaiting', 'held') AND i.due_at <= @now) AS overdue, sum(i.state = 'done') AS done
         FROM handover_items i JOIN handover_records r ON r.id = i.handed_over_in
         WHERE i.state <> 'draft' AND shiftDate BETWEEN @fromDay AND @toDay
         GROUP BY r.shift_id, shiftDate ORDER BY shiftDate, r.shift_id`,
      )
      .all({ fromDay, toDay, now }) as HandoverShiftStatus[]
  }

  /** Items as `viewerId` sees them, with their history. */
  present(rows: readonly ItemRow[], viewerId: string): HandoverItem[] {
    return toItems(this.db, rows, viewerId)
  }

  record(id: string): RecordRow {
    return this.db.prepare(`${RECORD_SELECT} WHERE r.id = ?`).get(id) as RecordRow
  }

  records(where: string, params: Record<string, unknown> | unknown[]): RecordRow[] {
    const statement = this.db.prepare(`${RECORD_SELECT} ${where}`)
    return (Array.isArray(params) ? statement.all(...params) : statement.all(params)) as RecordRow[]
  }

  openRecord(authorId: string): RecordRow | null {
    return this.records('WHERE r.author_id = ? AND r.submitted_at IS NULL', [authorId])[0] ?? null
  }

  /** The log's items: `where` and `order` over ITEM_SELECT's alias `i`, with named parameters. */
  logItems(where: string, params: Record<string, unknown>): ItemRow[] {
    return this.db.prepare(`${ITEM_SELECT} WHERE ${where}`).all(params) as ItemRow[]
  }

  /** The agent's draft items and the items they hold: what a submit hands on. */
  passing(recordId: string, holderId: string): string[] {
    return this.db
      .prepare(`SELECT id FROM handover_items WHERE (record_id = ? AND state = 'draft') OR (state = 'held' AND holder_id = ?) ORDER BY created_at, rowid`)
      .pluck()
      .all(recordId, holderId) as string[]
  }

  notes(itemId: string): string[] {
    return this.db.prepare(`SELECT note FROM handover_events WHERE item_id = ? AND kind = 'note' ORDER BY at, rowid`).pluck().all(itemId) as string[]
  }

  /** Steps of these items that the team recorded and no shift on this PC is named for yet. */
  undatedTeamSteps(itemIds: readonly string[]): { id: string; kind: string; at: number }[] {
    return this.db
      .prepare("SELECT id, kind, at FROM handover_events WHERE from_team = 1 AND shift_id = '' AND shift_date = '' AND item_id IN (SELECT value FROM json_each(?))")
      .all(JSON.stringify(itemIds)) as { id: string; kind: string; at: number }[]
  }

  // ---- writes ----

  /** Forgets the steps this PC recorded for a handed-over item that the team has not confirmed (its draft's 'written' stays: the team has no such step). */
  dropUnconfirmedSteps(itemId: string): void {
    this.seam.write((record) => {
      const gone = this.db.prepare("DELETE FROM handover_events WHERE item_id = ? AND from_team = 0 AND kind NOT IN ('written', 'note') RETURNING id").pluck().all(itemId) as string[]
      for (const id of gone) record({ table: 'handover_events', id, op: 'delete' })
    })
  }

  /** Names the shift a step from another PC fell in (local bookkeeping: it never uploads). */
  dateStep(eventId: string, shiftId: string, shiftDate: string): void {
    this.seam.write((record) => {
      this.db.prepare('UPDATE handover_events SET shift_id = ?, shift_date = ? WHERE id = ?').run(shiftId, shiftDate, eventId)
      record({ table: 'handover_events', id: eventId, op: 'update' })
    })
  }

  createRecord(id: string, shiftId: string, shiftDate: string, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db
        .prepare('INSERT INTO handover_records (id, author_id, shift_id, shift_date, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, stamp.by, shiftId, shiftDate, stamp.at, stamp.at, stamp.by)
      record({ table: 'handover_records', id, op: 'insert' })
    })
  }

  saveNotes(recordId: string, notes: { notes: string; cashCents: number | null; itemCount: number | null }, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db
        .prepare('UPDATE handover_records SET notes = ?, cash_cents = ?, item_count = ?, updated_at = ?, updated_by = ? WHERE id = ?')
        .run(notes.notes, notes.cashCents, notes.itemCount, stamp.at, stamp.by, recordId)
      record({ table: 'handover_records', id: recordId, op: 'update' })
    })
  }

  submitRecord(recordId: string, shiftId: string, shiftDate: string, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db
        .prepare('UPDATE handover_records SET submitted_at = ?, updated_at = ?, updated_by = ?, shift_id = ?, shift_date = ? WHERE id = ?')
        .run(stamp.at, stamp.at, stamp.by, shiftId, shiftDate, recordId)
      record({ table: 'handover_records', id: recordId, op: 'update' })
    })
  }

  insertDraftItem(id: string, recordId: string, fields: ItemFields, stamp: Stamp): void {
    this.seam.write((record) => {
      this.db
        .prepare(
          `INSERT INTO handover_items (id, record_id, author_id, customer, order_no, situation, next_step, urgency, due_at, promised, state, created_at, updated_at, updated_by)
           VALUES (@id, @recordId, @by, @customer, @order_no, @situation, @next_step, @urgency, @due_at, @promised, 'draft', @at, @at, @by)`,
        )
        .run({ id, recordId, ...fields, ...stamp })
      record({ table: 'handover_items', id, op: 'insert' })
    })
  }

  /** Sets the given columns of an item (names from ItemFields only) and stamps it. */
  updateItem(id: string, fields: Partial<ItemFields>, stamp: Stamp): void {
    this.setItem(id, fields, stamp)
  }

  /** A draft never left its author's PC, so it may go for good. */
  deleteDraftItem(id: string): void {
    this.seam.write((record) => {
      const deleted = this.db.prepare("DELETE FROM handover_items WHERE id = ? AND state = 'draft'").run(id)
      if (deleted.changes > 0) this.db.prepare('DELETE FROM handover_events WHERE item_id = ?').run(id)
      record({ table: 'handover_items', id, op: 'delete' })
    })
  }

  handOver(id: string, recordId: string, stamp: Stamp): void {
    this.setItem(id, { state: 'awaiting', holder_id: null, handed_over_by: stamp.by, handed_over_in: recordId }, stamp)
  }

  take(id: string, stamp: Stamp): void {
    this.setItem(id, { state: 'held', holder_id: stamp.by }, stamp)
  }

  /** A note changes the item's story, not its fields. */
  touch(id: string, stamp: Stamp): void {
    this.setItem(id, {}, stamp)
  }

  complete(id: string, resolution: string, stamp: Stamp): void {
    this.setItem(id, { state: 'done', resolution, done_at: stamp.at }, stamp)
  }

  addEvent(event: NewEvent): void {
    this.seam.write((record) => {
      this.db
        .prepare('INSERT INTO handover_events (id, item_id, kind, actor_id, record_id, shift_id, shift_date, note, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(event.id, event.itemId, event.kind, event.actorId, event.recordId, event.shiftId, event.shiftDate, event.note, event.at)
      record({ table: 'handover_events', id: event.id, op: 'insert' })
    })
  }

  private setItem(id: string, columns: Record<string, unknown>, stamp: Stamp): void {
    this.seam.write((record) => {
      const names = Object.keys(columns).filter((name) => ITEM_COLUMNS.has(name))
      const sets = [...names.map((name) => `${name} = @${name}`), 'updated_at = @at', 'updated_by = @by'].join(', ')
      this.db.prepare(`UPDATE handover_items SET ${sets} WHERE id = @id`).run({ ...columns, ...stamp, id })
      record({ table: 'handover_items', id, op: 'update' })
    })
  }
}

/** The columns setItem may name: its SQL is built from these and nothing else. */
const ITEM_COLUMNS = new Set(['customer', 'order_no', 'situation', 'next_step', 'urgency', 'due_at', 'promised', 'state', 'holder_id', 'handed_over_by', 'handed_over_in', 'resolution', 'done_at'])
