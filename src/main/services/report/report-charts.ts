// Charts for the printed report, drawn by ECharts in main without a window (its server-side SVG
// renderer) so the PDF shows the same kind of chart the agents see in their stats. ECharts is
// loaded on the first PDF with a chart, not at start-up.
import type { Report, ReportChart } from '../../../shared/ipc/report'

const WIDTH = 680
const HEIGHT = 260
const COLORS = ['#91caff', '#52c41a', '#fa8c16', '#1677ff', '#eb2f96', '#13c2c2', '#faad14', '#722ed1', '#8c8c8c']

function option(chart: ReportChart) {
  const hasLine = chart.series.some((s) => s.kind === 'line')
  return {
    animation: false,
    color: COLORS,
    textStyle: { fontFamily: '"Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif' },
    legend: { top: 0 },
    grid: { left: 40, right: hasLine ? 48 : 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: chart.categories },
    yAxis: hasLine
      ? [
          { type: 'value', minInterval: 1 },
          { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
        ]
      : [{ type: 'value', minInterval: 1 }],
    series: chart.series.map((s) => ({
      name: s.name,
      type: s.kind,
      data: s.values,
      ...(s.stack ? { stack: s.stack } : {}),
      ...(s.kind === 'line' ? { yAxisIndex: 1 } : {}),
    })),
  }
}

/** Each charted section's chart as an SVG string, by section id. */
export async function renderReportCharts(report: Report): Promise<Map<string, string>> {
  const charted = report.sections.filter((s) => s.chart && s.chart.categories.length > 0)
  const svgs = new Map<string, string>()
  if (charted.length === 0) return svgs
  const echarts = await import('echarts')
  for (const section of charted) {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT })
    chart.setOption(option(section.chart!))
    svgs.set(section.id, chart.renderToSVGString())
    chart.dispose()
  }
  return svgs
}
