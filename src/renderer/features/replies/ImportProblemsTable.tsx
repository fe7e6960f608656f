// The rows an import refuses (errors) and the repairs it makes on the way in (warnings), each
// with its line and reason, errors first.
import { Table, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ImportProblem } from '../../../shared/ipc/replies'

export function ImportProblemsTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t, i18n } = useTranslation()
  // The domain's reasons are written in Chinese; the English screen translates them by code.
  const reason = (p: ImportProblem) => (i18n.language === 'zh-CN' ? p.message : t(`replies.import.codes.${p.code}`, { title: p.title, match: p.match }))
  const ordered = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  return (
    <Table<ImportProblem>
      size="small"
      style={{ marginTop: 8 }}
      pagination={false}
      scroll={{ y: 220 }}
      rowKey={(p) => `${p.line}-${p.code}-${p.title}-${p.message}`}
      dataSource={ordered}
      columns={[
        { title: t('replies.import.line'), dataIndex: 'line', width: 90, render: (line: number, p) => (line > 0 ? t('replies.import.lineN', { line }) : p.title) },
        {
          title: '',
          dataIndex: 'severity',
          width: 80,
          render: (severity: ImportProblem['severity']) => <Tag color={severity === 'error' ? 'error' : 'warning'}>{t(`replies.import.severity_${severity}`)}</Tag>,
        },
        { title: t('replies.import.reason'), key: 'reason', render: (_, p) => reason(p) },
      ]}
    />
  )
}
