// The lead's summary rows: per agent and day, how many hard questions and lost deals they wrote,
// how many entries they shared and how many follow-ups are still open, their tallies (undone ones
// left out) and their presence. Counts only, recomputed inside the upload's transaction, so the
// lead's devices never need a private row to see the picture. A day is the agent's work day when
// the row carries one (a night shift counts on the day it started), else the calendar day.
// `follow_ups` lists that day's follow-ups as due time, check state and whether still open, and
// nothing else: whether one is overdue depends on the lead's clock, so the lead's PC counts it.
import type pg from 'pg'

const COLUMNS = ['questions', 'lost_deals', 'shared_entries', 'open_follow_ups', 'tallies', 'effective', 'converted', 'thanked', 'transferred', 'online_ms', 'paused_ms', 'away_ms', 'follow_ups'] as const

export async function refreshLeadSummaries(tx: pg.PoolClient, shopId: string, agentIds: Iterable<string>, timeZone: string, now: number): Promise<void> {
  const dayOf = (ms: string) => `to_char(to_timestamp(${ms} / 1000.0) AT TIME ZONE $3, 'YYYY-MM-DD')`
  for (const agentId of agentIds) {
    await tx.query(
      `WITH entry_days AS (
         SELECT e.*, coalesce(nullif(e.work_day, ''), ${dayOf('e.created_at')}) AS day FROM register_entries e WHERE e.owner_id = $1 AND e.deleted_at IS NULL
       ),
       live_tallies AS (
         SELECT t.*, coalesce(nullif(t.shift_date, ''), ${dayOf('t.at')}) AS day FROM stat_tallies t
         WHERE t.agent_id = $1 AND NOT EXISTS (SELECT 1 FROM stat_tally_undos u WHERE u.agent_id = $1 AND u.tally_id = t.id)
       ),
       entries AS (
         SELECT day, count(*) FILTER (WHERE kind = 'question') AS questions,
                count(*) FILTER (WHERE kind = 'lost-deal') AS lost_deals,
                count(*) FILTER (WHERE visibility = 'lead') AS shared_entries,
                count(*) FILTER (WHERE kind = 'followup' AND status IS DISTINCT FROM 'done') AS open_follow_ups,
                (json_agg(json_build_object('due', due_at, 'check', check_state, 'open', status IS DISTINCT FROM 'done') ORDER BY created_at, id)
                  FILTER (WHERE kind = 'followup'))::text AS follow_ups
         FROM entry_days GROUP BY 1
       ),
       tallies AS (
         SELECT day, count(*) AS tallies,
                count(*) FILTER (WHERE outcome <> 'not-effective') AS effective,
                count(*) FILTER (WHERE outcome = 'converted' OR converted = 1) AS converted,
                count(*) FILTER (WHERE outcome = 'thanked') AS thanked,
                count(*) FILTER (WHERE outcome = 'transferred') AS transferred
         FROM live_tallies GROUP BY 1
       ),
       presence AS (
         SELECT day, max(online_ms) AS online_ms, max(paused_ms) AS paused_ms, max(away_ms) AS away_ms FROM presence_days WHERE agent_id = $1 GROUP BY day
       ),
       days AS (SELECT day FROM entries UNION SELECT day FROM tallies UNION SELECT day FROM presence
                UNION SELECT day FROM lead_summaries WHERE agent_id = $1)
       INSERT INTO lead_summaries (id, shop_id, agent_id, day, ${COLUMNS.join(', ')}, updated_at)
       SELECT $1 || ':' || d.day, $2, $1, d.day,
              coalesce(e.questions, 0), coalesce(e.lost_deals, 0), coalesce(e.shared_entries, 0), coalesce(e.open_follow_ups, 0),
              coalesce(t.tallies, 0), coalesce(t.effective, 0), coalesce(t.converted, 0), coalesce(t.thanked, 0), coalesce(t.transferred, 0),
              coalesce(p.online_ms, 0), coalesce(p.paused_ms, 0), coalesce(p.away_ms, 0), coalesce(e.follow_ups, '[]'), $4
       FROM days d LEFT JOIN entries e ON e.day = d.day LEFT JOIN tallies t ON t.day = d.day LEFT JOIN presence p ON p.day = d.day
       ON CONFLICT (id) DO UPDATE SET ${COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = EXCLUDED.updated_at
       WHERE (${COLUMNS.map((c) => `lead_summaries.${c}`).join(', ')}) IS DISTINCT FROM (${COLUMNS.map((c) => `EXCLUDED.${c}`).join(', ')})`,
      [agentId, shopId, timeZone, now],
    )
  }
}
