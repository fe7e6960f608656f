// One of each antd component the stats screen shows when it opens, never seen: antd builds a
// component type's CSS the first time that type renders (about 80 ms for this screen's types),
// and keeps it while an instance of the type stays mounted. Rendered once while the app is idle
// (StatsStyleWarmup), so opening the section only lays out and draws. For the same reason a
// sample chart is drawn once, off the page: ECharts' first chart in a page also runs its code
// for the first time.
import { Button, Card, Col, Flex, Input, Row, Segmented, Space, Spin, Statistic, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import { useEffect } from 'react'
import { echarts } from './echarts'

function drawSampleChart(): () => void {
  const chart = echarts.init(document.createElement('div'), undefined, { width: 400, height: 200 })
  chart.on('finished', () => chart.dispose())
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: ['a', 'b'] },
    yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
    series: [
      { name: 'a', type: 'bar', data: [1, 2] },
      { name: 'b', type: 'line', yAxisIndex: 1, data: [50, null] },
    ],
  })
  return () => {
    if (!chart.isDisposed()) chart.dispose()
  }
}

export default function StatsStyleSamples() {
  useEffect(drawSampleChart, [])
  return (
    <div hidden aria-hidden="true" data-testid="stats-style-samples">
      <Flex vertical gap={16}>
        <Typography.Title level={3}>-</Typography.Title>
        <Tag color="blue">-</Tag>
        <Card size="small" title="-">
          <Row gutter={[16, 8]}>
            <Col flex="1 1 0">
              <Statistic title="-" value={0} />
            </Col>
          </Row>
          <Tooltip title="-">
            <Button>-</Button>
          </Tooltip>
          <Input />
          <Typography.Text type="secondary">-</Typography.Text>
        </Card>
        <Tabs items={[{ key: 'sample', label: '-', children: <Spin /> }]} />
        <Space>
          <Segmented options={['-']} />
        </Space>
        <Table size="small" pagination={false} columns={[{ title: '-', dataIndex: 'n', key: 'n', align: 'right' }]} dataSource={[{ key: 'sample', n: 0 }]} />
      </Flex>
    </div>
  )
}
