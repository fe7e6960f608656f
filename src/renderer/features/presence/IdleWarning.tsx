// "Still there?": the in-app half of the warning before an idle auto-offline (main also sends a
// system notification). Any input in the window clears it; so does the mouse elsewhere when
// the OS idle clock works.
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PresenceSnapshot } from '../../../shared/ipc/presence'
import { useNow } from '../../lib/useNow'

export function IdleWarning({ warning, inAppOnly }: { warning: NonNullable<PresenceSnapshot['warning']>; inAppOnly: boolean }) {
  const { t } = useTranslation()
  const now = useNow(1_000)
  const seconds = Math.max(0, Math.ceil((warning.offlineAt - now.getTime()) / 1000))
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="presence-warning"
      title={t('presence.warning.title', { seconds })}
      description={t(inAppOnly ? 'presence.warning.bodyInApp' : 'presence.warning.body')}
    />
  )
}
