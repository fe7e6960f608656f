// Shows the follow-up form over any screen when something calls `openFollowUp(prefill)`.
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { EditorModal } from './EditorModal'
import { FollowUpForm } from './FollowUpForm'
import { useRegister } from './register-store'

export function FollowUpModal() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const request = useRegister((s) => s.followUp)
  const close = useRegister((s) => s.closeFollowUp)
  return (
    <EditorModal open={request !== null} title={t(request?.entryId ? 'register.followUp.editTitle' : 'register.followUp.newTitle')} width={760} onClose={close}>
      {request ? (
        <FollowUpForm
          initial={request.prefill}
          entryId={request.entryId}
          onCancel={close}
          onSaved={(entry) => {
            close()
            request.onSaved?.(entry)
            void message.success(t('register.saved'))
          }}
        />
      ) : null}
    </EditorModal>
  )
}
