// The shift's latest tallies, newest first, each one removable: a mistake is easy to spot here.
import { Button, Empty, List, Tag, Typography } from 'antd'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tally } from '../../../shared/ipc/stats'
import { formatClock } from './format'
import { OUTCOME_KEYS } from './outcomes'

const ROW: CSSProperties = { display: 'grid', gridTemplateColumns: '64px 96px 64px minmax(0, 1fr) 96px', alignItems: 'center', gap: 8, flex: 1, minWidth: 0 }

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
          {/* Fixed columns, so the time, the outcome and the customer line up from row to row. */}
          <div style={ROW} data-testid="stats-recent-row">
            <Typography.Text type="secondary">{formatClock(tally.at)}</Typography.Text>
            <span>
              <Tag color={OUTCOME_KEYS.find((o) => o.outcome === tally.outcome)?.color}>{t(`stats.outcomes.${tally.outcome}`)}</Tag>
            </span>
            <span>{tally.converted && tally.outcome !== 'converted' && <Tag color="green">{t('stats.outcomes.converted')}</Tag>}</span>
            <Typography.Text ellipsis>{tally.customer}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tally.source !== 'keypad' ? t(`stats.recent.source.${tally.source}`) : ''}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  )
}
