// The shift's latest tallies, newest first, each one removable: a mistake is easy to spot here.
import { Button, Empty, List, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Tally } from '../../../shared/ipc/stats'
import { formatClock } from './format'
import { OUTCOME_KEYS } from './outcomes'

export function RecentTallies({ tallies, onRemove }: { tallies: readonly Tally[]; onRemove(id: string): void }) {
  const { t } = useTranslation()
  if (tallies.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('stats.recent.empty')} />
  return (
    <List
      size="small"
      dataSource={tallies as Tally[]}
      data-testid="stats-recent"
      renderItem={(tally) => (
        <List.Item
          actions={[
            <Button key="remove" size="small" type="link" onClick={() => onRemove(tally.id)} aria-label={t('stats.recent.removeLabel', { time: formatClock(tally.at) })}>
              {t('stats.recent.remove')}
            </Button>,
          ]}
        >
          <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
            {formatClock(tally.at)}
          </Typography.Text>
          <Tag color={OUTCOME_KEYS.find((o) => o.outcome === tally.outcome)?.color}>{t(`stats.outcomes.${tally.outcome}`)}</Tag>
          {tally.converted && tally.outcome !== 'converted' && <Tag color="green">{t('stats.outcomes.converted')}</Tag>}
          {tally.customer && <Typography.Text>{tally.customer}</Typography.Text>}
          {tally.source !== 'keypad' && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
              {t(`stats.recent.source.${tally.source}`)}
            </Typography.Text>
          )}
        </List.Item>
      )}
    />
  )
}
