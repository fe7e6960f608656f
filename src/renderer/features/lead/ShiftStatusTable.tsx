// The team per shift of each work day: customers served, sales and time online in the shift, and
// the handover board as the lead reads it (items handed over in the shift still waiting to be
// taken, being followed, past due, done). On a team the figures are counted per work day only, so
// the table keeps to the board and says why, instead of showing zeros.
import { Alert, Flex, Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverShiftStatus, LeadShiftFigures } from '../../../shared/ipc/lead'
import { leadShiftRows, type LeadShiftRow as Row } from '../../../shared/lead-shift-rows'
import { formatHours } from '../stats/format'

export function ShiftStatusTable({ shifts, handover }: { shifts: readonly LeadShiftFigures[] | null; handover: readonly HandoverShiftStatus[] }) {
  const { t } = useTranslation()
  const rows = leadShiftRows(shifts ?? [], handover)
  const figure = (key: 'served' | 'converted') => ({ key, title: t(`lead.columns.${key}`), align: 'right' as const, render: (_: unknown, r: Row) => r.figures?.[key] ?? 0 })
  const board = (key: 'open' | 'taken' | 'overdue' | 'done') => ({ key, title: t(`lead.handover.${key}`), align: 'right' as const, render: (_: unknown, r: Row) => r.handover?.[key] ?? 0 })
  return (
    <Flex vertical gap={8}>
      {shifts === null && <Alert type="info" showIcon title={t('lead.shifts.teamPerDay')} data-testid="lead-shifts-per-day" />}
      <Table<Row>
        data-testid="lead-shifts"
        size="small"
        pagination={false}
        rowKey={(r) => `${r.shiftDate}-${r.shiftId}`}
        locale={{ emptyText: t(shifts === null ? 'lead.handover.none' : 'lead.shifts.none') }}
        dataSource={rows}
        columns={[
          { key: 'shift', title: t('lead.shifts.shift'), render: (_, r) => `${r.shiftDate} ${t(`shifts.${r.shiftId}`, { defaultValue: r.shiftId })}` },
          ...(shifts === null
            ? []
            : [figure('served'), figure('converted'), { key: 'online', title: t('lead.columns.onlineMs'), align: 'right' as const, render: (_: unknown, r: Row) => formatHours(r.figures?.onlineMs ?? 0, t('lead.hoursUnit')) }]),
          {
            key: 'board',
            title: t('lead.handover.title'),
            children: [board('open'), board('taken'), board('overdue'), board('done')],
          },
        ]}
      />
    </Flex>
  )
}
