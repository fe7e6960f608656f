// Writing a new question or idea, or editing one (often: filling in its answer).
import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { EditorModal } from './EditorModal'
import { EntryForm } from './EntryForm'
import { useRegister } from './register-store'

export function EntryEditorModal() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const request = useRegister((s) => s.editor)
  const close = useRegister((s) => s.closeEditor)
  return (
    <EditorModal open={request !== null} title={t(request?.entryId ? 'register.editor.editTitle' : 'register.editor.newTitle')} width={640} onClose={close}>
      {request ? (
        <EntryForm
          entryId={request.entryId}
          kind={request.kind}
          focusAnswer={request.focus === 'answer'}
          onCancel={close}
          onSaved={() => {
            close()
            void message.success(t('register.saved'))
          }}
        />
      ) : null}
    </EditorModal>
  )
}
