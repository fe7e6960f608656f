// The live figures of the shift being worked (or of today outside every shift).
import { Col, Row, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import type { CurrentStats } from '../../../shared/ipc/stats'
import { formatRate, formatYuan } from './format'

export function ShiftCounters({ current }: { current: CurrentStats }) {
  const { t } = useTranslation()
  const f = current.figures
  const items = [
    ['served', f.served],
    ['effective', f.effective],
    ['converted', f.converted],
    ['rate', formatRate(f.conversionRate)],
    ['thanked', f.thanked],
    ['transferred', f.transferred],
    ['pay', formatYuan(f.pay)],
  ] as const
  return (
    <Row gutter={[16, 8]} data-testid="stats-counters">
      {items.map(([key, value]) => (
        <Col key={key} flex="1 1 0" style={{ minWidth: 96 }} data-testid={`stats-counter-${key}`}>
          <Statistic title={t(`stats.counters.${key}`)} value={value} />
        </Col>
      ))}
    </Row>
  )
}
