// Where the agent stands over a day, a week or a month: totals, the trend chart, the busiest
// hours and the table, with buttons to step to earlier periods.
import { Card, Col, Flex, Row, Statistic, Tooltip } from 'antd'
import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatsPeriod } from '../../../shared/domain/stats'
import type { StatsSummary } from '../../../shared/ipc/stats'
import { bucketLabel, periodTitle } from './bucket-labels'
import { formatHours, formatRate, formatYuan } from './format'
import { HoursChart } from './HoursChart'
import { PeriodBar } from './PeriodBar'
import { PeriodTable } from './PeriodTable'
import { TrendChart } from './TrendChart'

type Props = { summary: StatsSummary; onShow(period: StatsPeriod, date: string | null): void }

export function PeriodStats({ summary, onShow }: Props) {
  const { t } = useTranslation()
  const total = summary.totals
  const labels = summary.buckets.map((b) => bucketLabel(summary, b.key, t))
  const title = periodTitle(summary, t)
  // The table is below the fold: drawn after the totals and charts, so they appear first.
  const tableSummary = useDeferredValue<StatsSummary | null>(summary, null)
  const chartLabel = t('stats.chart.trendLabel', { period: title, served: total.served, converted: total.converted, rate: formatRate(total.conversionRate) })
  return (
    <Flex vertical gap={16}>
      <PeriodBar head={summary} onShow={onShow} titleTestId="stats-period-title" />
      <Row gutter={[16, 8]} data-testid="stats-period-totals">
        {(
          [
            ['served', total.served],
            ['converted', total.converted],
            ['rate', formatRate(total.conversionRate)],
            ['effective', total.effective],
            ['thanked', total.thanked],
            ['transferred', total.transferred],
            ['pay', formatYuan(total.pay)],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} flex="1 1 0" style={{ minWidth: 90 }}>
            <Statistic title={t(`stats.counters.${key}`)} value={value} styles={{ content: { fontSize: 20 } }} />
          </Col>
        ))}
        <Col flex="1 1 0" style={{ minWidth: 90 }}>
          <Statistic
            title={t('stats.table.online')}
            styles={{ content: { fontSize: 20 } }}
            valueRender={() =>
              total.onlineMs === null ? (
                <Tooltip title={t('stats.online.unavailable')}>
                  <span style={{ cursor: 'help' }} data-testid="stats-online-unavailable">
                    —
                  </span>
                </Tooltip>
              ) : (
                formatHours(total.onlineMs, t('stats.table.hoursUnit'))
              )
            }
          />
        </Col>
        {typeof summary.guidedRuns === 'number' && (
          <Col flex="1 1 0" style={{ minWidth: 90 }}>
            <Tooltip title={t('stats.guidedRunsHelp')}>
              <Statistic title={t('stats.guidedRuns')} value={summary.guidedRuns} styles={{ content: { fontSize: 20 } }} data-testid="stats-guided-runs" />
            </Tooltip>
          </Col>
        )}
      </Row>
      <Row gutter={16}>
        <Col span={15}>
          <Card size="small" title={t('stats.chart.trend')}>
            <TrendChart buckets={summary.buckets} labels={labels} summaryLabel={chartLabel} />
          </Card>
        </Col>
        <Col span={9}>
          <Card size="small" title={t('stats.chart.hours')}>
            <HoursChart hours={summary.hours} />
          </Card>
        </Col>
      </Row>
      {tableSummary && <PeriodTable summary={tableSummary} />}
    </Flex>
  )
}
