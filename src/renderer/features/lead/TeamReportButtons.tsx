// The team report of the period on screen (daily, weekly or monthly) as Excel or PDF, through
// the report room's export: main asks where to save, writes beside the target and renames. For
// Excel, the window first draws the report's charts as pictures for main to place in the sheets.
import { App, Button, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LeadView } from '../../../shared/ipc/lead'
import { invoke } from '../../lib/desk'
import { exportFailure } from '../register/report/export-failure'
import { reportChartImages } from './report-chart-images'

export function TeamReportButtons({ view }: { view: Pick<LeadView, 'period' | 'from'> }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null)
  const save = async (format: 'xlsx' | 'pdf') => {
    setBusy(format)
    try {
      const period = { span: view.period, date: view.from }
      const charts = format === 'xlsx' ? reportChartImages(await invoke('lead:reportCharts', { period })) : undefined
      const result = await invoke('lead:export', { period, format, ...(charts ? { charts } : {}) })
      if (result.status === 'saved') void message.success(t('lead.report.saved', { path: result.path }))
    } catch (error) {
      void message.error(exportFailure(error, t))
    } finally {
      setBusy(null)
    }
  }
  return (
    <Space data-testid="lead-report">
      {(['xlsx', 'pdf'] as const).map((format) => (
        <Button key={format} loading={busy === format} disabled={busy !== null} onClick={() => void save(format)}>
          {t(`lead.report.${format}`, { period: t(`lead.report.span.${view.period}`) })}
        </Button>
      ))}
    </Space>
  )
}
