// The period's figures bucket by bucket, with the totals underneath.
import { Table, Tooltip, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StatsBucket, StatsFigures, StatsSummary } from '../../../shared/ipc/stats'
import { bucketLabel } from './bucket-labels'
import { formatHours, formatRate, formatYuan } from './format'

type Row = StatsFigures & { key: string; label: string }

export function PeriodTable({ summary }: { summary: StatsSummary }) {
  const { t } = useTranslation()
  const hours = t('stats.table.hoursUnit')
  const online = (ms: number | null) =>
    ms === null ? (
      <Tooltip title={t('stats.online.unavailable')}>
        <span style={{ cursor: 'help', borderBottom: '1px dotted' }}>—</span>
      </Tooltip>
    ) : (
      formatHours(ms, hours)
    )
  const rows: Row[] = summary.buckets.map((b: StatsBucket) => ({ ...b, label: bucketLabel(summary, b.key, t) }))
  const num = { align: 'right' as const }
  const columns = [
    { title: t(summary.period === 'day' ? 'stats.table.shift' : 'stats.table.day'), dataIndex: 'label', key: 'label' },
    { title: t('stats.counters.served'), dataIndex: 'served', key: 'served', ...num },
    { title: t('stats.counters.converted'), dataIndex: 'converted', key: 'converted', ...num },
    { title: t('stats.counters.rate'), key: 'rate', ...num, render: (r: Row) => formatRate(r.conversionRate) },
    { title: t('stats.counters.effective'), dataIndex: 'effective', key: 'effective', ...num },
    { title: t('stats.counters.thanked'), dataIndex: 'thanked', key: 'thanked', ...num },
    { title: t('stats.counters.transferred'), dataIndex: 'transferred', key: 'transferred', ...num },
    { title: t('stats.table.online'), key: 'online', ...num, render: (r: Row) => online(r.onlineMs) },
    { title: t('stats.counters.pay'), key: 'pay', ...num, render: (r: Row) => formatYuan(r.pay) },
  ]
  const total = summary.totals
  const cells = [total.served, total.converted, formatRate(total.conversionRate), total.effective, total.thanked, total.transferred, online(total.onlineMs), formatYuan(total.pay)]
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="stats-table"
      rowClassName={(r) => (r.served === 0 ? 'stats-row-empty' : '')}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('stats.table.total')}</Typography.Text>
          </Table.Summary.Cell>
          {cells.map((cell, i) => (
            <Table.Summary.Cell key={i} index={i + 1} align="right">
              <Typography.Text strong>{cell}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  )
}
