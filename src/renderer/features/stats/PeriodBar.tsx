// Day / week / month and the steps back and forward: the agent's own stats, the lead view and
// its preview.
import { Button, Flex, Segmented, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { StatsPeriod } from '../../../shared/domain/stats'
import type { StatsSummary } from '../../../shared/ipc/stats'
import { periodTitle } from './bucket-labels'

type Head = Pick<StatsSummary, 'period' | 'from' | 'to' | 'previous' | 'next' | 'current'>
type Props = { head: Head; onShow(period: StatsPeriod, date: string | null): void; titleTestId: string; extra?: React.ReactNode }

export function PeriodBar({ head, onShow, titleTestId, extra }: Props) {
  const { t } = useTranslation()
  return (
    <Flex align="center" justify="space-between" wrap gap={8}>
      <Space>
        <Segmented<StatsPeriod>
          value={head.period}
          onChange={(period) => onShow(period, head.current ? null : head.from)}
          options={(['day', 'week', 'month'] as const).map((p) => ({ value: p, label: t(`stats.period.${p}`) }))}
        />
        <Typography.Text strong data-testid={titleTestId}>
          {periodTitle(head, t)}
        </Typography.Text>
      </Space>
      <Space wrap>
        {extra}
        <Button onClick={() => onShow(head.period, head.previous)}>{t(`stats.period.previous.${head.period}`)}</Button>
        <Button onClick={() => onShow(head.period, null)} disabled={head.current}>
          {t('stats.period.current')}
        </Button>
        <Button onClick={() => onShow(head.period, head.next)} disabled={head.current}>
          {t(`stats.period.next.${head.period}`)}
        </Button>
      </Space>
    </Flex>
  )
}
