// The team's customers served and sales per work day of the period, with the conversion rate:
// the same chart the agents see of themselves, for the whole team.
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { LeadView } from '../../../shared/ipc/lead'
import { bucketLabel } from '../stats/bucket-labels'
import { StatsChart } from '../stats/StatsChart'
import { trendOption } from '../stats/trend-option'

export function TeamTrendChart({ view, label }: { view: LeadView; label: string }) {
  const { t } = useTranslation()
  const option = useMemo(
    () =>
      trendOption(
        // A day's view has one bar; its label is the date rather than a shift.
        view.days.map((d) => (view.period === 'day' ? d.day : bucketLabel(view, d.day, t))),
        [
          { name: t('lead.columns.served'), data: view.days.map((d) => d.served), color: '#91caff' },
          { name: t('lead.columns.converted'), data: view.days.map((d) => d.converted), color: '#52c41a' },
        ],
        { name: t('lead.columns.conversionRate'), rates: view.days.map((d) => (d.served === 0 ? null : d.converted / d.served)) },
      ),
    [view, t],
  )
  const empty = view.days.every((d) => d.served === 0) ? t('stats.chart.noData') : null
  return <StatsChart option={option} label={label} height={240} testId="lead-trend-chart" empty={empty} />
}
