// Charts for the printed report, drawn by ECharts in main without a window (its server-side SVG
// renderer) so the PDF shows the same kind of chart the agents see in their stats. ECharts is
// loaded on the first PDF with a chart, not at start-up.
import type { Report } from '../../../shared/ipc/report'
import { REPORT_CHART_SIZE, reportChartOption } from '../../../shared/report-chart-option'

/** Each charted section's chart as an SVG string, by section id. */
export async function renderReportCharts(report: Report): Promise<Map<string, string>> {
  const charted = report.sections.filter((s) => s.chart && s.chart.categories.length > 0)
  const svgs = new Map<string, string>()
  if (charted.length === 0) return svgs
  const echarts = await import('echarts')
  for (const section of charted) {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...REPORT_CHART_SIZE })
    chart.setOption(reportChartOption(section.chart!))
    svgs.set(section.id, chart.renderToSVGString())
    chart.dispose()
  }
  return svgs
}
