// One notice that a colleague's later edit replaced the agent's version of a shared reply: who
// and when, her lost text to read, and three quiet actions (copy it, put it back, dismiss).
import { Alert, Button, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ReplyOverwrite } from '../../../shared/ipc/reply-overwrites'
import { formatWhen } from '../../lib/time'

type Props = { notice: ReplyOverwrite; busy: boolean; onCopy(): void; onPutBack(): void; onDismiss(): void }

export function OverwriteNoticeCard({ notice, busy, onCopy, onPutBack, onDismiss }: Props) {
  const { t } = useTranslation()
  const title = notice.replyTitle || notice.lostTitle
  const facts = { title, name: notice.overwriterName, when: formatWhen(notice.overwrittenAt), written: formatWhen(notice.writtenAt) }
  return (
    <Alert
      type="info"
      showIcon
      data-testid="overwrite-notice"
      title={t('replies.overwrite.title', facts)}
      description={
        <Space orientation="vertical" size={6} style={{ width: '100%' }}>
          <Typography.Text>{t('replies.overwrite.body', facts)}</Typography.Text>
          <div
            aria-label={t('replies.overwrite.yourVersion')}
            data-testid="overwrite-lost-text"
            style={{ whiteSpace: 'pre-wrap', maxHeight: 120, overflowY: 'auto', padding: '6px 10px', background: '#fff', border: '1px solid #e6f0ff', borderRadius: 6 }}
          >
            {notice.lostTitle !== title ? <Typography.Text strong>{notice.lostTitle}{'\n'}</Typography.Text> : null}
            {notice.lostBody}
          </div>
          <Space size={8} wrap>
            <Button size="small" onClick={onCopy} disabled={busy}>
              {t('replies.overwrite.copy')}
            </Button>
            <Button size="small" onClick={onPutBack} loading={busy} data-testid="overwrite-put-back">
              {t('replies.overwrite.putBack')}
            </Button>
            <Button size="small" type="text" onClick={onDismiss} disabled={busy}>
              {t('replies.overwrite.dismiss')}
            </Button>
          </Space>
        </Space>
      }
    />
  )
}
