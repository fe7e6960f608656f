// Lost-deal reasons across the team: ranked as lead-notes' rankLostReasons ranks one agent's,
// with a count per work day for the trend and, behind each reason, the notes and who wrote them.
import { rankLostReasons, type LostDeal } from '../../../shared/domain/stats'
import type { LeadLostReason } from '../../../shared/ipc/lead'
import type { LeadAgent } from './lead-source'

export function teamLostReasons(byAgent: readonly { agent: LeadAgent; deals: readonly LostDeal[] }[], days: readonly string[]): LeadLostReason[] {
  const agentOf = new Map<string, LeadAgent>()
  for (const { agent, deals } of byAgent) for (const d of deals) agentOf.set(d.tallyId, agent)
  const all = byAgent.flatMap((a) => a.deals)
  return rankLostReasons(all).map((rank) => {
    const perDay = days.map((day) => all.filter((d) => d.reasonId === rank.reasonId && d.workDay === day).length)
    const notes = rank.notes.map((n) => {
      const agent = agentOf.get(n.tallyId)
      return { profileId: agent?.profileId ?? '', name: agent?.name ?? '', at: n.at, note: n.note }
    })
    return { reasonId: rank.reasonId, label: rank.label, count: rank.count, perDay, notes }
  })
}
