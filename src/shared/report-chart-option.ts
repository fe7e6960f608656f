// One report chart as an ECharts option, for both places a report's charts are drawn: main's
// server-side SVG for the PDF (services/report/report-charts.ts) and the window's canvas for the
// PNG pictures the XLSX carries (renderer features/lead/report-chart-images.ts). Same option,
// same chart on paper and in Excel.
import type { ReportChart } from './ipc/report'

/** The drawn size in CSS pixels (the PNG is drawn at twice this for sharp print). */
export const REPORT_CHART_SIZE = { width: 680, height: 260 } as const

const COLORS = ['#91caff', '#52c41a', '#fa8c16', '#1677ff', '#eb2f96', '#13c2c2', '#faad14', '#722ed1', '#8c8c8c']

export function reportChartOption(chart: ReportChart) {
  const hasLine = chart.series.some((s) => s.kind === 'line')
  return {
    animation: false,
    backgroundColor: '#ffffff',
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
