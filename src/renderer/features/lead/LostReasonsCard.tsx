// Why deals were lost (未成交原因) over the period: reasons ranked by count, a count per day for
// the trend over a week or a month, and the notes behind each with who wrote them.
import { Collapse, Empty, Flex, List, Tag, Typography } from 'antd'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { LeadLostReason, LeadView } from '../../../shared/ipc/lead'
import { bucketLabel } from '../stats/bucket-labels'
import { formatClock } from '../stats/format'
import { StatsChart } from '../stats/StatsChart'

type Props = { reasons: readonly LeadLostReason[]; head: Pick<LeadView, 'period' | 'from' | 'to'>; days: readonly string[]; testId: string }

export function LostReasonsCard({ reasons, head, days, testId }: Props) {
  const { t } = useTranslation()
  const option = useMemo(
    () => ({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 32, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: days.map((d) => bucketLabel({ period: head.period === 'day' ? 'week' : head.period }, d, t)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: reasons.map((r) => ({ name: r.label, type: 'bar', stack: 'lost', data: r.perDay })),
    }),
    [reasons, days, head.period, t],
  )
  if (reasons.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lead.lost.none')} data-testid={testId} />
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Collapse
        size="small"
        items={reasons.map((r, i) => ({
          key: r.reasonId,
          label: (
            <span data-testid="lead-lost-reason">
              {t('lead.lost.rank', { n: i + 1 })} {r.label}
              <Tag style={{ marginInlineStart: 8 }}>{t('lead.lost.count', { count: r.count })}</Tag>
              {r.notes.length > 0 ? <Typography.Text type="secondary">{t('lead.lost.notes', { count: r.notes.length })}</Typography.Text> : null}
            </span>
          ),
          children:
            r.notes.length === 0 ? (
              <Typography.Text type="secondary">{t('lead.lost.noNotes')}</Typography.Text>
            ) : (
              <List
                size="small"
                dataSource={r.notes}
                renderItem={(n) => (
                  <List.Item>
                    <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
                      {n.name} · {new Date(n.at).toLocaleDateString('zh-CN')} {formatClock(n.at)}
                    </Typography.Text>
                    {n.note}
                  </List.Item>
                )}
              />
            ),
        }))}
      />
      {days.length > 1 ? <StatsChart option={option} label={t('lead.lost.trendLabel', { reasons: reasons.map((r) => `${r.label} ${r.count}`).join('，') })} height={200} testId={`${testId}-trend`} /> : null}
    </Flex>
  )
}
