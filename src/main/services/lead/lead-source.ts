// Where the lead's figures come from. On a single shared PC it is this PC's database: the
// profiles on it, their tallies, presence logs and registers, and the handover board. A team
// source (team-lead-source.ts, over the synced tables) answers the same questions for every
// agent of the shop; `leadSourceFor` picks one at each question.
import type { PresenceTotals } from '../../../shared/domain/presence'
import type { CheckState } from '../../../shared/domain/register/after-sales-check'
import type { LostDeal } from '../../../shared/domain/stats'
import type { HandoverShiftStatus } from '../../../shared/ipc/lead'
import type { Profile } from '../../../shared/contract'
import type { TallyGroup } from '../stats/stats-repository'

export type LeadAgent = { profileId: string; name: string; agentId: string }

/** A run of work days and the time they span. */
export type LeadSpan = { fromDay: string; toDay: string; from: number; to: number }

export type LeadSource = {
  /** Whether tallies carry their shift and presence can be read for any span: a team keeps work days only. */
  countsPerShift(): boolean
  agents(): LeadAgent[]
  /** The signed-in profile as this source names it among the agents, or null. */
  self(profileId: string): LeadAgent | null
  /** Tally counts per work day, shift and hour over fromDay..toDay. */
  tallies(profileId: string, fromDay: string, toDay: string): TallyGroup[]
  /** Presence over the period's work days fromDay..toDay, which span [from, to) in time. */
  presence(profileId: string, period: LeadSpan): PresenceTotals
  /** Time online in each span (the period's shifts); only asked of a source that counts per shift. */
  onlineIn(profileId: string, spans: readonly { from: number; to: number }[]): number[]
  /** Callbacks not done, and those already due, as of `now`: counts only, never the entries' text. */
  followUps(profileId: string, now: number): { open: number; overdue: number }
  handover(fromDay: string, toDay: string, now: number): HandoverShiftStatus[]
  /** The reasons the agent gave for customers who did not buy, work days fromDay..toDay. */
  lostDeals(profileId: string, fromDay: string, toDay: string): LostDeal[]
  /** Entries the agent flagged for the lead (疑难) in [from, to): never any other register entry. */
  hardQuestions(profileId: string, from: number, to: number): SharedQuestion[]
  /** The agent's follow-ups of the period (and those still open) counted by check state. */
  afterSalesChecks(profileId: string, period: LeadSpan): Record<CheckState, number>
}

export type SharedQuestion = { id: string; text: string; answer: string; createdAt: number; answeredAt: number | null }

type LocalDeps = {
  profiles: { list(): Profile[] }
  stats: { groups(profileId: string, fromDay: string, toDay: string): TallyGroup[]; lostDeals(profileId: string, fromDay: string, toDay: string): LostDeal[] }
  presence: { totals(profileId: string, from: number, to: number): PresenceTotals; onlineIn(profileId: string, spans: readonly { from: number; to: number }[]): number[] }
  register: { followUpCounts(profileId: string, now: number): { open: number; overdue: number } }
  hardQuestions: {
    hardQuestionsFor(profileId: string, from: number, to: number): SharedQuestion[]
    afterSalesChecksFor(profileId: string, from: number, to: number): { followUp: { checkState: CheckState } | null }[]
  }
  handover: { statusPerShift(fromDay: string, toDay: string, now: number): HandoverShiftStatus[] }
}

/** The single shared PC: every profile on it is an agent of the lead's. */
export function localLeadSource(d: LocalDeps): LeadSource {
  return {
    countsPerShift: () => true,
    agents: () => d.profiles.list().map((p) => ({ profileId: p.id, name: p.displayName, agentId: p.agentId })),
    self: (profileId) => {
      const p = d.profiles.list().find((profile) => profile.id === profileId)
      return p ? { profileId: p.id, name: p.displayName, agentId: p.agentId } : null
    },
    tallies: (profileId, fromDay, toDay) => d.stats.groups(profileId, fromDay, toDay),
    presence: (profileId, { from, to }) => d.presence.totals(profileId, from, to),
    onlineIn: (profileId, spans) => d.presence.onlineIn(profileId, spans),
    followUps: (profileId, now) => d.register.followUpCounts(profileId, now),
    handover: (fromDay, toDay, now) => d.handover.statusPerShift(fromDay, toDay, now),
    lostDeals: (profileId, fromDay, toDay) => d.stats.lostDeals(profileId, fromDay, toDay),
    // Only the fields the lead is shown: a hard question's follow-up details stay in the register.
    hardQuestions: (profileId, from, to) =>
      d.hardQuestions.hardQuestionsFor(profileId, from, to).map(({ id, text, answer, createdAt, answeredAt }) => ({ id, text, answer, createdAt, answeredAt })),
    afterSalesChecks: (profileId, { from, to }) => {
      const counts: Record<CheckState, number> = { pending: 0, verified: 0, problem: 0 }
      for (const entry of d.hardQuestions.afterSalesChecksFor(profileId, from, to)) if (entry.followUp) counts[entry.followUp.checkState] += 1
      return counts
    },
  }
}

/** The source in force at each call: a team lead's PC answers from the team, any other from itself. */
export function leadSourceFor(pick: () => LeadSource): LeadSource {
  return {
    countsPerShift: () => pick().countsPerShift(),
    agents: () => pick().agents(),
    self: (...a) => pick().self(...a),
    tallies: (...a) => pick().tallies(...a),
    presence: (...a) => pick().presence(...a),
    onlineIn: (...a) => pick().onlineIn(...a),
    followUps: (...a) => pick().followUps(...a),
    handover: (...a) => pick().handover(...a),
    lostDeals: (...a) => pick().lostDeals(...a),
    hardQuestions: (...a) => pick().hardQuestions(...a),
    afterSalesChecks: (...a) => pick().afterSalesChecks(...a),
  }
}
