// Handover items in the one search box: a draft is found only by its author; once handed over,
// by every profile (the log is shared).
import type { SearchDoc } from '../search-index'
import type { ItemRow } from './handover-rows'

export type HandoverSearchIndex = { upsert(doc: SearchDoc): void; remove(notebook: string, refId: string): void }

export function handoverSearchDoc(row: ItemRow, notes: readonly string[]): SearchDoc {
  const who = [row.customer, row.order_no].filter(Boolean).join(' · ')
  const firstLine = row.situation.split('\n')[0] ?? ''
  return {
    notebook: 'handover',
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
