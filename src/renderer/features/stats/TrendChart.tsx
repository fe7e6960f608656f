// Customers served, effective answers and sales per day (or per shift), with the conversion
// rate as a line on its own axis.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatsBucket } from '../../../shared/ipc/stats'
import { formatRate } from './format'
import { StatsChart } from './StatsChart'

type Props = { buckets: readonly StatsBucket[]; labels: readonly string[]; summaryLabel: string }

export function TrendChart({ buckets, labels, summaryLabel }: Props) {
  const { t } = useTranslation()
  const option = useMemo(
    () => ({
      // No entry animation: the figures are there the moment the section opens.
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 48, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: labels },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
      ],
      series: [
        { name: t('stats.counters.served'), type: 'bar', data: buckets.map((b) => b.served), itemStyle: { color: '#91caff' } },
        { name: t('stats.counters.effective'), type: 'bar', data: buckets.map((b) => b.effective), itemStyle: { color: '#1677ff' } },
        { name: t('stats.counters.converted'), type: 'bar', data: buckets.map((b) => b.converted), itemStyle: { color: '#52c41a' } },
        {
          name: t('stats.counters.rate'),
          type: 'line',
          yAxisIndex: 1,
          connectNulls: false,
          data: buckets.map((b) => (b.conversionRate === null ? null : Math.round(b.conversionRate * 1000) / 10)),
          itemStyle: { color: '#fa8c16' },
          tooltip: { valueFormatter: (v: number | null) => formatRate(v === null ? null : v / 100) },
        },
      ],
    }),
    [buckets, labels, t],
  )
  const empty = buckets.every((b) => b.served === 0) ? t('stats.chart.noData') : null
  return <StatsChart option={option} label={summaryLabel} height={280} testId="stats-trend-chart" empty={empty} />
}
