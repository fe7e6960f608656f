// A presence hook (or the log) that failed: shown until the agent closes it, never swallowed.
import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { PresenceSnapshot } from '../../../shared/ipc/presence'
import { clockTime } from './presence-format'

export function HookFailure({ failure, onClose }: { failure: PresenceSnapshot['failures'][number]; onClose(): void }) {
  const { t } = useTranslation()
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose, 'aria-label': t('presence.failure.close') }}
      data-testid="presence-failure"
      title={t(`presence.failure.${failure.kind}`, { time: clockTime(failure.at) })}
      description={t('presence.failure.detail', { detail: failure.message })}
    />
  )
}
