// The columns of each synced table as a device stores them (PowerSync's client schema: text,
// integer or real; `id` is implied). Mirrors the PostgreSQL tables of the team server.
import type { TeamTable } from './tables'

export type ClientColumnType = 'text' | 'integer' | 'real'

const stamps = { created_at: 'integer', created_by: 'text', updated_at: 'integer', updated_by: 'text' } as const

export const teamClientColumns: Record<TeamTable, Record<string, ClientColumnType>> = {
  roster: { shop_id: 'text', display_name: 'text', role: 'text', active: 'integer', ...stamps },
  replies: {
    shop_id: 'text', owner_id: 'text', scope: 'text', title: 'text', body: 'text', shortcut: 'text', category: 'text', grp: 'text',
    version: 'integer', ...stamps, deleted_at: 'integer',
  },
  reply_history: {
    shop_id: 'text', reply_id: 'text', owner_id: 'text', scope: 'text', version: 'integer', title: 'text', body: 'text', shortcut: 'text',
    category: 'text', grp: 'text', deleted_at: 'integer', written_at: 'integer', written_by: 'text', created_at: 'integer', created_by: 'text',
  },
  reply_overwrites: {
    shop_id: 'text', agent_id: 'text', reply_id: 'text', lost_version: 'integer', lost_title: 'text', lost_body: 'text', written_at: 'integer',
    version: 'integer', overwritten_at: 'integer', overwritten_by: 'text', overwriter_name: 'text', dismissed_at: 'integer',
  },
  trees: { shop_id: 'text', title: 'text', body: 'text', version: 'integer', ...stamps, deleted_at: 'integer' },
  tree_history: {
    shop_id: 'text', tree_id: 'text', version: 'integer', title: 'text', body: 'text', deleted_at: 'integer', written_at: 'integer',
    written_by: 'text', created_at: 'integer', created_by: 'text',
  },
  schedule_shifts: { shop_id: 'text', name: 'text', start_time: 'text', end_time: 'text', position: 'integer', ...stamps, deleted_at: 'integer' },
  handover_items: {
    shop_id: 'text', author_id: 'text', customer: 'text', order_no: 'text', situation: 'text', next_step: 'text', urgency: 'text',
    due_at: 'integer', promised: 'text', state: 'text', holder_id: 'text', taken_at: 'integer', resolution: 'text', done_at: 'integer', record_id: 'text', ...stamps,
  },
  handover_records: {
    shop_id: 'text', author_id: 'text', shift_id: 'text', shift_date: 'text', notes: 'text', cash_cents: 'integer', item_count: 'integer',
    handed_over: 'integer', submitted_at: 'integer', ...stamps,
  },
  handover_events: { shop_id: 'text', item_id: 'text', kind: 'text', actor_id: 'text', note: 'text', at: 'integer', created_at: 'integer' },
  register_entries: {
    shop_id: 'text', owner_id: 'text', kind: 'text', text: 'text', answer: 'text', tags: 'text', status: 'text', resolution: 'text',
    visibility: 'text', work_day: 'text', due_at: 'integer', check_state: 'text', ...stamps, deleted_at: 'integer',
  },
  stat_tallies: { shop_id: 'text', agent_id: 'text', at: 'integer', outcome: 'text', converted: 'integer', shift_date: 'text', created_at: 'integer' },
  stat_tally_undos: { shop_id: 'text', agent_id: 'text', tally_id: 'text', at: 'integer', created_at: 'integer' },
  presence_days: {
    shop_id: 'text', agent_id: 'text', day: 'text', online_ms: 'integer', paused_ms: 'integer', away_ms: 'integer', first_at: 'integer',
    last_at: 'integer', created_at: 'integer',
  },
  lead_summaries: {
    shop_id: 'text', agent_id: 'text', day: 'text', questions: 'integer', lost_deals: 'integer', shared_entries: 'integer', tallies: 'integer',
    converted: 'integer', effective: 'integer', thanked: 'integer', transferred: 'integer', online_ms: 'integer', paused_ms: 'integer',
    away_ms: 'integer', open_follow_ups: 'integer', follow_ups: 'text', updated_at: 'integer',
  },
}
