// One handover item as every list shows it: customer, order, urgency, due time, the situation,
// what to do next and what was promised, who is on it, and (on request) its story.
import { Button, Card, Flex, Space, Tag, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverItem } from '../../../shared/contract'
import { isHandoverOverdue } from '../../../shared/domain/handover'
import { useNow } from '../../lib/useNow'
import { formatWhen } from '../../lib/time'
import { ItemHistory } from './ItemHistory'
import { UrgencyTag } from './UrgencyTag'

function Line({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div>
      <Typography.Text type="secondary">{t('labelled', { label })}</Typography.Text>
      <span style={{ whiteSpace: 'pre-wrap' }}>{children}</span>
    </div>
  )
}

export function HandoverItemCard({ item, actions, historyOpen = false }: { item: HandoverItem; actions?: ReactNode; historyOpen?: boolean }) {
  const { t } = useTranslation()
  const now = useNow(60_000).getTime()
  const [showHistory, setShowHistory] = useState(historyOpen)
  const overdue = isHandoverOverdue(item, now)
  const who =
    item.state === 'done'
      ? t('handover.card.doneBy', { name: item.holderName ?? '' })
      : item.state === 'held'
        ? t('handover.card.heldBy', { name: item.holderName ?? '' })
        : item.state === 'awaiting'
          ? t('handover.card.handedBy', { name: item.handedOverByName ?? '' })
          : t('handover.card.draft')
  return (
    <Card size="small" data-testid="handover-item" data-urgency={item.urgency} style={item.urgency === 'urgent' && item.state !== 'done' ? { borderColor: '#ff7875' } : undefined}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <Space wrap size={4}>
          <UrgencyTag urgency={item.urgency} />
          <Typography.Text strong>{item.customer || t('handover.card.noCustomer')}</Typography.Text>
          {item.orderNo && <Typography.Text copyable={{ text: item.orderNo }}>{t('handover.card.order', { no: item.orderNo })}</Typography.Text>}
          {item.state === 'done' && <Tag color="green">{t('handover.state.done')}</Tag>}
        </Space>
        {item.dueAt !== null && (
          <Tag color={overdue ? 'red' : 'default'}>{overdue ? t('handover.card.overdue', { when: formatWhen(item.dueAt, now) }) : t('handover.card.due', { when: formatWhen(item.dueAt, now) })}</Tag>
        )}
      </Flex>
      <Space orientation="vertical" size={2} style={{ width: '100%', marginTop: 8 }}>
        <Line label={t('handover.field.situation')}>{item.situation}</Line>
        {item.nextStep && <Line label={t('handover.field.nextStep')}>{item.nextStep}</Line>}
        {item.promised && <Line label={t('handover.field.promised')}>{item.promised}</Line>}
        {item.resolution && <Line label={t('handover.field.resolution')}>{item.resolution}</Line>}
      </Space>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">
          {t('handover.card.writtenBy', { name: item.authorName, when: formatWhen(item.createdAt, now) })} · {who}
          {item.history.length > 0 && (
            <Button type="link" size="small" onClick={() => setShowHistory(!showHistory)} aria-expanded={showHistory}>
              {showHistory ? t('handover.card.hideHistory') : t('handover.card.showHistory', { n: item.history.length })}
            </Button>
          )}
        </Typography.Text>
        {actions && <Space wrap>{actions}</Space>}
      </Flex>
      {showHistory && <ItemHistory history={item.history} />}
    </Card>
  )
}
