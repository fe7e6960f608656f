// Mounted once in the main window: the register's modals (follow-up, question/idea, capture),
// their hotkeys from any screen, the reminder counts for the badge, and reopening the form
// whose typing was interrupted by a crash or power cut.
import { App } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { invoke, onEvent } from '../../lib/desk'
import { lazyView, preloadWhenIdle, useOnceTrue } from '../../lib/lazy-view'
import { useNavigation } from '../shell/navigation-store'
import { CAPTURE_DRAFT, ENTRY_DRAFT_PREFIX, NEW_ENTRY_DRAFT, NEW_FOLLOW_UP_DRAFT } from './draft-forms'
import { useRegister } from './register-store'

// The forms (and the form library) load while the app idles, not with the first screen; each is
// mounted from its first opening on.
const followUpModal = lazyView(() => import('./FollowUpModal').then((m) => m.FollowUpModal))
const entryEditorModal = lazyView(() => import('./EntryEditorModal').then((m) => m.EntryEditorModal))
const quickCaptureModal = lazyView(() => import('./QuickCaptureModal').then((m) => m.QuickCaptureModal))
preloadWhenIdle([quickCaptureModal, followUpModal, entryEditorModal])

function reopenDraftedForm(form: string): boolean {
  const register = useRegister.getState()
  if (form === CAPTURE_DRAFT) register.setCaptureOpen(true)
  else if (form === NEW_ENTRY_DRAFT) register.openEditor()
  else if (form === NEW_FOLLOW_UP_DRAFT) register.openFollowUp()
  else if (form.startsWith(ENTRY_DRAFT_PREFIX)) {
    const id = form.slice(ENTRY_DRAFT_PREFIX.length)
    void invoke('register:get', { id })
      .then((entry) => register.openEntry(entry))
      .catch(() => void invoke('drafts:discard', { form }))
  } else return false
  return true
}

export function RegisterHost() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const followUpShown = useOnceTrue(useRegister((s) => s.followUp !== null))
  const editorShown = useOnceTrue(useRegister((s) => s.editor !== null))
  const captureShown = useOnceTrue(useRegister((s) => s.captureOpen))

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
      {followUpShown && <followUpModal.View />}
      {editorShown && <entryEditorModal.View />}
      {captureShown && <quickCaptureModal.View />}
    </>
  )
}
