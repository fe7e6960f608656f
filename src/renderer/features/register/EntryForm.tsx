// A question (疑问) or an idea (想法) and, once known, its answer. Ctrl+Enter saves.
import { Alert, Button, Flex, Form, Input, Segmented, Select, Spin } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_LIMITS } from '../../../shared/domain/register'
import type { RegisterEntry } from '../../../shared/ipc/register'
import { invoke } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { isSubmitEnter, refuseOversizePaste, showServerError } from './form-guards'
import { formatShort } from './time'
import { useDraft } from './useDraft'

type NoteKind = 'question' | 'idea'
type EntryValues = { kind: NoteKind; text: string; answer: string; tags: string[] }

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
  const draftForm = entryId ? `register:entry:${entryId}` : 'register:new'
  const draft = useDraft<EntryValues>(draftForm)
  const [saved, setSaved] = useState<RegisterEntry | null | undefined>(entryId ? undefined : null)
  const [start, setStart] = useState<EntryValues | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [restored, setRestored] = useState(false)
  const label = (field: string) => t(`register.fields.${field}`)

  useEffect(() => {
    if (!entryId) return
    invoke('register:get', { id: entryId })
      .then(setSaved)
      .catch((error: unknown) => setFailure(errorMessage(error, t)))
  }, [entryId, t])

  useEffect(() => {
    if (start !== null || draft.recovered === undefined || saved === undefined) return
    const base: EntryValues = saved
      ? { kind: saved.kind === 'idea' ? 'idea' : 'question', text: saved.text, answer: saved.answer, tags: saved.tags }
      : { kind, text: '', answer: '', tags: [] }
    setStart(draft.recovered ? { ...base, ...draft.recovered.values } : base)
    setRestored(draft.recovered !== null)
  }, [draft.recovered, saved, kind, start])

  const restart = async () => {
    await draft.discard()
    form.setFieldsValue(saved ? { kind: saved.kind === 'idea' ? 'idea' : 'question', text: saved.text, answer: saved.answer, tags: saved.tags } : { kind, text: '', answer: '', tags: [] })
    setRestored(false)
  }

  const submit = async (values: EntryValues) => {
    setBusy(true)
    setFailure(null)
    try {
      await draft.settle()
      const entry = { kind: values.kind, text: values.text, answer: values.answer ?? '', tags: values.tags ?? [] }
      const result = entryId ? await invoke('register:update', { id: entryId, entry, draftForm }) : await invoke('register:create', { entry, draftForm })
      onSaved?.(result)
    } catch (error) {
      setFailure(showServerError(error, form, t, label))
    } finally {
      setBusy(false)
    }
  }

  const refused = (field: 'text' | 'answer') => (length: number) =>
    form.setFields([{ name: field, errors: [t('register.limits.pasteRefused', { length, max: REGISTER_LIMITS[field] })] }])

  if (start === null) return failure ? <Alert type="error" showIcon title={failure} /> : <Spin style={{ display: 'block', margin: '48px auto' }} />
  return (
    <Form
      form={form}
      initialValues={start}
      layout="vertical"
      onFinish={submit}
      onValuesChange={() => draft.save(form.getFieldsValue(true) as EntryValues)}
      onKeyDown={(e) => {
        if (isSubmitEnter(e, true)) {
          e.preventDefault()
          form.submit()
        }
      }}
      data-testid="entry-form"
    >
      {restored && draft.recovered ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('register.draft.restored', { time: formatShort(draft.recovered.savedAt) })}
          action={
            <Button size="small" onClick={() => void restart()}>
              {t('register.draft.discard')}
            </Button>
          }
        />
      ) : null}
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
      <Form.Item name="tags" label={label('tags')}>
        <Select mode="tags" maxCount={REGISTER_LIMITS.tags} tokenSeparators={[',', '，', ' ']} placeholder={t('register.placeholders.tags')} />
      </Form.Item>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} /> : null}
      <Flex justify="end" gap={8}>
        {onCancel ? <Button onClick={onCancel}>{t('form.cancel')}</Button> : null}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('register.saveWithKey')}
        </Button>
      </Flex>
    </Form>
  )
}
