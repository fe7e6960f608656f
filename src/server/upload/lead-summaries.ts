// The lead's summary rows: per agent and day, how many hard questions and lost deals they wrote,
// how many entries they shared, their tallies and online time. Counts only, recomputed inside
// the upload's transaction, so the lead's devices never need a private row to see the picture.
import type pg from 'pg'

export async function refreshLeadSummaries(tx: pg.PoolClient, shopId: string, agentIds: Iterable<string>, timeZone: string, now: number): Promise<void> {
  for (const agentId of agentIds) {
    await tx.query(
      `WITH days AS (
         SELECT to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE $3, 'YYYY-MM-DD') AS day FROM register_entries WHERE owner_id = $1
         UNION SELECT to_char(to_timestamp(at / 1000.0) AT TIME ZONE $3, 'YYYY-MM-DD') FROM stat_tallies WHERE agent_id = $1
         UNION SELECT day FROM presence_days WHERE agent_id = $1
       ),
       entries AS (
         SELECT to_char(to_timestamp(created_at / 1000.0) AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
                count(*) FILTER (WHERE kind = 'question') AS questions,
                count(*) FILTER (WHERE kind = 'lost-deal') AS lost_deals,
                count(*) FILTER (WHERE visibility = 'lead') AS shared_entries
         FROM register_entries WHERE owner_id = $1 AND deleted_at IS NULL GROUP BY 1
       ),
       tallies AS (
         SELECT to_char(to_timestamp(at / 1000.0) AT TIME ZONE $3, 'YYYY-MM-DD') AS day,
                count(*) AS tallies, count(*) FILTER (WHERE outcome = 'converted') AS converted
         FROM stat_tallies WHERE agent_id = $1 GROUP BY 1
       ),
       presence AS (SELECT day, max(online_ms) AS online_ms FROM presence_days WHERE agent_id = $1 GROUP BY day)
       INSERT INTO lead_summaries (id, shop_id, agent_id, day, questions, lost_deals, shared_entries, tallies, converted, online_ms, updated_at)
       SELECT $1 || ':' || d.day, $2, $1, d.day, coalesce(e.questions, 0), coalesce(e.lost_deals, 0), coalesce(e.shared_entries, 0),
              coalesce(t.tallies, 0), coalesce(t.converted, 0), coalesce(p.online_ms, 0), $4
       FROM days d LEFT JOIN entries e ON e.day = d.day LEFT JOIN tallies t ON t.day = d.day LEFT JOIN presence p ON p.day = d.day
       ON CONFLICT (id) DO UPDATE SET questions = EXCLUDED.questions, lost_deals = EXCLUDED.lost_deals,
         shared_entries = EXCLUDED.shared_entries, tallies = EXCLUDED.tallies, converted = EXCLUDED.converted,
         online_ms = EXCLUDED.online_ms, updated_at = EXCLUDED.updated_at
       WHERE (lead_summaries.questions, lead_summaries.lost_deals, lead_summaries.shared_entries, lead_summaries.tallies,
              lead_summaries.converted, lead_summaries.online_ms)
         IS DISTINCT FROM (EXCLUDED.questions, EXCLUDED.lost_deals, EXCLUDED.shared_entries, EXCLUDED.tallies, EXCLUDED.converted, EXCLUDED.online_ms)`,
      [agentId, shopId, timeZone, now],
    )
  }
}
