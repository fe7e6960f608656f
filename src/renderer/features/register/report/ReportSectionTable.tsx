// One part of the report on screen, exactly the rows the exported files hold.
import { Table, Typography } from 'antd'
import type { ReportSection } from '../../../../shared/ipc/report'

export function ReportSectionTable({ section }: { section: ReportSection }) {
  return (
    <section aria-label={section.title}>
      <Typography.Title level={5} style={{ marginBottom: 0 }}>
        {section.title}
      </Typography.Title>
      {section.summary ? <Typography.Text type="secondary">{section.summary}</Typography.Text> : null}
      <Table
        size="small"
        style={{ marginTop: 8 }}
        rowKey={(_, i) => String(i)}
        dataSource={section.rows}
        pagination={section.rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
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
