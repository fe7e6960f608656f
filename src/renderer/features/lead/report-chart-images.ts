// The team report's charts as PNG pictures for the XLSX: drawn here with the same ECharts option
// main uses for the PDF (shared/report-chart-option.ts), on a canvas at twice the size so they
// stay sharp when printed. Excel cannot draw ECharts, and main has no canvas of its own.
import type { ReportChartPng } from '../../../shared/ipc/lead'
import type { ReportChart } from '../../../shared/ipc/report'
import { REPORT_CHART_SIZE, reportChartOption } from '../../../shared/report-chart-option'
import { echarts } from '../stats/echarts'

export function reportChartImages(charts: readonly { sectionId: string; chart: ReportChart }[]): ReportChartPng[] {
  return charts.map(({ sectionId, chart }) => {
    const instance = echarts.init(document.createElement('div'), null, { renderer: 'canvas', ...REPORT_CHART_SIZE })
    try {
      instance.setOption(reportChartOption(chart))
      const url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' })
      return { sectionId, png: url.slice(url.indexOf(',') + 1) }
    } finally {
      instance.dispose()
    }
  })
}
