// The report for the team lead: choose a day or a week, check the preview, export it as Excel,
// CSV or PDF to where the lead wants it. A long export shows its progress.
import { Alert, Button, Flex, Progress, Segmented, Space, Spin, Typography } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { REPORT_FORMATS, type ReportSpan } from '../../../../shared/ipc/report'
import { onEvent } from '../../../lib/desk'
import { errorMessage } from '../../../lib/errors'
import { periodOf, useReport } from './report-store'
import { DateField } from '../../../lib/DateField'
import { exportFailure } from './export-failure'
import { ReportSectionTable } from './ReportSectionTable'

export function ReportPanel() {
  const { t } = useTranslation()
  const { span, date, preview, loading, failure, exporting, setSpan, setDate, loadPreview, loadPage, exportAs, progress } = useReport()
  const period = periodOf(span, date)

  useEffect(() => {
    void loadPreview()
  }, [span, date, loadPreview])

  useEffect(() => onEvent('report:progress', ({ stage, done, total }) => progress(stage, done, total)), [progress])

  const running = exporting.phase === 'running'
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size={12}>
      <Flex gap={12} align="center" wrap>
        <Segmented value={span} onChange={(v) => setSpan(v as ReportSpan)} options={(['day', 'week'] as const).map((s) => ({ value: s, label: t(`register.report.${s}`) }))} />
        <DateField past value={date} onDate={(day) => setDate(day ?? '')} aria-label={t('register.report.date')} style={{ width: 200 }} />
        {period ? <Typography.Text strong>{preview?.period ?? ''}</Typography.Text> : <Typography.Text type="danger">{t('register.report.badDate')}</Typography.Text>}
      </Flex>
      <Flex gap={8} wrap>
        {REPORT_FORMATS.map((format) => (
          <Button key={format} type={format === 'xlsx' ? 'primary' : 'default'} disabled={!period || running} loading={running && exporting.format === format} onClick={() => void exportAs(format)}>
            {t(`register.report.export.${format}`)}
          </Button>
        ))}
      </Flex>
      {running ? <Progress percent={exporting.percent} status="active" aria-label={t('register.report.exporting')} /> : null}
      {exporting.phase === 'saved' ? <Alert type="success" showIcon title={t('register.report.saved', { path: exporting.path })} /> : null}
      {exporting.phase === 'failed' ? <Alert type="error" showIcon title={exportFailure(exporting.error, t)} /> : null}
      {failure ? <Alert type="error" showIcon title={errorMessage(failure, t)} /> : null}
      <Spin spinning={loading}>
        {preview ? (
          <Space orientation="vertical" style={{ width: '100%' }} size={16} data-testid="report-preview">
            <div>
              <Typography.Title level={4} style={{ marginBottom: 0 }}>
                {preview.title}
              </Typography.Title>
              <Typography.Text type="secondary">{preview.subtitle}</Typography.Text>
            </div>
            {preview.sections.map((section) => (
              <ReportSectionTable key={section.id} section={section} onPage={(page) => void loadPage(section.id, page)} />
            ))}
          </Space>
        ) : null}
      </Spin>
    </Space>
  )
}
