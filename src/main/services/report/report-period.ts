// A report period's times from the calendar keys the renderer sends, on main's own clock and
// zone (the agent's PC; the e2e server runs in the zone the specs set).
import { reportSpan } from '../../../shared/domain/register'
import { periodRange } from '../../../shared/domain/stats'
import { localDay } from '../../../shared/domain/shifts/shift-time'
import type { ReportPeriod, ReportPeriodKey } from '../../../shared/ipc/report'

export function reportPeriod(key: ReportPeriodKey, through: string): ReportPeriod {
  const { span, date } = key
  const bounds = span === 'month' ? monthBounds(date, through) : reportSpan(span, date, through)
  // The contract has checked the date key, so reportSpan always answers.
  if (!bounds) throw new RangeError(`not a report date: ${date}`)
  return { ...bounds, utcOffsetMinutes: -new Date(bounds.from).getTimezoneOffset(), key }
}

function monthBounds(date: string, through: string): { from: number; to: number; label: string } {
  const range = periodRange('month', date)
  return { from: localDay(range.from).getTime(), to: localDay(range.to, 1).getTime(), label: `${range.from} ${through} ${range.to}` }
}
