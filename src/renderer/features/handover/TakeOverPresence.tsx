// The presence state on the take-over screen: the agent sees they are offline (or still online)
// and why going online waits; the switch answers with main's reason if they try anyway.
import { Alert, Flex } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { onEvent } from '../../lib/desk'
import { PresenceToggle } from '../presence/PresenceToggle'
import { usePresence } from '../presence/presence-store'

export function TakeOverPresence({ urgent }: { urgent: number }) {
  const { t } = useTranslation()
  const status = usePresence((s) => s.snapshot?.status)
  const { load, apply } = usePresence.getState()

  useEffect(() => {
    load().catch(() => undefined)
    return onEvent('presence:snapshot', apply)
  }, [load, apply])

  const note = urgent > 0 ? t('handover.takeOver.presenceBlocked', { count: urgent }) : t('handover.takeOver.presenceFree')
  return (
    <Alert
      type={urgent > 0 && status !== 'offline' ? 'warning' : 'info'}
      data-testid="take-over-presence"
      title={
        <Flex align="center" gap={12} wrap>
          <span>{t('handover.takeOver.presenceNow', { status: status ? t(`presence.status.${status}`) : '…' })}</span>
          <PresenceToggle />
        </Flex>
      }
      description={note}
    />
  )
}
