// Everything presence has to tell the agent, docked above the section on every screen: the idle
// warning, what happened while they were away, the end of their shift, failed hooks. In the page's
// flow (not floating), so it pushes the section down and never covers its buttons.
import { App, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { presenceErrorMessage } from './presence-errors'
import { useHandover } from '../handover/handover-store'
import { useNavigation } from '../shell/navigation-store'
import { AutoOfflineNotice } from './AutoOfflineNotice'
import { HookFailure } from './HookFailure'
import { IdleWarning } from './IdleWarning'
import { usePresence } from './presence-store'
import { ShiftEndPrompt } from './ShiftEndPrompt'

export function PresenceBanners() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const go = useNavigation((s) => s.go)
  const submitted = useHandover((s) => s.board?.mySubmission ?? null)
  const { snapshot, choose, dismissNotice, dismissFailure, extendShift, endShift } = usePresence()
  if (!snapshot) return null
  const { warning, autoOffline, shift, failures } = snapshot
  if (!warning && !autoOffline && !shift.endPrompt && failures.length === 0) return null
  const run = (action: () => Promise<void>) => () => void action().catch((error: unknown) => void message.error(presenceErrorMessage(error, t)))

  return (
    <div
      role="region"
      aria-label={t('presence.banners')}
      data-testid="presence-banners"
      style={{ flex: 'none', padding: '12px 16px 0', maxHeight: '40vh', overflowY: 'auto' }}
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        {warning && <IdleWarning warning={warning} inAppOnly={snapshot.idle.source === 'in-app'} />}
        {autoOffline && snapshot.status === 'offline' && (
          <AutoOfflineNotice notice={autoOffline} onBackOnline={run(() => choose('online'))} onDismiss={run(dismissNotice)} />
        )}
        {shift.endPrompt && (
          <ShiftEndPrompt
            prompt={shift.endPrompt}
            submitted={submitted}
            onOffline={run(endShift)}
            onExtend={run(extendShift)}
            onHandover={run(async () => {
              await endShift()
              go('handover')
            })}
          />
        )}
        {failures.map((f) => (
          <HookFailure key={f.id} failure={f} onClose={run(() => dismissFailure(f.id))} />
        ))}
      </Space>
    </div>
  )
}
