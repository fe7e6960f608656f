// One part of the report on screen, exactly the rows the exported files hold, a page at a time
// (main sends one page: see REPORT_PREVIEW_PAGE).
import { Table, Typography } from 'antd'
import { REPORT_PREVIEW_PAGE, type ReportPreviewSection } from '../../../../shared/ipc/report'

export function ReportSectionTable({ section, onPage }: { section: ReportPreviewSection; onPage: (page: number) => void }) {
  return (
    <section aria-label={section.title}>
      <Typography.Title level={5} style={{ marginBottom: 0 }}>
        {section.title}
      </Typography.Title>
      {section.summary ? <Typography.Text type="secondary">{section.summary}</Typography.Text> : null}
      <Table
        size="small"
        style={{ marginTop: 8 }}
        rowKey="__row"
        dataSource={section.rows.map((row, i) => ({ ...row, __row: section.page * REPORT_PREVIEW_PAGE + i }))}
        pagination={
          section.rowCount > REPORT_PREVIEW_PAGE
            ? { current: section.page + 1, pageSize: REPORT_PREVIEW_PAGE, total: section.rowCount, showSizeChanger: false, onChange: (page) => onPage(page - 1) }
            : false
        }
        scroll={{ x: 'max-content' }}
        columns={section.columns.map((c) => ({
          key: c.key,
          dataIndex: c.key,
          title: c.header,
          width: c.width === undefined ? undefined : Math.min(c.width, 40) * 8,
          ellipsis: (c.width ?? 0) >= 30,
        }))}
      />
    </section>
  )
}
