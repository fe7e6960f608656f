// Customers served per hour of the day over the period: when the agent is busiest.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { StatsChart } from './StatsChart'

export function busiestHour(hours: readonly number[]): { hour: number; served: number } | null {
  let best: { hour: number; served: number } | null = null
  for (const [hour, served] of hours.entries()) {
    if (served > 0 && (best === null || served > best.served)) best = { hour, served }
  }
  return best
}

export function HoursChart({ hours }: { hours: readonly number[] }) {
  const { t } = useTranslation()
  const best = busiestHour(hours)
  const option = useMemo(
    () => ({
      // No entry animation: the figures are there the moment the section opens.
      animation: false,
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: hours.map((_, h) => `${h}:00`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('stats.counters.served'),
          type: 'bar',
          data: hours.map((served, h) => ({ value: served, itemStyle: { color: best && h === best.hour ? '#fa541c' : '#91caff' } })),
        },
      ],
    }),
    [hours, best, t],
  )
  const label = best ? t('stats.chart.busiest', { from: `${best.hour}:00`, to: `${best.hour + 1}:00`, served: best.served }) : t('stats.chart.noData')
  return <StatsChart option={option} label={label} height={200} testId="stats-hours-chart" empty={best ? null : t('stats.chart.noData')} />
}
