// The trend chart's ECharts option, for the agent's own stats and the lead's team view alike:
// counts as bars on the left axis, the conversion rate as a line in percent on the right.
import { formatRate } from './format'

type Bar = { name: string; data: readonly number[]; color: string }

/** `rates` are fractions (0.333), null where nobody was served. */
export function trendOption(labels: readonly string[], bars: readonly Bar[], rate: { name: string; rates: readonly (number | null)[] }) {
  return {
    // No entry animation: the figures are there the moment the section opens.
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 48, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: labels },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      ...bars.map((b) => ({ name: b.name, type: 'bar', data: b.data, itemStyle: { color: b.color } })),
      {
        name: rate.name,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        data: rate.rates.map((r) => (r === null ? null : Math.round(r * 1000) / 10)),
        itemStyle: { color: '#fa8c16' },
        tooltip: { valueFormatter: (v: number | null) => formatRate(v === null ? null : v / 100) },
      },
    ],
  }
}
