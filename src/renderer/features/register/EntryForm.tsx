// A question (疑问) or an idea (想法) and, once known, its answer; a hard one is flagged for the
// lead (疑难). Ctrl+Enter saves.
import { Alert, Checkbox, Form, Input, Segmented, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_LIMITS } from '../../../shared/domain/register'
import type { RegisterEntry } from '../../../shared/ipc/register'
import { DraftNotice } from './DraftNotice'
import { FormActions } from './FormActions'
import { refuseOversizePaste } from './form-guards'
import { TagsField } from './TagsField'
import { useEntryEditor } from './useEntryEditor'
import { NEW_ENTRY_DRAFT } from './draft-forms'

type NoteKind = 'question' | 'idea'
type EntryValues = { kind: NoteKind; text: string; answer: string; tags: string[]; hard: boolean }

export type EntryFormProps = {
  entryId?: string
  kind?: NoteKind
  /** Put the cursor in the answer (filling in an answer later). */
  focusAnswer?: boolean
  onSaved?(entry: RegisterEntry): void
  onCancel?(): void
}

export function EntryForm({ entryId, kind = 'question', focusAnswer = false, onSaved, onCancel }: EntryFormProps) {
  const { t } = useTranslation()
  const [form] = Form.useForm<EntryValues>()
  const [start, setStart] = useState<EntryValues | null>(null)
  const [restored, setRestored] = useState(false)
  const label = (field: string) => t(`register.fields.${field}`)
  const { draft, saved, failure, busy, formProps } = useEntryEditor<EntryValues>({
    entryId,
    newDraft: NEW_ENTRY_DRAFT,
    form,
    label,
    toEntry: (values) => ({ kind: values.kind, text: values.text, answer: values.answer ?? '', tags: values.tags ?? [], hard: values.hard === true }),
    onSaved,
  })

  useEffect(() => {
    if (start !== null || draft.recovered === undefined || saved === undefined) return
    const base: EntryValues = saved
      ? { kind: saved.kind === 'idea' ? 'idea' : 'question', text: saved.text, answer: saved.answer, tags: saved.tags, hard: saved.hard }
      : { kind, text: '', answer: '', tags: [], hard: false }
    setStart(draft.recovered ? { ...base, ...draft.recovered.values } : base)
    setRestored(draft.recovered !== null)
  }, [draft.recovered, saved, kind, start])

  const restart = async () => {
    await draft.discard()
    form.setFieldsValue(
      saved ? { kind: saved.kind === 'idea' ? 'idea' : 'question', text: saved.text, answer: saved.answer, tags: saved.tags, hard: saved.hard } : { kind, text: '', answer: '', tags: [], hard: false },
    )
    setRestored(false)
  }

  const refused = (field: 'text' | 'answer') => (length: number) =>
    form.setFields([{ name: field, errors: [t('register.limits.pasteRefused', { length, max: REGISTER_LIMITS[field] })] }])

  if (start === null) return failure ? <Alert type="error" showIcon title={failure} /> : <Spin style={{ display: 'block', margin: '48px auto' }} />
  return (
    <Form {...formProps} initialValues={start} data-testid="entry-form">
      {restored && draft.recovered ? <DraftNotice kind="restored" savedAt={draft.recovered.savedAt} onAction={() => void restart()} /> : null}
      <Form.Item name="kind" label={label('kind')}>
        <Segmented options={(['question', 'idea'] as const).map((k) => ({ value: k, label: t(`register.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="text"
        label={label('text')}
        rules={[
          { required: true, whitespace: true, message: t('form.required', { field: label('text') }) },
          { max: REGISTER_LIMITS.text, message: t('form.tooLong', { field: label('text'), max: REGISTER_LIMITS.text }) },
        ]}
      >
        <Input.TextArea autoFocus={!focusAnswer} autoSize={{ minRows: 2, maxRows: 8 }} placeholder={t('register.placeholders.text')} onPaste={refuseOversizePaste(REGISTER_LIMITS.text, refused('text'))} />
      </Form.Item>
      <Form.Item
        name="answer"
        label={label('answer')}
        extra={t('register.answerHelp')}
        rules={[{ max: REGISTER_LIMITS.answer, message: t('form.tooLong', { field: label('answer'), max: REGISTER_LIMITS.answer }) }]}
      >
        <Input.TextArea autoFocus={focusAnswer} autoSize={{ minRows: 2, maxRows: 10 }} placeholder={t('register.placeholders.answer')} onPaste={refuseOversizePaste(REGISTER_LIMITS.answer, refused('answer'))} />
      </Form.Item>
      <TagsField />
      <Form.Item name="hard" valuePropName="checked" extra={t('register.hard.help')}>
        <Checkbox>{t('register.hard.flag')}</Checkbox>
      </Form.Item>
      <FormActions failure={failure} busy={busy} onCancel={onCancel} />
    </Form>
  )
}
