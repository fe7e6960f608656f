// The team's counts per agent and work day (`lead_summaries`, the lead's bucket) ↔
// `team_lead_summaries` (migration 0360): what the 组长 view shows of agents on other PCs.
// Written by sync only, on a lead's or admin's PC; the team API computes them, PCs never upload.
// `follow_ups` is that day's follow-ups as JSON (due time, check state, still open: no text).
import type { SyncedTable } from './synced-table'

const COUNTS = ['questions', 'lost_deals', 'shared_entries', 'open_follow_ups', 'tallies', 'effective', 'converted', 'thanked', 'transferred', 'online_ms', 'paused_ms', 'away_ms'] as const

export const leadSummariesTable: SyncedTable = {
  team: 'lead_summaries',
  appTable: 'team_lead_summaries',
  put: () => ({
    sql: `INSERT INTO team_lead_summaries (id, agent_id, day, ${COUNTS.join(', ')}, follow_ups)
      VALUES (?, ?, ?, ${COUNTS.map(() => 'coalesce(?, 0)').join(', ')}, coalesce(?, '[]'))
      ON CONFLICT (id) DO UPDATE SET ${COUNTS.map((c) => `${c} = excluded.${c}`).join(', ')}, follow_ups = excluded.follow_ups`,
    params: ['Id', { Column: 'agent_id' }, { Column: 'day' }, ...COUNTS.map((Column) => ({ Column })), { Column: 'follow_ups' }],
  }),
  delete: () => ({ sql: 'DELETE FROM team_lead_summaries WHERE id = ?', params: ['Id'] }),
  triggers: () => [],
}
