// The lead's figures from raw counts: one agent's row, the team's total and the period's best and
// worst by effective answers (what agents are paid for). Pure, so a team source folds the same way.
import { addCounts, conversionRate, NO_TALLIES, type TallyCounts } from '../../../shared/domain/stats'
import type { LeadAgentRow, LeadFigures } from '../../../shared/ipc/lead'

export type AgentInputs = {
  counts: TallyCounts
  presence: { onlineMs: number; awayWhileOnlineMs: number }
  followUps: { open: number; overdue: number }
}

export function leadFigures({ counts, presence, followUps }: AgentInputs): LeadFigures {
  return {
    ...counts,
    conversionRate: conversionRate(counts),
    onlineMs: presence.onlineMs,
    awayWhileOnlineMs: presence.awayWhileOnlineMs,
    openFollowUps: followUps.open,
    overdueFollowUps: followUps.overdue,
  }
}

export function teamTotal(rows: readonly LeadFigures[]): LeadFigures {
  let counts = NO_TALLIES
  const sum = { onlineMs: 0, awayWhileOnlineMs: 0, open: 0, overdue: 0 }
  for (const r of rows) {
    counts = addCounts(counts, r)
    sum.onlineMs += r.onlineMs
    sum.awayWhileOnlineMs += r.awayWhileOnlineMs
    sum.open += r.openFollowUps
    sum.overdue += r.overdueFollowUps
  }
  return leadFigures({ counts, presence: sum, followUps: sum })
}

/**
 * The agents with the most and the fewest effective answers. Agents who served no one are left
 * out (a day off is not the worst day); a tie at the top or bottom names no one, and when
 * everyone is level there is neither best nor worst.
 */
export function bestAndWorst(rows: readonly LeadAgentRow[]): { best: string | null; worst: string | null } {
  const working = rows.filter((r) => r.served > 0)
  if (working.length < 2) return { best: null, worst: null }
  const values = working.map((r) => r.effective)
  const max = Math.max(...values)
  const min = Math.min(...values)
  if (max === min) return { best: null, worst: null }
  const only = (value: number) => {
    const hits = working.filter((r) => r.effective === value)
    return hits.length === 1 ? hits[0]!.profileId : null
  }
  return { best: only(max), worst: only(min) }
}
