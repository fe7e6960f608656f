// The handover board as the lead reads it: per shift the items were handed over in, how many
// still wait to be taken, are being followed, are past due, and are done.
import { Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverShiftStatus } from '../../../shared/ipc/lead'

export function HandoverStatusTable({ rows }: { rows: readonly HandoverShiftStatus[] }) {
  const { t } = useTranslation()
  const count = (key: 'open' | 'taken' | 'overdue' | 'done') => ({ key, dataIndex: key, title: t(`lead.handover.${key}`), align: 'right' as const })
  return (
    <Table<HandoverShiftStatus>
      data-testid="lead-handover"
      size="small"
      pagination={false}
      rowKey={(r) => `${r.shiftDate}-${r.shiftId}`}
      locale={{ emptyText: t('lead.handover.none') }}
      dataSource={[...rows]}
      columns={[
        { key: 'shift', title: t('lead.handover.shift'), render: (_, r) => `${r.shiftDate} ${t(`shifts.${r.shiftId}`, { defaultValue: r.shiftId })}` },
        count('open'),
        count('taken'),
        count('overdue'),
        count('done'),
      ]}
    />
  )
}
