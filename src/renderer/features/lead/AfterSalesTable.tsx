// After-sales checks (售后核实) per agent over the period: how many follow-ups wait for a check,
// were checked and fine, or turned out to have a problem. Counts only: the entries stay private.
import { Table } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LeadAfterSales } from '../../../shared/ipc/lead'

export function AfterSalesTable({ rows, hideNames, testId = 'lead-after-sales' }: { rows: readonly LeadAfterSales[]; hideNames: boolean; testId?: string }) {
  const { t } = useTranslation()
  const count = (key: 'pending' | 'verified' | 'problem') => ({ key, dataIndex: key, title: t(`register.check.${key}`), align: 'right' as const })
  return (
    <Table<LeadAfterSales>
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="profileId"
      dataSource={[...rows]}
      columns={[{ key: 'name', title: t('lead.columns.name'), render: (_, r, i) => (hideNames ? t('lead.anonymous', { n: i + 1 }) : r.name) }, count('pending'), count('verified'), count('problem')]}
    />
  )
}
