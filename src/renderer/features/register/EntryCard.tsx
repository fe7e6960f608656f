// One register entry in the list: what it is, its answer or that it still waits for one, and
// for a follow-up the buyer, order, promise, callback time, state and after-sales check; a hard
// question flagged for the lead (疑难) says so.
import { Button, Card, Flex, Select, Space, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { CHECK_STATES, FOLLOW_UP_STATUSES, type CheckState, type FollowUpStatus } from '../../../shared/domain/register'
import type { RegisterEntry } from '../../../shared/ipc/register'
import { formatShort } from '../../lib/time'

const KIND_COLORS = { question: 'blue', idea: 'purple', followup: 'cyan' } as const
const URGENCY_COLORS = { overdue: 'red', dueToday: 'orange', later: 'default', done: 'green' } as const
const CHECK_COLORS = { pending: 'default', verified: 'green', problem: 'red' } as const

type Props = {
  entry: RegisterEntry
  onEdit(): void
  onAnswer(): void
  onStatus(status: FollowUpStatus): void
  onCheckState(checkState: CheckState): void
  onDelete(): void
}

export function EntryCard({ entry, onEdit, onAnswer, onStatus, onCheckState, onDelete }: Props) {
  const { t } = useTranslation()
  const f = entry.followUp
  const line = (label: string, value: string, danger = false) =>
    value ? (
      <Typography.Text type={danger ? 'danger' : undefined}>
        <Typography.Text type="secondary">{t('labelled', { label })}</Typography.Text>
        {value}
      </Typography.Text>
    ) : null
  return (
    <Card size="small" data-testid="register-entry" style={entry.urgency === 'overdue' ? { borderColor: '#ffa39e' } : undefined}>
      <Flex justify="space-between" align="start" gap={12}>
        <Space orientation="vertical" size={4} style={{ minWidth: 0, flex: 1 }}>
          <Space size={4} wrap>
            <Tag color={KIND_COLORS[entry.kind]}>{t(`register.kinds.${entry.kind}`)}</Tag>
            {entry.urgency && entry.urgency !== 'later' ? <Tag color={URGENCY_COLORS[entry.urgency]}>{t(`register.urgency.${entry.urgency}`)}</Tag> : null}
            {entry.hard ? (
              <Tag color="magenta" data-testid="register-entry-hard">
                {t('register.hard.tag')}
              </Tag>
            ) : null}
            {entry.kind === 'question' && entry.answer === '' ? <Tag color="gold">{t('register.unanswered')}</Tag> : null}
            {f ? (
              <Tag color={CHECK_COLORS[f.checkState]} data-testid="register-entry-check">
                {t(`register.check.${f.checkState}`)}
              </Tag>
            ) : null}
            {entry.tags.map((tag) => (
              <Tag key={tag} variant="outlined">
                #{tag}
              </Tag>
            ))}
          </Space>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} strong>
            {entry.text}
          </Typography.Paragraph>
          {f ? (
            <Space orientation="vertical" size={0}>
              <Space size={16} wrap>
                {line(t('register.fields.customer'), f.customer)}
                {line(t('register.fields.orderNo'), f.orderNo)}
                {line(t('register.fields.purchaseDate'), f.purchaseDate)}
              </Space>
              {line(t('register.fields.buyerWants'), f.buyerWants)}
              {line(t('register.fields.promised'), f.promised)}
              {line(t('register.fields.due'), f.dueAt === null ? '' : formatShort(f.dueAt), entry.urgency === 'overdue')}
              {line(t('register.fields.resolution'), f.resolution)}
            </Space>
          ) : entry.answer ? (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              <Typography.Text type="secondary">{t('labelled', { label: t('register.fields.answer') })}</Typography.Text>
              {entry.answer}
            </Typography.Paragraph>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('register.byline', { author: entry.createdBy, at: formatShort(entry.createdAt) })}
            {entry.updatedAt !== entry.createdAt ? ` · ${t('register.changedBy', { author: entry.updatedBy, at: formatShort(entry.updatedAt) })}` : ''}
          </Typography.Text>
        </Space>
        <Space orientation="vertical" size={4} align="end">
          {f ? (
            <>
              <Select
                size="small"
                value={f.status}
                style={{ width: 104 }}
                aria-label={t('register.fields.status')}
                onChange={onStatus}
                options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`register.status.${s}`) }))}
              />
              <Select
                size="small"
                value={f.checkState}
                style={{ width: 104 }}
                aria-label={t('register.fields.checkState')}
                onChange={onCheckState}
                options={CHECK_STATES.map((s) => ({ value: s, label: t(`register.check.${s}`) }))}
              />
            </>
          ) : entry.answer === '' ? (
            <Button size="small" type="primary" ghost onClick={onAnswer}>
              {t('register.fillAnswer')}
            </Button>
          ) : null}
          <Space size={4}>
            <Button size="small" onClick={onEdit}>
              {t('register.edit')}
            </Button>
            <Button size="small" danger onClick={onDelete}>
              {t('register.delete')}
            </Button>
          </Space>
        </Space>
      </Flex>
    </Card>
  )
}
