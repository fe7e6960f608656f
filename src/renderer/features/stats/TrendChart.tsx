// Customers served, effective answers and sales per day (or per shift), with the conversion
// rate as a line on its own axis.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatsBucket } from '../../../shared/ipc/stats'
import { StatsChart } from './StatsChart'
import { trendOption } from './trend-option'

type Props = { buckets: readonly StatsBucket[]; labels: readonly string[]; summaryLabel: string }

export function TrendChart({ buckets, labels, summaryLabel }: Props) {
  const { t } = useTranslation()
  const option = useMemo(
    () =>
      trendOption(
        labels,
        [
          { name: t('stats.counters.served'), data: buckets.map((b) => b.served), color: '#91caff' },
          { name: t('stats.counters.effective'), data: buckets.map((b) => b.effective), color: '#1677ff' },
          { name: t('stats.counters.converted'), data: buckets.map((b) => b.converted), color: '#52c41a' },
        ],
        { name: t('stats.counters.rate'), rates: buckets.map((b) => b.conversionRate) },
      ),
    [buckets, labels, t],
  )
  const empty = buckets.every((b) => b.served === 0) ? t('stats.chart.noData') : null
  return <StatsChart option={option} label={summaryLabel} height={280} testId="stats-trend-chart" empty={empty} />
}
