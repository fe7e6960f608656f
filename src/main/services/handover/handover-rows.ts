// Reading handover items and records with the names of the agents involved and each item's
// history, in a few queries whatever the number of items. Names come from `people` (migration
// 0300): this PC's profiles, and the team's roster for colleagues who never used this PC.
import type { HandoverEvent, HandoverItem, HandoverRecord } from '../../../shared/contract'
import type { HandoverUrgency } from '../../../shared/domain/handover'
import type { Db } from '../../db/connection'

export type ItemRow = {
  id: string
  /** The record it was written in on this PC; NULL for an item that came from another PC. */
  record_id: string | null
  author_id: string
  customer: string
  order_no: string
  situation: string
  next_step: string
  urgency: HandoverUrgency
  due_at: number | null
  promised: string
  state: HandoverItem['state']
  holder_id: string | null
  handed_over_by: string | null
  handed_over_in: string | null
  resolution: string
  created_at: number
  updated_at: number
  done_at: number | null
  author_name: string
  holder_name: string | null
  handed_over_by_name: string | null
}

export type RecordRow = {
  id: string
  author_id: string
  shift_id: string
  shift_date: string
  notes: string
  cash_cents: number | null
  item_count: number | null
  created_at: number
  submitted_at: number | null
  author_name: string
  handed_over: number
}

type EventRow = { item_id: string; kind: HandoverEvent['kind']; actor_name: string; at: number; shift_id: string; shift_date: string; note: string }

export const ITEM_SELECT = `
  SELECT i.*, coalesce(a.display_name, '') AS author_name, h.display_name AS holder_name, b.display_name AS handed_over_by_name
  FROM handover_items i
  LEFT JOIN people a ON a.id = i.author_id
  LEFT JOIN people h ON h.id = i.holder_id
  LEFT JOIN people b ON b.id = i.handed_over_by`

/** SQL: how many items this PC's history says were handed over in the record `recordId` (a column or parameter). */
export const handedOverIn = (recordId: string) => `(SELECT count(*) FROM handover_events e WHERE e.record_id = ${recordId} AND e.kind = 'handed-over')`

// A record from another PC names its author through \`people\` (the team roster) and carries its
// count of items handed over; this PC counts its own records from their history.
export const RECORD_SELECT = `
  SELECT r.*, coalesce(p.display_name, '') AS author_name,
    CASE WHEN r.submitted_at IS NULL
      THEN (SELECT count(*) FROM handover_items d WHERE d.record_id = r.id AND d.state = 'draft')
      ELSE coalesce(r.handed_over_count, ${handedOverIn('r.id')})
    END AS handed_over
  FROM handover_records r LEFT JOIN people p ON p.id = r.author_id`

export function toRecord(row: RecordRow): HandoverRecord {
  return {
    id: row.id,
    authorName: row.author_name,
    shiftId: row.shift_id,
    shiftDate: row.shift_date,
    notes: row.notes,
    cashCents: row.cash_cents,
    itemCount: row.item_count,
    createdAt: row.created_at,
    submittedAt: row.submitted_at,
    handedOver: row.handed_over,
  }
}

/** Items as the signed-in agent `viewerId` sees them, with their history oldest first. */
export function toItems(db: Db, rows: readonly ItemRow[], viewerId: string): HandoverItem[] {
  if (rows.length === 0) return []
  const events = db
    .prepare(
      `SELECT e.item_id, e.kind, coalesce(p.display_name, '') AS actor_name, e.at, e.shift_id, e.shift_date, e.note
       FROM handover_events e LEFT JOIN people p ON p.id = e.actor_id
       WHERE e.item_id IN (SELECT value FROM json_each(?))
       ORDER BY e.at, e.rowid`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as EventRow[]
  const history = new Map<string, HandoverEvent[]>()
  for (const e of events) {
    const list = history.get(e.item_id) ?? []
    list.push({ kind: e.kind, actorName: e.actor_name, at: e.at, shiftId: e.shift_id, shiftDate: e.shift_date, note: e.note })
    history.set(e.item_id, list)
  }
  return rows.map((r) => ({
    id: r.id,
    customer: r.customer,
    orderNo: r.order_no,
    situation: r.situation,
    nextStep: r.next_step,
    urgency: r.urgency,
    dueAt: r.due_at,
    promised: r.promised,
    state: r.state,
    authorName: r.author_name,
    holderName: r.holder_name,
    handedOverByName: r.handed_over_by_name,
    handedOverByMe: r.handed_over_by === viewerId,
    heldByMe: r.holder_id === viewerId,
    resolution: r.resolution,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    doneAt: r.done_at,
    history: history.get(r.id) ?? [],
  }))
}
