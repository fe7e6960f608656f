// Names of a summary's buckets as the agent reads them: the shift for a day, the weekday and
// date for a week, the day of the month for a month.
import type { TFunction } from 'i18next'
import type { StatsSummary } from '../../../shared/ipc/stats'

export function bucketLabel(summary: Pick<StatsSummary, 'period'>, key: string, t: TFunction): string {
  if (summary.period === 'day') return key === '' ? t('stats.table.offShift') : t(`shifts.${key}`, { defaultValue: key })
  const [, month, day] = key.split('-').map(Number) as [number, number, number]
  if (summary.period === 'month') return t('stats.table.dayOfMonth', { day })
  const weekday = (new Date(key).getUTCDay() + 6) % 7
  return t('stats.table.weekday', { weekday: t(`stats.weekdays.${weekday}`), month, day })
}

/** '2026-11-16 – 2026-11-22' style heading for the period shown. */
export function periodTitle(summary: Pick<StatsSummary, 'period' | 'from' | 'to'>, t: TFunction): string {
  const [y, m, d] = summary.from.split('-').map(Number) as [number, number, number]
  if (summary.period === 'day') return t('stats.period.titleDay', { year: y, month: m, day: d })
  if (summary.period === 'month') return t('stats.period.titleMonth', { year: y, month: m })
  const [, m2, d2] = summary.to.split('-').map(Number) as [number, number, number]
  return t('stats.period.titleWeek', { year: y, month: m, day: d, month2: m2, day2: d2 })
}
