// Mounted once in the main window: the register's modals (follow-up, question/idea, capture),
// their hotkeys from any screen, the reminder counts for the badge, and reopening the form
// whose typing was interrupted by a crash or power cut.
import { App } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke, onEvent } from '../../lib/desk'
import { useNavigation } from '../shell/navigation-store'
import { CAPTURE_DRAFT } from './QuickCaptureForm'
import { EntryEditorModal } from './EntryEditorModal'
import { FollowUpModal } from './FollowUpModal'
import { QuickCaptureModal } from './QuickCaptureModal'
import { useRegister } from './register-store'

function reopenDraftedForm(form: string): boolean {
  const register = useRegister.getState()
  if (form === CAPTURE_DRAFT) register.setCaptureOpen(true)
  else if (form === 'register:new') register.openEditor()
  else if (form === 'register:followup:new') register.openFollowUp()
  else if (form.startsWith('register:entry:')) {
    const id = form.slice('register:entry:'.length)
    void invoke('register:get', { id })
      .then((entry) => register.openEntry(entry))
      .catch(() => void invoke('drafts:discard', { form }))
  } else return false
  return true
}

export function RegisterHost() {
  const { t } = useTranslation()
  const { message } = App.useApp()

  useEffect(() => {
    const { loadReminders, setReminders } = useRegister.getState()
    void loadReminders().catch(() => undefined)
    const reload = () => {
      const state = useRegister.getState()
      void state.loadReminders().catch(() => undefined)
      if (useNavigation.getState().section === 'register') void state.load().catch(() => undefined)
    }
    const offs = [onEvent('register:reminders', setReminders), onEvent('register:changed', reload), onEvent('session:changed', reload)]
    return () => offs.forEach((off) => off())
  }, [])

  useEffect(() => {
    let live = true
    invoke('drafts:list', { prefix: 'register:' })
      .then((drafts) => {
        const latest = drafts[0]
        if (live && latest && reopenDraftedForm(latest.form)) void message.info(t('register.draft.reopened'))
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [message, t])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return
      if (event.code === 'KeyN') {
        event.preventDefault()
        useRegister.getState().setCaptureOpen(true)
      } else if (event.code === 'KeyF') {
        event.preventDefault()
        useNavigation.getState().go('register')
        useRegister.getState().showTab('search')
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <>
      <FollowUpModal />
      <EntryEditorModal />
      <QuickCaptureModal />
    </>
  )
}
