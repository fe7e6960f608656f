// Every agent's figures for the period, sortable by any column, with the team's total under
// them. The agents with the most and the fewest effective answers carry a quiet tag (blue and
// grey, never red: it is a prompt for a talk, not a verdict). Names can be hidden.
import { Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useTranslation } from 'react-i18next'
import type { LeadAgentRow, LeadFigures } from '../../../shared/ipc/lead'
import { formatHours, formatRate } from '../stats/format'

type Props = {
  agents: readonly LeadAgentRow[]
  total: LeadFigures | null
  best: string | null
  worst: string | null
  hideNames: boolean
  testId: string
}

type Numeric = Exclude<keyof LeadFigures, 'conversionRate'>

const minutes = (ms: number) => Math.round(ms / 60_000)

export function AgentTable({ agents, total, best, worst, hideNames, testId }: Props) {
  const { t } = useTranslation()
  const hours = t('lead.hoursUnit')
  // Hidden names are numbered in the list's own order, so a number stays with its row while sorting.
  const label = new Map(agents.map((a, i) => [a.profileId, hideNames ? t('lead.anonymous', { n: i + 1 }) : a.agentId ? `${a.name}（${a.agentId}）` : a.name]))
  const numeric = (key: Numeric, render: (v: number) => string | number = (v) => v) => ({
    key,
    dataIndex: key,
    title: t(`lead.columns.${key}`),
    align: 'right' as const,
    sorter: (a: LeadAgentRow, b: LeadAgentRow) => a[key] - b[key],
    render: (v: number) => render(v),
  })
  const columns: ColumnsType<LeadAgentRow> = [
    {
      key: 'name',
      title: t('lead.columns.name'),
      fixed: 'left',
      sorter: (a, b) => (label.get(a.profileId) ?? '').localeCompare(label.get(b.profileId) ?? '', 'zh-CN'),
      render: (_, row) => (
        <span>
          <Typography.Text>{label.get(row.profileId)}</Typography.Text>
          {row.profileId === best ? (
            <Tag color="blue" style={{ marginInlineStart: 8 }} data-testid="lead-best">
              {t('lead.best')}
            </Tag>
          ) : null}
          {row.profileId === worst ? (
            <Tag style={{ marginInlineStart: 8 }} data-testid="lead-worst">
              {t('lead.worst')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    numeric('served'),
    numeric('effective'),
    numeric('converted'),
    {
      key: 'conversionRate',
      dataIndex: 'conversionRate',
      title: t('lead.columns.conversionRate'),
      align: 'right',
      sorter: (a, b) => (a.conversionRate ?? -1) - (b.conversionRate ?? -1),
      render: (v: number | null) => formatRate(v),
    },
    numeric('thanked'),
    numeric('transferred'),
    numeric('onlineMs', (v) => formatHours(v, hours)),
    numeric('awayWhileOnlineMs', minutes),
    numeric('openFollowUps'),
    numeric('overdueFollowUps'),
  ]
  return (
    <Table<LeadAgentRow>
      data-testid={testId}
      size="small"
      rowKey="profileId"
      columns={columns}
      dataSource={[...agents]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() =>
        total ? (
          <Table.Summary.Row data-testid={`${testId}-total`}>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('lead.total')}</Typography.Text>
            </Table.Summary.Cell>
            {(['served', 'effective', 'converted', 'conversionRate', 'thanked', 'transferred', 'onlineMs', 'awayWhileOnlineMs', 'openFollowUps', 'overdueFollowUps'] as const).map((key, i) => (
              <Table.Summary.Cell key={key} index={i + 1} align="right">
                <Typography.Text strong>
                  {key === 'conversionRate' ? formatRate(total.conversionRate) : key === 'onlineMs' ? formatHours(total.onlineMs, hours) : key === 'awayWhileOnlineMs' ? minutes(total[key]) : total[key]}
                </Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null
      }
    />
  )
}
