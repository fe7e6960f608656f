// Register rows in SQLite and the entries the contract describes.
import { followUpUrgency, type CheckState, type FollowUpStatus } from '../../../shared/domain'
import type { EntryKind, RegisterEntry } from '../../../shared/ipc/register'

export type EntryRow = {
  id: string
  profile_id: string
  kind: EntryKind
  text: string
  answer: string
  tags: string
  customer: string
  order_no: string
  purchase_date: string
  buyer_wants: string
  promised: string
  due_at: number | null
  status: FollowUpStatus | null
  resolution: string
  done_at: number | null
  reminded_at: number | null
  answered_at: number | null
  /** 1: flagged for the lead as a hard question (0180). */
  hard: number
  /** Follow-ups only (0180). */
  check_state: CheckState | null
  /** Profile ids (before 0120, display names). */
  created_by: string
  created_at: number
  updated_by: string
  updated_at: number
  deleted_at: number | null
}

/** `nameOf` turns the stamps' profile ids into the names an entry shows. */
export function toEntry(row: EntryRow, now: number, nameOf: (profileId: string) => string): RegisterEntry {
  const isFollowUp = row.kind === 'followup'
  const status = row.status ?? 'todo'
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    answer: row.answer,
    tags: JSON.parse(row.tags) as string[],
    followUp: isFollowUp
      ? {
          customer: row.customer,
          orderNo: row.order_no,
          purchaseDate: row.purchase_date,
          buyerWants: row.buyer_wants,
          promised: row.promised,
          dueAt: row.due_at,
          status,
          resolution: row.resolution,
          doneAt: row.done_at,
          checkState: row.check_state ?? 'pending',
        }
      : null,
    hard: row.hard === 1,
    urgency: isFollowUp ? followUpUrgency(status, row.due_at, now) : null,
    createdBy: nameOf(row.created_by),
    createdAt: row.created_at,
    updatedBy: nameOf(row.updated_by),
    updatedAt: row.updated_at,
    answeredAt: row.answered_at,
  }
}

/** What the search index shows and finds for an entry. */
export function searchableText(entry: RegisterEntry): { title: string; body: string } {
  const f = entry.followUp
  const body = [entry.answer, f?.customer, f?.orderNo, f?.buyerWants, f?.promised, f?.resolution, entry.tags.join(' ')]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\n')
  return { title: entry.text, body }
}
