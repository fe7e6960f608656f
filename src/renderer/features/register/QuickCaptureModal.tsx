// The capture box inside the main window (Ctrl+Shift+N from any screen): the same form as the
// capture window, for systems where global hotkeys do not work.
import { App, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { QuickCaptureForm } from './QuickCaptureForm'
import { useRegister } from './register-store'

export function QuickCaptureModal() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const open = useRegister((s) => s.captureOpen)
  const setOpen = useRegister((s) => s.setCaptureOpen)
  return (
    <Modal open={open} title={t('register.capture.title')} footer={null} onCancel={() => setOpen(false)} destroyOnHidden width={520}>
      <QuickCaptureForm
        onSaved={(entry) => {
          setOpen(false)
          void message.success(t('register.capture.saved', { text: entry.text.slice(0, 30) }))
        }}
        onEscape={() => setOpen(false)}
      />
    </Modal>
  )
}
