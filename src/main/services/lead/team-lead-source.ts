// The 组长 view on a team: every active agent and lead of the shop's roster, answered from what
// sync brings a lead's PC (migrations 0360, 0390): the team's counts per agent and work day, with
// each follow-up's due time and check state, and the entries agents shared with the lead (hard
// questions, lost-deal reasons). No private entry is ever on this PC to read. An agent is named
// by their team id here, whether or not they ever used this PC. The handover board is the
// shop's, synced like any other PC's.
import type { PresenceTotals } from '../../../shared/domain/presence'
import type { CheckState } from '../../../shared/domain/register/after-sales-check'
import type { LostDeal } from '../../../shared/domain/stats'
import type { HandoverShiftStatus } from '../../../shared/ipc/lead'
import type { Db } from '../../db/connection'
import type { TallyGroup } from '../stats/stats-repository'
import type { LeadSource, SharedQuestion } from './lead-source'

type Deps = { db: Db; handover: { statusPerShift(fromDay: string, toDay: string, now: number): HandoverShiftStatus[] } }

export function teamLeadSource({ db, handover }: Deps): LeadSource {
  return {
    // The team counts tallies and presence per work day: no shift, no hour.
    countsPerShift: () => false,
    agents: () =>
      (
        db
          .prepare("SELECT id, display_name AS name FROM team_roster WHERE active = 1 AND role IN ('agent', 'lead') ORDER BY display_name, id")
          .all() as { id: string; name: string }[]
      ).map((r) => ({ profileId: r.id, name: r.name, agentId: '' })),
    self: (profileId) => {
      const row = db.prepare('SELECT r.id, r.display_name AS name FROM profiles p JOIN team_roster r ON r.id = p.team_agent_id WHERE p.id = ?').get(profileId) as
        | { id: string; name: string }
        | undefined
      return row ? { profileId: row.id, name: row.name, agentId: '' } : null
    },
    // The team counts per work day, so a day is the finest group it has.
    tallies: (agentId, fromDay, toDay) =>
      db
        .prepare(
          `SELECT day, '' AS shiftId, 0 AS hour, tallies AS served, effective, converted, thanked, transferred
           FROM team_lead_summaries WHERE agent_id = ? AND day BETWEEN ? AND ? AND tallies > 0 ORDER BY day`,
        )
        .all(agentId, fromDay, toDay) as TallyGroup[],
    presence: (agentId, { fromDay, toDay }) => {
      const row = db
        .prepare(
          `SELECT coalesce(sum(online_ms), 0) AS onlineMs, coalesce(sum(paused_ms), 0) AS pausedMs, coalesce(sum(away_ms), 0) AS awayWhileOnlineMs
           FROM team_lead_summaries WHERE agent_id = ? AND day BETWEEN ? AND ?`,
        )
        .get(agentId, fromDay, toDay) as Omit<PresenceTotals, 'offlineMs'>
      // The team keeps time online and paused, not time away from the app.
      return { ...row, offlineMs: 0 }
    },
    onlineIn: () => {
      throw new Error('The team keeps time online per work day, not per shift: check countsPerShift() first.')
    },
    // Follow-ups still open, over every day they were written. Whether one is overdue is counted
    // here, against this PC's clock, from the due times the team keeps (no text comes with them).
    followUps: (agentId, now) => ({
      open: db.prepare('SELECT coalesce(sum(open_follow_ups), 0) FROM team_lead_summaries WHERE agent_id = ?').pluck().get(agentId) as number,
      overdue: db
        .prepare(
          `SELECT count(*) FROM team_lead_summaries s, json_each(s.follow_ups) f
           WHERE s.agent_id = ? AND f.value ->> 'open' AND f.value ->> 'due' <= ?`,
        )
        .pluck()
        .get(agentId, now) as number,
    }),
    handover: (fromDay, toDay, now) => handover.statusPerShift(fromDay, toDay, now),
    lostDeals: (agentId, fromDay, toDay) =>
      db
        .prepare(
          `SELECT id AS tallyId, created_at AS at, work_day AS workDay, NULL AS shiftId, coalesce(json_extract(tags, '$[0]'), '') AS reasonId,
             text AS reasonLabel, answer AS note
           FROM team_shared_entries WHERE agent_id = ? AND kind = 'lost-deal' AND deleted_at IS NULL AND work_day BETWEEN ? AND ?
           ORDER BY created_at, id`,
        )
        .all(agentId, fromDay, toDay) as LostDeal[],
    hardQuestions: (agentId, from, to) =>
      db
        .prepare(
          `SELECT id, text, answer, created_at AS createdAt, CASE WHEN answer <> '' THEN updated_at END AS answeredAt
           FROM team_shared_entries WHERE agent_id = ? AND kind <> 'lost-deal' AND deleted_at IS NULL AND created_at >= ? AND created_at < ?
           ORDER BY created_at, id`,
        )
        .all(agentId, from, to) as SharedQuestion[],
    // Follow-ups written on the period's work days, and those still open from before, by check
    // state; one uploaded before the team kept check states counts as 待核实, as the register's default.
    afterSalesChecks: (agentId, { fromDay, toDay }) => {
      const counts: Record<CheckState, number> = { pending: 0, verified: 0, problem: 0 }
      const rows = db
        .prepare(
          `SELECT coalesce(f.value ->> 'check', 'pending') AS state, count(*) AS n FROM team_lead_summaries s, json_each(s.follow_ups) f
           WHERE s.agent_id = ? AND s.day <= ? AND (s.day >= ? OR f.value ->> 'open') GROUP BY 1`,
        )
        .all(agentId, toDay, fromDay) as { state: CheckState; n: number }[]
      for (const { state, n } of rows) if (state in counts) counts[state] += n
      return counts
    },
  }
}

/** The roster's role of the team account the profile is linked to, or null (not linked, or the roster has not arrived). */
export function teamRoleOf(db: Db, profileId: string): string | null {
  return (db.prepare('SELECT r.role FROM profiles p JOIN team_roster r ON r.id = p.team_agent_id WHERE p.id = ?').pluck().get(profileId) as string | undefined) ?? null
}

/** Whether the signed-in profile is linked to a team account the roster names a lead or admin. */
export function isTeamLead(db: Db, profileId: string): boolean {
  const role = teamRoleOf(db, profileId)
  return role === 'lead' || role === 'admin'
}
