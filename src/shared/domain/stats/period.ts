// The periods the statistics are read in: a work day, a week (Monday to Sunday, as Chinese
// calendars and shop schedules count it) and a calendar month.
import { localDateKey, localDay } from '../shifts/shift-time'

export const STATS_PERIODS = ['day', 'week', 'month'] as const
export type StatsPeriod = (typeof STATS_PERIODS)[number]

export type PeriodRange = {
  period: StatsPeriod
  /** First and last work day, inclusive. */
  from: string
  to: string
  days: string[]
  /** A day inside the previous and the next period, for stepping through them. */
  previous: string
  next: string
}

export function periodRange(period: StatsPeriod, date: string): PeriodRange {
  const anchor = localDay(date)
  let first: Date
  let dayCount: number
  if (period === 'day') {
    first = anchor
    dayCount = 1
  } else if (period === 'week') {
    const sinceMonday = (anchor.getDay() + 6) % 7
    first = new Date(anchor.getFullYear(), anchor.getMonth(), anchor.getDate() - sinceMonday)
    dayCount = 7
  } else {
    first = new Date(anchor.getFullYear(), anchor.getMonth(), 1)
    dayCount = new Date(anchor.getFullYear(), anchor.getMonth() + 1, 0).getDate()
  }
  const firstKey = localDateKey(first)
  const days = Array.from({ length: dayCount }, (_, i) => localDateKey(localDay(firstKey, i)))
  const previous = period === 'month' ? localDateKey(new Date(first.getFullYear(), first.getMonth() - 1, 1)) : localDateKey(localDay(firstKey, -dayCount))
  const next = localDateKey(localDay(firstKey, dayCount))
  return { period, from: firstKey, to: days.at(-1) as string, days, previous, next }
}

/** What a period's screen heads with: its span, the periods either side and whether it holds `today` (a work day). */
export function periodHead(range: PeriodRange, today: string) {
  return { period: range.period, from: range.from, to: range.to, previous: range.previous, next: range.next, current: range.days.includes(today) }
}
