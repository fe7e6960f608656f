// An ECharts chart that marks its container once it has painted (data-painted), so the
// benchmark and the end-to-end tests can tell a drawn chart from an empty box. The aria-label
// says in words what the chart shows.
import { Typography } from 'antd'
import ReactEChartsCore from 'echarts-for-react/lib/core'
import { useMemo, useRef } from 'react'
import { echarts } from './echarts'

/** `empty`: a sentence shown over the axes when there is nothing to draw. */
type Props = { option: object; label: string; height: number; testId: string; empty?: string | null }

export function StatsChart({ option, label, height, testId, empty = null }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const onEvents = useMemo(
    () => ({
      rendered: () => {
        if (box.current) box.current.dataset.painted = 'true'
      },
    }),
    [],
  )
  return (
    <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ position: 'relative' }}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge lazyUpdate={false} onEvents={onEvents} style={{ height }} />
      {empty && (
        <Typography.Text type="secondary" style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none' }}>
          {empty}
        </Typography.Text>
      )}
    </div>
  )
}
