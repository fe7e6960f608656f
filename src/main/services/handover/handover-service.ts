// The shift handover log (交接记录本). The outgoing agent writes items into their open record
// and submits it; everything it holds goes to the next shift, which must take each item over
// ("我来跟进") and carries it from shift to shift until it is done with a resolution. Submitted
// items are shared by every profile; an open record and its items are its author's alone.
import type { HandoverErrorReason } from '../../../shared/ipc/handover'
import { DeskError, type HandoverBoard, type HandoverItem, type HandoverRecord } from '../../../shared/contract'
import { compareForTakeOver } from '../../../shared/domain/handover'
import { indexFindsEverySubstring, indexMatchIsSubstring } from '../../../shared/domain/search'
import { incomingShift, outgoingShift, resolveShifts, type ShiftInstance } from '../../../shared/domain/shifts'
import type { z } from 'zod'
import type { handoverChannels } from '../../../shared/ipc/handover'
import type { Db } from '../../db/connection'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import type { SyncRefusal } from '../sync/sync-port'
import type { ShiftScheduleService } from '../shifts'
import { toRecord, type ItemRow, type RecordRow } from './handover-rows'
import { HandoverRepository, type ItemFields } from './handover-repository'
import type { NotebookIndex } from '../search/notebook-index'
import { handoverSearchDoc } from './handover-search'

type ItemInput = z.output<(typeof handoverChannels)['handover:saveItem']['input']>
type NotesInput = z.output<(typeof handoverChannels)['handover:saveNotes']['input']>
type LogInput = z.output<(typeof handoverChannels)['handover:log']['input']>
type EventKind = HandoverItem['history'][number]['kind']

type Signed = { requireProfileId(): string }

const FIELD_COLUMNS = { customer: 'customer', orderNo: 'order_no', situation: 'situation', nextStep: 'next_step', urgency: 'urgency', dueAt: 'due_at', promised: 'promised' } as const
type Field = keyof typeof FIELD_COLUMNS

export class HandoverService {
  /** The handover log's rows; their write seam is where a sync layer listens. */
  readonly rows: HandoverRepository

  /** Per profile, the shifts it put the take-over off in (PC-local, forgotten on restart: the screen then asks again). */
  private readonly putOffFor = new Map<string, string>()

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly newId: IdSource,
    private readonly session: Signed,
    private readonly shifts: Pick<ShiftScheduleService, 'schedule'>,
    private readonly index: NotebookIndex,
    private readonly events: Pick<EventHub, 'emit'>,
  ) {
    this.rows = new HandoverRepository(db)
  }

  board(): HandoverBoard {
    const me = this.session.requireProfileId()
    const draft = this.rows.openRecord(me)
    const byTakeOver = (a: HandoverItem, b: HandoverItem) => compareForTakeOver(a, b)
    const awaiting = this.items(`WHERE i.state = 'awaiting'`, [], me).sort(byTakeOver)
    const held = this.items(`WHERE i.state = 'held'`, [], me).sort(byTakeOver)
    return {
      shift: this.shiftTag('outgoing'),
      draft: draft && toRecord(draft),
      draftItems: draft ? this.items(`WHERE i.record_id = ? AND i.state = 'draft' ORDER BY i.created_at, i.rowid`, [draft.id], me) : [],
      toTakeOver: awaiting.filter((i) => !i.handedOverByMe),
      waitingForNextShift: awaiting.filter((i) => i.handedOverByMe),
      mine: held.filter((i) => i.heldByMe),
      heldByOthers: held.filter((i) => !i.heldByMe),
      lastHandover: this.lastHandoverBySomeoneElse(me),
      mySubmission: this.submittedFor(me, this.shiftTag('outgoing')),
      takeOverGate: this.takeOverGate(me, awaiting.filter((i) => !i.handedOverByMe)),
    }
  }

  /** "稍后处理": the take-over screen stays away until the running shifts change; not while an urgent item waits. */
  putOffTakeOver(): HandoverBoard {
    const board = this.board()
    if (!board.takeOverGate.canPutOff) return board
    this.putOffFor.set(this.session.requireProfileId(), this.shiftsNow())
    return this.board()
  }

  /** The take-over rule, on main's clock and schedule: urgent items always hold the screen; others until put off for this shift. */
  private takeOverGate(me: string, pending: readonly HandoverItem[]): HandoverBoard['takeOverGate'] {
    const urgent = pending.some((i) => i.urgency === 'urgent')
    return { show: pending.length > 0 && (urgent || this.putOffFor.get(me) !== this.shiftsNow()), canPutOff: !urgent }
  }

  /** The shifts running now: a put-off lasts until this changes. */
  private shiftsNow(): string {
    return resolveShifts(this.shifts.schedule(), new Date(this.clock.now()))
      .map((s) => `${s.shiftId}@${s.date}`)
      .join('|')
  }

  /** How many urgent items wait for the signed-in agent to take them over (the presence gate asks). */
  urgentToTakeOver(): number {
    const me = this.session.requireProfileId()
    return this.items(`WHERE i.state = 'awaiting' AND i.urgency = 'urgent'`, [], me).filter((i) => !i.handedOverByMe).length
  }

  item(id: string): HandoverItem {
    const me = this.session.requireProfileId()
    return this.present(this.visibleRow(id, me), me)
  }

  /** A new item goes into the agent's open record; an existing one may be edited by its author while a draft, by its holder after take-over. */
  saveItem(input: ItemInput): HandoverItem {
    const me = this.session.requireProfileId()
    const now = this.clock.now()
    const { id, ...fields } = input
    return this.rows.transaction(() => {
      if (id === undefined) {
        const record = this.rows.openRecord(me) ?? this.createRecord(me, now)
        const itemId = this.newId()
        this.rows.insertDraftItem(itemId, record.id, itemColumns(fields), { by: me, at: now })
        this.addEvent(itemId, 'written', me, record.id, '', now, 'outgoing')
        return this.saved(itemId, me)
      }
      const row = this.visibleRow(id, me)
      const mayEdit = (row.state === 'draft' && row.author_id === me) || (row.state === 'held' && row.holder_id === me)
      if (!mayEdit) throw this.notYours(row, 'edit')
      const changed = (Object.keys(FIELD_COLUMNS) as Field[]).filter((f) => fields[f] !== this.fieldOf(row, f))
      if (changed.length === 0) return this.present(row, me)
      const columns = itemColumns(fields)
      this.rows.updateItem(id, Object.fromEntries(changed.map((f) => [FIELD_COLUMNS[f], columns[FIELD_COLUMNS[f]]])) as Partial<ItemFields>, { by: me, at: now })
      // A draft is still being written; once handed over, every change is part of the item's story.
      if (row.state === 'held') this.addEvent(id, 'edited', me, null, changed.join(','), now, 'incoming')
      return this.saved(id, me)
    })
  }

  deleteItem(id: string): void {
    const me = this.session.requireProfileId()
    const row = this.visibleRow(id, me)
    if (row.state !== 'draft' || row.author_id !== me) throw this.notYours(row, 'delete')
    this.rows.transaction(() => {
      this.rows.deleteDraftItem(id)
      this.index.remove(id)
    })
  }

  saveNotes(input: NotesInput): HandoverRecord {
    const me = this.session.requireProfileId()
    const now = this.clock.now()
    return this.rows.transaction(() => {
      const record = this.rows.openRecord(me) ?? this.createRecord(me, now)
      this.rows.saveNotes(record.id, input, { by: me, at: now })
      return toRecord(this.rows.record(record.id))
    })
  }

  /** Closes the agent's record: its items and every item the agent still holds go to the next shift. */
  submit(): HandoverRecord {
    const me = this.session.requireProfileId()
    const now = this.clock.now()
    return this.rows.transaction(() => {
      const record = this.rows.openRecord(me) ?? this.createRecord(me, now)
      const tag = this.shiftTag('outgoing')
      const passing = this.rows.passing(record.id, me)
      for (const itemId of passing) {
        this.rows.handOver(itemId, record.id, { by: me, at: now })
        this.addEvent(itemId, 'handed-over', me, record.id, '', now, 'outgoing')
      }
      this.rows.submitRecord(record.id, tag?.shiftId ?? '', tag?.date ?? '', { by: me, at: now })
      for (const itemId of passing) this.reindex(itemId)
      return toRecord(this.rows.record(record.id))
    })
  }

  /** "我来跟进": the signed-in agent takes a handed-over item. */
  acknowledge(id: string): HandoverItem {
    const me = this.session.requireProfileId()
    const now = this.clock.now()
    return this.rows.transaction(() => {
      const row = this.visibleRow(id, me)
      if (row.state !== 'awaiting') {
        const reason: HandoverErrorReason = row.state === 'held' ? 'already-held' : row.state === 'done' ? 'already-done' : 'not-handed-over'
        throw new DeskError('conflict', `Item ${id} is not waiting to be taken over.`, { name: row.holder_name ?? row.author_name, reason })
      }
      this.rows.take(id, { by: me, at: now })
      this.addEvent(id, 'taken-over', me, null, '', now, 'incoming')
      return this.saved(id, me)
    })
  }

  addNote(id: string, note: string): HandoverItem {
    const me = this.session.requireProfileId()
    const now = this.clock.now()
    return this.rows.transaction(() => {
      const row = this.heldByMe(id, me, 'note')
      this.rows.touch(row.id, { by: me, at: now })
      this.addEvent(id, 'note', me, null, note, now, 'incoming')
      return this.saved(id, me)
    })
  }

  complete(id: string, resolution: string): HandoverItem {
    const me = this.session.requireProfileId()
    const now = this.clock.now()
    return this.rows.transaction(() => {
      this.heldByMe(id, me, 'complete')
      this.rows.complete(id, resolution, { by: me, at: now })
      this.addEvent(id, 'done', me, null, resolution, now, 'incoming')
      return this.saved(id, me)
    })
  }

  /**
   * The shared log: every handed-over item (never anyone's draft), urgent first, then the latest;
   * and the submitted records. A query finds its candidates through the one search index; the
   * substring test then keeps exactly the items it always found (the index also matches words
   * split across fields). A query the index cannot answer exactly (one character, or starting
   * with a letter or digit: see indexFindsEverySubstring) and the records' notes (one row a
   * shift, not indexed) are matched by the substring test alone.
   */
  log({ query, status, limit }: LogInput): { items: HandoverItem[]; records: HandoverRecord[] } {
    const me = this.session.requireProfileId()
    const states = status === 'open' ? ['awaiting', 'held'] : status === 'done' ? ['done'] : ['awaiting', 'held', 'done']
    const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    const textMatch = `(i.customer LIKE @like ESCAPE '\\' OR i.order_no LIKE @like ESCAPE '\\' OR i.situation LIKE @like ESCAPE '\\'
      OR i.next_step LIKE @like ESCAPE '\\' OR i.promised LIKE @like ESCAPE '\\' OR i.resolution LIKE @like ESCAPE '\\'
      OR EXISTS (SELECT 1 FROM handover_events e WHERE e.item_id = i.id AND e.kind = 'note' AND e.note LIKE @like ESCAPE '\\'))`
    const candidates = indexFindsEverySubstring(query) ? this.index.matchingRefIds(query, { statuses: states }) : null
    const fromIndex = candidates === null ? '' : 'i.id IN (SELECT value FROM json_each(@candidates)) AND '
    // A single Chinese word's matches are already exactly its substring matches: no second test.
    const exact = candidates !== null && indexMatchIsSubstring(query)
    const rows = this.rows.logItems(
      `${fromIndex}i.state IN (SELECT value FROM json_each(@states))${exact ? '' : ` AND ${textMatch}`}
        ORDER BY CASE i.urgency WHEN 'urgent' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END, i.updated_at DESC, i.rowid DESC LIMIT @limit`,
      { states: JSON.stringify(states), limit, ...(exact ? {} : { like }), ...(candidates === null ? {} : { candidates: JSON.stringify(candidates) }) },
    )
    const records = this.rows.records(`WHERE r.submitted_at IS NOT NULL AND r.notes LIKE @like ESCAPE '\\' ORDER BY r.submitted_at DESC LIMIT @limit`, { like, limit })
    return { items: this.rows.present(rows, me), records: records.map(toRecord) }
  }

  /**
   * Team sync wrote these items or their history (services/sync/tables/handover-*.ts): steps
   * recorded at another PC are dated by the shift they fell in on this PC's schedule, the search
   * index follows, and the windows reload the board.
   */
  syncArrived(ids: readonly string[]): void {
    if (ids.length === 0) return
    this.rows.transaction(() => {
      for (const step of this.rows.undatedTeamSteps(ids)) {
        const tag = this.shiftTag(step.kind === 'handed-over' ? 'outgoing' : 'incoming', step.at)
        if (tag) this.rows.dateStep(step.id, tag.shiftId, tag.date)
      }
      for (const id of ids) if (this.rows.item(id)) this.reindex(id)
    })
    this.events.emit('handover:changed', { ids: [...ids] })
  }

  /** Records from the team arrived (a shift's notes and cash count, written at another PC): the windows show the board again. */
  recordsArrived(ids: readonly string[]): void {
    if (ids.length > 0) this.events.emit('handover:changed', { ids: [] })
  }

  /**
   * The team refused this PC's change to an item (a colleague took it first, or it was no longer
   * this agent's to change): the team's version comes back with the next download, and the steps
   * this PC recorded for it that the team never confirmed did not happen. Answers what to tell
   * the agent when a colleague was first, else null.
   */
  syncRefused(refusal: SyncRefusal): { name: string; situation: string } | null {
    if (refusal.table !== 'handover_items') return null
    this.rows.dropUnconfirmedSteps(refusal.rowId)
    this.events.emit('handover:changed', { ids: [refusal.rowId] })
    if (refusal.code !== 'handover-taken') return null
    const takenBy = refusal.details?.takenBy as { name?: unknown } | undefined
    return { name: typeof takenBy?.name === 'string' ? takenBy.name : '', situation: this.rows.item(refusal.rowId)?.situation ?? '' }
  }

  private items(where: string, params: unknown[], me: string): HandoverItem[] {
    return this.rows.present(this.rows.items(where, params), me)
  }

  private present(row: ItemRow, me: string): HandoverItem {
    return this.rows.present([row], me)[0] as HandoverItem
  }

  private saved(id: string, me: string): HandoverItem {
    this.reindex(id)
    return this.present(this.visibleRow(id, me), me)
  }

  /** Another agent's draft is private: it answers exactly like an item of someone else's, forbidden. */
  private visibleRow(id: string, me: string): ItemRow {
    const row = this.rows.item(id)
    if (!row) throw new DeskError('not-found', `No handover item ${id}.`, { what: 'handover-item' })
    if (row.state === 'draft' && row.author_id !== me) throw new DeskError('forbidden', `Handover item ${id} is another agent's draft.`)
    return row
  }

  private heldByMe(id: string, me: string, action: string): ItemRow {
    const row = this.visibleRow(id, me)
    if (row.state !== 'held' || row.holder_id !== me) throw this.notYours(row, action)
    return row
  }

  private notYours(row: ItemRow, action: string): DeskError {
    if (row.state === 'done') return new DeskError('conflict', `Handover item ${row.id} is already done.`, { name: row.holder_name ?? '', reason: 'already-done' satisfies HandoverErrorReason })
    return new DeskError('forbidden', `Only the agent who holds handover item ${row.id} may ${action} it; take it over first.`, { reason: 'not-holder' satisfies HandoverErrorReason })
  }

  private fieldOf(row: ItemRow, field: Field): unknown {
    return row[FIELD_COLUMNS[field]]
  }

  private lastHandoverBySomeoneElse(me: string): HandoverRecord | null {
    const row = this.rows.records('WHERE r.submitted_at IS NOT NULL AND r.author_id <> ? ORDER BY r.submitted_at DESC, r.rowid DESC LIMIT 1', [me])[0]
    return row ? toRecord(row) : null
  }

  private submittedFor(me: string, shift: ShiftInstance | null): HandoverRecord | null {
    if (!shift) return null
    const row = this.rows.records('WHERE r.author_id = ? AND r.submitted_at IS NOT NULL AND r.shift_id = ? AND r.shift_date = ? ORDER BY r.submitted_at DESC LIMIT 1', [
      me,
      shift.shiftId,
      shift.date,
    ])[0]
    return row ? toRecord(row) : null
  }

  private createRecord(me: string, now: number): RecordRow {
    const tag = this.shiftTag('outgoing')
    const id = this.newId()
    this.rows.createRecord(id, tag?.shiftId ?? '', tag?.date ?? '', { by: me, at: now })
    return this.rows.record(id)
  }

  private shiftTag(side: 'outgoing' | 'incoming', when = this.clock.now()): ShiftInstance | null {
    const at = new Date(when)
    return side === 'outgoing' ? outgoingShift(this.shifts.schedule(), at) : incomingShift(this.shifts.schedule(), at)
  }

  private addEvent(itemId: string, kind: EventKind, actor: string, recordId: string | null, note: string, at: number, side: 'outgoing' | 'incoming'): void {
    const tag = this.shiftTag(side)
    this.rows.addEvent({ id: this.newId(), itemId, kind, actorId: actor, recordId, shiftId: tag?.shiftId ?? '', shiftDate: tag?.date ?? '', note, at })
  }

  private reindex(id: string): void {
    this.index.upsert(handoverSearchDoc(this.rows.item(id) as ItemRow, this.rows.notes(id)))
  }
}

/** An item's fields as the repository's columns. */
function itemColumns(fields: Omit<ItemInput, 'id'>): ItemFields {
  return {
    customer: fields.customer,
    order_no: fields.orderNo,
    situation: fields.situation,
    next_step: fields.nextStep,
    urgency: fields.urgency,
    due_at: fields.dueAt,
    promised: fields.promised,
  }
}
