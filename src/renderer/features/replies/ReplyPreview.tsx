// The chosen reply in full, its blanks shown as labelled chips, with what can be done to it.
import { Button, Card, Empty, Space, Tag, Tooltip, Typography } from 'antd'
import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { placeholderLabel } from './placeholder-labels'

const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_]+)\s*\}\}/gu

export type ReplyActions = {
  copy(reply: Reply, hide: boolean): void
  edit(reply: Reply): void
  duplicate(reply: Reply): void
  move(reply: Reply): void
  remove(reply: Reply): void
}

function BodyWithBlanks({ body }: { body: string }) {
  const { t } = useTranslation()
  const parts: ReactNode[] = []
  let at = 0
  for (const m of body.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push(body.slice(at, m.index))
    parts.push(
      <Tag key={m.index} color="blue" style={{ marginInline: 2 }} title={m[0]}>
        {placeholderLabel(m[1]!, t)}
      </Tag>,
    )
    at = m.index + m[0].length
  }
  parts.push(body.slice(at))
  return <>{parts}</>
}

/** Memoised: while the agent types it repaints only when the chosen reply changes. */
export const ReplyPreview = memo(function ReplyPreview({ reply, actions }: { reply: Reply | null; actions: ReplyActions }) {
  const { t } = useTranslation()
  if (!reply) {
    return (
      <Card size="small">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('replies.previewEmpty')} />
      </Card>
    )
  }
  const where = [reply.category || t('replies.uncategorised'), reply.group].filter(Boolean).join(' › ')
  return (
    <Card
      size="small"
      data-testid="reply-preview"
      title={<span style={{ whiteSpace: 'normal' }}>{reply.title}</span>}
      extra={reply.shortcut ? <Tag style={{ fontFamily: 'Consolas, Menlo, monospace', marginInlineEnd: 0 }}>{reply.shortcut}</Tag> : null}
    >
      <Space size={4} wrap style={{ marginBottom: 8 }}>
        <Tag>{where}</Tag>
        <Tooltip title={reply.shared ? t('replies.sharedHint') : t('replies.personalHint')}>
          <Tag color={reply.shared ? 'green' : 'gold'}>{reply.shared ? t('replies.shared') : t('replies.personal')}</Tag>
        </Tooltip>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {reply.uses > 0 ? t('replies.usage', { count: reply.uses, week: reply.weekUses }) : t('replies.neverUsed')}
        </Typography.Text>
      </Space>
      <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, maxHeight: 180, overflowY: 'auto', marginBottom: 12 }}>
        <BodyWithBlanks body={reply.body} />
      </div>
      <Space wrap size={8}>
        <Button type="primary" onClick={() => actions.copy(reply, false)}>
          {t('replies.copy')} <Typography.Text style={{ color: 'inherit', opacity: 0.75, fontSize: 12 }}>Enter</Typography.Text>
        </Button>
        <Button onClick={() => actions.copy(reply, true)}>
          {t('replies.copyAndHide')} <Typography.Text type="secondary" style={{ fontSize: 12 }}>Shift+Enter</Typography.Text>
        </Button>
      </Space>
      <Space wrap size={4} style={{ marginTop: 8 }}>
        <Button size="small" type="link" onClick={() => actions.edit(reply)}>
          {t('replies.edit')}
        </Button>
        <Button size="small" type="link" onClick={() => actions.duplicate(reply)}>
          {t('replies.duplicate')}
        </Button>
        <Button size="small" type="link" onClick={() => actions.move(reply)}>
          {t('replies.move')}
        </Button>
        <Button size="small" type="link" danger onClick={() => actions.remove(reply)}>
          {t('replies.delete')}
        </Button>
      </Space>
    </Card>
  )
})
