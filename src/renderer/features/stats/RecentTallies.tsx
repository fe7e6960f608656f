// The shift's latest tallies, newest first, each one removable: a mistake is easy to spot here.
// A customer who did not buy shows why, or offers to say why (未成交原因).
import { Button, Empty, List, Tag, Typography } from 'antd'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tally } from '../../../shared/ipc/stats'
import { formatClock } from './format'
import { lostReasonLabel } from './lost-reason-label'
import { OUTCOME_KEYS } from './outcomes'

const ROW: CSSProperties = { display: 'grid', gridTemplateColumns: '64px 96px 64px minmax(0, 1fr) 140px 96px', alignItems: 'center', gap: 8, flex: 1, minWidth: 0 }

export function RecentTallies({ tallies, onRemove, onReason }: { tallies: readonly Tally[]; onRemove(id: string): void; onReason(tally: Tally): void }) {
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
            <span>
              {!tally.converted && (
                <Button size="small" type={tally.lostReason ? 'text' : 'dashed'} onClick={() => onReason(tally)} data-testid="stats-recent-reason" title={tally.lostReason?.note || undefined}>
                  {tally.lostReason ? <Tag color="volcano">{lostReasonLabel(tally.lostReason, t)}</Tag> : t('stats.lostReason.add')}
                </Button>
              )}
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tally.source !== 'keypad' ? t(`stats.recent.source.${tally.source}`) : ''}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  )
}
