// Going online outside the agent's shift is allowed, but asked first: once online, every
// customer who writes must be answered at once.
import { App, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { presenceErrorMessage } from './presence-errors'
import { clockTime, dateKey } from './presence-format'
import { usePresence } from './presence-store'

export function OutsideShiftConfirm() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { confirming, confirmOnline, cancelConfirm } = usePresence()
  const next = confirming?.nextShiftStart ?? null
  const nextText =
    next === null
      ? t('presence.confirm.noNextShift')
      : t('presence.confirm.nextShift', { time: dateKey(next) === dateKey(Date.now()) ? clockTime(next) : `${dateKey(next)} ${clockTime(next)}` })
  return (
    <Modal
      open={confirming !== null}
      title={t('presence.confirm.title')}
      okText={t('presence.confirm.ok')}
      cancelText={t('presence.confirm.cancel')}
      onOk={() => confirmOnline().catch((error: unknown) => void message.error(presenceErrorMessage(error, t)))}
      onCancel={cancelConfirm}
      destroyOnHidden
    >
      <Typography.Paragraph>{nextText}</Typography.Paragraph>
      <Typography.Paragraph>{t('presence.confirm.body')}</Typography.Paragraph>
    </Modal>
  )
}
