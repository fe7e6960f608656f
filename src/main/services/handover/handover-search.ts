// Handover items in the one search box: a draft is found only by its author; once handed over,
// by every profile (the log is shared).
import type { NotebookDoc } from '../search/notebook-index'
import type { ItemRow } from './handover-rows'

export const HANDOVER_NOTEBOOK = 'handover'

export function handoverSearchDoc(row: ItemRow, notes: readonly string[]): NotebookDoc {
  const who = [row.customer, row.order_no].filter(Boolean).join(' · ')
  const firstLine = row.situation.split('\n')[0] ?? ''
  return {
    refId: row.id,
    profileId: row.state === 'draft' ? row.author_id : null,
    title: who ? `${who}：${firstLine}` : firstLine,
    body: [row.situation, row.next_step, row.promised, ...notes, row.resolution].filter(Boolean).join('\n'),
    at: row.created_at,
    kind: row.urgency,
    status: row.state,
    author: row.author_name,
  }
}
