// What happened while the agent was away: when and why ShiftDesk went offline and how long they
// were gone. Coming back never restores "online": this button is the only way back.
import { Alert, Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { describeAutoOffline } from '../../../shared/domain/presence'
import type { PresenceSnapshot } from '../../../shared/ipc/presence'
import { useNow } from '../../lib/useNow'
import { clockTime } from './presence-format'

type Props = { notice: NonNullable<PresenceSnapshot['autoOffline']>; onBackOnline(): void; onDismiss(): void }

export function AutoOfflineNotice({ notice, onBackOnline, onDismiss }: Props) {
  const { t } = useTranslation()
  const now = useNow(30_000)
  const facts = describeAutoOffline(notice.change, notice.returnedAt ?? now.getTime())
  const why =
    facts.reason === 'idle' ? t('presence.notice.idle', { minutes: facts.idleMinutes ?? 0 }) : t(`presence.notice.${facts.reason}`)
  const away = t(notice.returnedAt === null ? 'presence.notice.awaySoFar' : 'presence.notice.away', { minutes: facts.awayMinutes })
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="presence-auto-offline"
      title={t('presence.notice.title', { time: clockTime(facts.at), why, away })}
      description={t('presence.notice.body')}
      action={
        <Space orientation="vertical" size={4}>
          <Button type="primary" size="small" onClick={onBackOnline} data-testid="presence-back-online">
            {t('presence.notice.backOnline')}
          </Button>
          <Button size="small" onClick={onDismiss}>
            {t('presence.notice.stayOffline')}
          </Button>
        </Space>
      }
    />
  )
}
