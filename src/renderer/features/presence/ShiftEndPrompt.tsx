// At the end of the agent's shift: write the handover and go offline (or just go offline when it is
// already submitted), or, while a customer is still being served, run on for another 15 minutes.
import { Alert, Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import type { HandoverRecord } from '../../../shared/contract'
import type { PresenceSnapshot } from '../../../shared/ipc/presence'
import { SHIFT_EXTENSION_MINUTES } from '../../../shared/ipc/presence-constants'
import { clockTime } from './presence-format'

type Props = {
  prompt: NonNullable<PresenceSnapshot['shift']['endPrompt']>
  /** The handover the agent already submitted for this shift, if any. */
  submitted: HandoverRecord | null
  onHandover(): void
  onOffline(): void
  onExtend(): void
}

export function ShiftEndPrompt({ prompt, submitted, onHandover, onOffline, onExtend }: Props) {
  const { t } = useTranslation()
  const shift = t(`shifts.${prompt.shiftId}`, { defaultValue: prompt.shiftId })
  return (
    <Alert
      type="info"
      showIcon
      role="alert"
      data-testid="presence-shift-end"
      title={t('presence.shiftEnd.title', { shift, time: clockTime(prompt.endsAt) })}
      description={submitted?.submittedAt ? t('presence.shiftEnd.handedOver', { time: clockTime(submitted.submittedAt) }) : t('presence.shiftEnd.body')}
      action={
        <Space orientation="vertical" size={4}>
          {submitted ? (
            <Button type="primary" size="small" onClick={onOffline}>
              {t('presence.shiftEnd.offline')}
            </Button>
          ) : (
            <Button type="primary" size="small" onClick={onHandover}>
              {t('presence.shiftEnd.handover')}
            </Button>
          )}
          <Button size="small" onClick={onExtend}>
            {t('presence.shiftEnd.extend', { minutes: SHIFT_EXTENSION_MINUTES })}
          </Button>
        </Space>
      }
    />
  )
}
