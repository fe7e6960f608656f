// What the register's two full forms (question/idea and follow-up) do alike around their fields:
// keep a draft of the typing, load the saved entry when editing one, and save — creating or
// updating, the draft settled first, main's refusals put next to their fields.
import type { FormInstance, FormProps } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EntryDraft, RegisterEntry } from '../../../shared/ipc/register'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { showServerError, submitOnCtrlEnter } from './form-guards'
import { useDraft, type DraftHandle } from './useDraft'
import { ENTRY_DRAFT_PREFIX } from './draft-forms'

type Options<V> = {
  /** Edit this saved entry instead of writing a new one. */
  entryId: string | undefined
  /** The draft's name for a new entry (an edited one keeps its draft under its id). */
  newDraft: string
  form: FormInstance<V>
  label(field: string): string
  /** The form's values as main stores them; `saved` is the entry being edited, if any. */
  toEntry(values: V, saved: RegisterEntry | null): EntryDraft
  onSaved?(entry: RegisterEntry): void
}

export type EntryEditor<V> = {
  draft: DraftHandle<V>
  /** undefined while loading the edited entry; null for a new one. */
  saved: RegisterEntry | null | undefined
  /** The sentence to show above the form; null when there is none. */
  failure: string | null
  busy: boolean
  /** For the form element: saves on Finish and Ctrl+Enter, keeps the draft on every change. */
  formProps: FormProps<V>
}

export function useEntryEditor<V>({ entryId, newDraft, form, label, toEntry, onSaved }: Options<V>): EntryEditor<V> {
  const { t } = useTranslation()
  const draftForm = entryId ? `${ENTRY_DRAFT_PREFIX}${entryId}` : newDraft
  const draft = useDraft<V>(draftForm)
  const [saved, setSaved] = useState<RegisterEntry | null | undefined>(entryId ? undefined : null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!entryId) return
    invoke('register:get', { id: entryId })
      .then(setSaved)
      .catch((error: unknown) => setFailure(errorMessage(error, t)))
  }, [entryId, t])

  const submit = async (values: V) => {
    setBusy(true)
    setFailure(null)
    try {
      await draft.settle()
      const entry = toEntry(values, saved ?? null)
      const result = entryId ? await invoke('register:update', { id: entryId, entry, draftForm }) : await invoke('register:create', { entry, draftForm })
      onSaved?.(result)
    } catch (error) {
      setFailure(showServerError(error, form, t, label))
    } finally {
      setBusy(false)
    }
  }

  const formProps: FormProps<V> = {
    form,
    layout: 'vertical',
    onFinish: submit,
    onValuesChange: () => draft.save(form.getFieldsValue(true) as V),
    onKeyDown: submitOnCtrlEnter(form),
  }
  return { draft, saved, failure, busy, formProps }
}
