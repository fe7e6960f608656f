// At the end of the agent's shift: write the handover and go offline, or, while a customer is
// still being served, run on for another 15 minutes (as often as needed).
import { Alert, Button, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { SHIFT_EXTENSION_MINUTES, type PresenceSnapshot } from '../../../shared/ipc/presence'
import { clockTime } from './presence-format'

type Props = { prompt: NonNullable<PresenceSnapshot['shift']['endPrompt']>; onHandover(): void; onExtend(): void }

export function ShiftEndPrompt({ prompt, onHandover, onExtend }: Props) {
  const { t } = useTranslation()
  const shift = t(`shifts.${prompt.shiftId}`, { defaultValue: prompt.shiftId })
  return (
    <Alert
      type="info"
      showIcon
      role="alert"
      data-testid="presence-shift-end"
      title={t('presence.shiftEnd.title', { shift, time: clockTime(prompt.endsAt) })}
      description={t('presence.shiftEnd.body')}
      action={
        <Space orientation="vertical" size={4}>
          <Button type="primary" size="small" onClick={onHandover}>
            {t('presence.shiftEnd.handover')}
          </Button>
          <Button size="small" onClick={onExtend}>
            {t('presence.shiftEnd.extend', { minutes: SHIFT_EXTENSION_MINUTES })}
          </Button>
        </Space>
      }
    />
  )
}
