// An ECharts chart that marks its container once it has painted (data-painted) and once the
// drawing is complete (data-finished, ECharts' `finished`), so the benchmarks and the
// end-to-end tests can tell a drawn chart from an empty box. The aria-label
// says in words what the chart shows.
// The chart is created once, when a ResizeObserver first reports the box's size: ECharts then
// gets its width and height given instead of measuring the page (a forced layout on the first
// open of the screen), and no throwaway instance is made and disposed of as a wrapper would.
import { Typography } from 'antd'
import type { EChartsCoreOption } from 'echarts/core'
import { useEffect, useRef } from 'react'
import { echarts } from './echarts'

/** `empty`: a sentence shown over the axes when there is nothing to draw. */
type Props = { option: EChartsCoreOption; label: string; height: number; testId: string; empty?: string | null }

export function StatsChart({ option, label, height, testId, empty = null }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const canvasBox = useRef<HTMLDivElement>(null)
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null)
  const latest = useRef(option)

  useEffect(() => {
    const target = canvasBox.current
    if (!target) return
    const observer = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0
      const boxHeight = entry?.contentRect.height ?? 0
      if (width === 0 || boxHeight === 0) return
      if (chart.current) {
        chart.current.resize({ width, height: boxHeight })
        return
      }
      const instance = echarts.init(target, undefined, { width, height: boxHeight })
      instance.on('rendered', () => {
        if (box.current) box.current.dataset.painted = 'true'
      })
      instance.on('finished', () => {
        if (box.current) box.current.dataset.finished = 'true'
      })
      instance.setOption(latest.current, true)
      chart.current = instance
    })
    observer.observe(target)
    return () => {
      observer.disconnect()
      chart.current?.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    latest.current = option
    chart.current?.setOption(option, true)
  }, [option])

  return (
    <div ref={box} role="img" aria-label={label} data-testid={testId} style={{ position: 'relative' }}>
      <div ref={canvasBox} style={{ height }} />
      {empty && (
        <Typography.Text type="secondary" style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none' }}>
          {empty}
        </Typography.Text>
      )}
    </div>
  )
}
