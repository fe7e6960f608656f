// The 组长 view: every agent's figures over a day, week or month, the team total, the period's
// best and worst, the team's trend, the team per shift (where the source keeps shifts) and the
// handover board per shift; and, for any agent, the exact row of themselves that view shows
// ("what my lead sees"). Work days follow the shift schedule, so a night shift across midnight
// counts on the day it started, online time included.
import type { ShiftDef } from '../../../shared/domain/shifts'
import { NO_TALLIES, addCounts, periodHead, periodRange, workDayOf, workDaySpan, type PeriodRange, type StatsPeriod, type TallyCounts } from '../../../shared/domain/stats'
import type { LeadAccess, LeadAgentRow, LeadHardQuestion, LeadPreview, LeadView, ProfileRole } from '../../../shared/ipc/lead'
import type { Clock } from '../clock'
import type { TallyGroup } from '../stats/stats-repository'
import { foldGroups } from '../stats/summarize'
import { bestAndWorst, leadFigures, teamTotal } from './lead-figures'
import { teamLostReasons } from './lead-lost-reasons'
import { shiftFigures } from './lead-shifts'
import type { LeadAgent, LeadSource } from './lead-source'
import type { LeadRoles } from './lead-roles'

/** A period of the view with what every row of it needs: today's work day and the period's span in ms. */
type LeadPeriod = PeriodRange & { today: string; span: { from: number; to: number } }

/** One agent's counts on one work day of the period. */
export type AgentDay = TallyCounts & { profileId: string; name: string; day: string }

type Deps = {
  /** Where the 组长 view's figures come from. */
  source: LeadSource
  /** Where an agent's own "what my lead sees" comes from: the same place the lead's view reads her. */
  ownSource: LeadSource
  roles: LeadRoles
  clock: Clock
  session: { requireProfileId(): string }
  /** The shift schedule in force (work days and their online time follow it). */
  schedule: () => readonly ShiftDef[]
}

export class LeadService {
  constructor(private readonly deps: Deps) {}

  access(): LeadAccess {
    return { role: this.deps.roles.role(this.deps.session.requireProfileId()), leads: this.deps.roles.leads() }
  }

  setRole(profileId: string, role: ProfileRole): LeadAccess {
    this.deps.roles.setRole(profileId, role)
    return this.access()
  }

  view(period: StatsPeriod, date?: string): LeadView {
    return this.withProgress(period, date).view
  }

  /** The view and each agent's counts per work day: the team report's progress per agent. */
  withProgress(period: StatsPeriod, date?: string): { view: LeadView; progress: AgentDay[] } {
    const range = this.range(period, date)
    const now = this.deps.clock.now()
    const roster = this.deps.source.agents()
    const perAgent = roster.map((agent) => this.agentRow(this.deps.source, agent, range, now))
    const agents = perAgent.map((a) => a.row)
    const days = range.days.map((day) => {
      let counts: TallyCounts = NO_TALLIES
      for (const a of perAgent) counts = addCounts(counts, a.byDay.get(day) ?? NO_TALLIES)
      return { day, served: counts.served, converted: counts.converted }
    })
    const source = this.deps.source
    const shifts = source.countsPerShift()
      ? shiftFigures(source, perAgent.map((a) => ({ profileId: a.row.profileId, groups: a.groups, onlineMs: a.row.onlineMs })), this.deps.schedule(), range.days, now)
      : null
    const view: LeadView = {
      ...this.head(range),
      agents,
      total: teamTotal(agents),
      ...bestAndWorst(agents),
      days,
      handover: source.handover(range.from, range.to, now),
      shifts,
      ...this.shared(this.deps.source, roster, range),
    }
    const progress = range.days.flatMap((day) =>
      perAgent.map(({ row, byDay }) => ({ profileId: row.profileId, name: row.name, day, ...(byDay.get(day) ?? NO_TALLIES) })),
    )
    return { view, progress }
  }

  /** The signed-in agent's own row, computed exactly as the lead view computes it. */
  preview(period: StatsPeriod, date?: string): LeadPreview {
    const me = this.deps.session.requireProfileId()
    const source = this.deps.ownSource
    const range = this.range(period, date)
    const self = source.self(me) ?? { profileId: me, name: '', agentId: '' }
    return { ...this.head(range), row: this.agentRow(source, self, range, this.deps.clock.now()).row, ...this.shared(source, [self], range) }
  }

  /** What the agents shared with the lead: the reasons deals were lost, and the questions flagged 疑难. */
  private shared(source: LeadSource, agents: readonly LeadAgent[], range: LeadPeriod): Pick<LeadView, 'lostReasons' | 'hardQuestions' | 'afterSales'> {
    const lostReasons = teamLostReasons(
      agents.map((agent) => ({ agent, deals: source.lostDeals(agent.profileId, range.from, range.to) })),
      range.days,
    )
    const { span } = range
    const hardQuestions: LeadHardQuestion[] = agents
      .flatMap((a) => source.hardQuestions(a.profileId, span.from, span.to).map((q) => ({ ...q, profileId: a.profileId, name: a.name })))
      .sort((x, y) => x.createdAt - y.createdAt)
    const period = { fromDay: range.from, toDay: range.to, ...span }
    const afterSales = agents.map((a) => ({ profileId: a.profileId, name: a.name, ...source.afterSalesChecks(a.profileId, period) }))
    return { lostReasons, hardQuestions, afterSales }
  }

  /** The period asked for, read once per call: its work days, their span in time and today's work day. */
  private range(period: StatsPeriod, date: string | undefined): LeadPeriod {
    const schedule = this.deps.schedule()
    const today = workDayOf(schedule, new Date(this.deps.clock.now()), null)
    const range = periodRange(period, date ?? today)
    return { ...range, today, span: workDaySpan(schedule, range.from, range.to) }
  }

  private head(range: LeadPeriod) {
    return periodHead(range, range.today)
  }

  private agentRow(source: LeadSource, agent: LeadAgent, range: LeadPeriod, now: number): { row: LeadAgentRow; byDay: Map<string, TallyCounts>; groups: TallyGroup[] } {
    const groups = source.tallies(agent.profileId, range.from, range.to)
    const { totals: counts, byKey: byDay } = foldGroups(groups, (g) => g.day)
    const presence = source.presence(agent.profileId, { fromDay: range.from, toDay: range.to, ...range.span })
    const figures = leadFigures({ counts, presence, followUps: source.followUps(agent.profileId, now) })
    return { row: { profileId: agent.profileId, name: agent.name, agentId: agent.agentId, ...figures }, byDay, groups }
  }
}
