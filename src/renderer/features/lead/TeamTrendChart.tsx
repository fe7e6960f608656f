// The team's customers served and sales per work day of the period, with the conversion rate:
// the same chart the agents see of themselves, for the whole team.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { LeadView } from '../../../shared/ipc/lead'
import { bucketLabel } from '../stats/bucket-labels'
import { formatRate } from '../stats/format'
import { StatsChart } from '../stats/StatsChart'

export function TeamTrendChart({ view, label }: { view: LeadView; label: string }) {
  const { t } = useTranslation()
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 48, top: 36, bottom: 28 },
      // A day's view has one bar; its label is the date rather than a shift.
      xAxis: { type: 'category', data: view.days.map((d) => (view.period === 'day' ? d.day : bucketLabel(view, d.day, t))) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { name: t('lead.columns.served'), type: 'bar', data: view.days.map((d) => d.served), itemStyle: { color: '#91caff' } },
        { name: t('lead.columns.converted'), type: 'bar', data: view.days.map((d) => d.converted), itemStyle: { color: '#52c41a' } },
        {
          name: t('lead.columns.conversionRate'),
          type: 'line',
          yAxisIndex: 1,
          data: view.days.map((d) => (d.served === 0 ? null : Math.round((d.converted / d.served) * 1000) / 10)),
          itemStyle: { color: '#fa8c16' },
          tooltip: { valueFormatter: (v: number | null) => formatRate(v === null ? null : v / 100) },
        },
      ],
    }),
    [view, t],
  )
  const empty = view.days.every((d) => d.served === 0) ? t('stats.chart.noData') : null
  return <StatsChart option={option} label={label} height={240} testId="lead-trend-chart" empty={empty} />
}
