// Folds the per-day/shift/hour groups of one period into the figures the screen and the lead's
// report show: totals, one bucket per work day (or per shift, for a single day) and the hours.
import { shiftInstanceBounds, type ShiftDef } from '../../../shared/domain/shifts'
import { addCounts, conversionRate, estimatePay, NO_TALLIES, periodHead, workDaySpan, type PeriodRange, type TallyCounts } from '../../../shared/domain/stats'
import type { StatsBucket, StatsFigures, StatsSummary } from '../../../shared/ipc/stats'
import type { TallyGroup } from './stats-repository'

export type OnlineTime = (from: number, to: number) => number

export type SummaryInput = {
  range: PeriodRange
  groups: readonly TallyGroup[]
  schedule: readonly ShiftDef[]
  rates: { perEffective: number; perThanked: number }
  today: string
  /** Presence time online in [from, to); undefined while presence is not available. */
  online: OnlineTime | undefined
}

function countsOf(g: TallyCounts): TallyCounts {
  return { served: g.served, effective: g.effective, converted: g.converted, thanked: g.thanked, transferred: g.transferred }
}

export function figures(counts: TallyCounts, rates: SummaryInput['rates'], onlineMs: number | null): StatsFigures {
  return { ...counts, conversionRate: conversionRate(counts), pay: estimatePay(counts, rates), onlineMs }
}

type Folded = { totals: TallyCounts; byKey: Map<string, TallyCounts>; hours: number[] }

/** The groups' counts in all, per key (a work day, a shift) and served per hour of the day. */
export function foldGroups(groups: readonly TallyGroup[], keyOf: (g: TallyGroup) => string): Folded {
  const hours = Array.from({ length: 24 }, () => 0)
  let totals = NO_TALLIES
  const byKey = new Map<string, TallyCounts>()
  for (const g of groups) {
    const counts = countsOf(g)
    totals = addCounts(totals, counts)
    hours[g.hour] = (hours[g.hour] ?? 0) + g.served
    byKey.set(keyOf(g), addCounts(byKey.get(keyOf(g)) ?? NO_TALLIES, counts))
  }
  return { totals, byKey, hours }
}

type DaysInput = Pick<SummaryInput, 'groups' | 'schedule' | 'rates' | 'online'> & { days: readonly string[] }

/** One bucket per work day of `days` (zero-filled), the totals and the hours: a week, a month, or a report's period. */
export function summarizeDays({ days, groups, schedule, rates, online }: DaysInput): Pick<StatsSummary, 'totals' | 'buckets' | 'hours'> {
  const { totals, byKey, hours } = foldGroups(groups, (g) => g.day)
  const span = spanOnline(schedule, online)
  return {
    totals: figures(totals, rates, span(days[0] as string, days.at(-1) as string)),
    buckets: days.map((day) => ({ key: day, kind: 'day' as const, ...figures(byKey.get(day) ?? NO_TALLIES, rates, span(day, day)) })),
    hours,
  }
}

function spanOnline(schedule: readonly ShiftDef[], online: OnlineTime | undefined) {
  return (first: string, last: string) => {
    if (!online) return null
    const { from, to } = workDaySpan(schedule, first, last)
    return online(from, to)
  }
}

export function summarize({ range, groups, schedule, rates, today, online }: SummaryInput): Omit<StatsSummary, 'guidedRuns'> {
  const head = periodHead(range, today)
  if (range.period !== 'day') return { ...head, ...summarizeDays({ days: range.days, groups, schedule, rates, online }) }
  const { totals, byKey, hours } = foldGroups(groups, (g) => g.shiftId)
  // A single day: every shift of the schedule, then shifts no longer in it and off-shift work ('') if they hold tallies.
  const keys = [...schedule.map((s) => s.id), ...[...byKey.keys()].filter((k) => !schedule.some((s) => s.id === k)).sort()]
  const buckets: StatsBucket[] = keys.map((key) => {
    const def = schedule.find((s) => s.id === key)
    let onlineMs: number | null = null
    if (online && def) {
      const { start, end } = shiftInstanceBounds(def, range.from)
      onlineMs = online(start.getTime(), end.getTime())
    }
    return { key, kind: 'shift' as const, ...figures(byKey.get(key) ?? NO_TALLIES, rates, onlineMs) }
  })
  return { ...head, totals: figures(totals, rates, spanOnline(schedule, online)(range.from, range.to)), buckets, hours }
}
