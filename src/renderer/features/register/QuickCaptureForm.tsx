// Writing something down in two seconds: pick the kind, type, Enter. Used by the capture window
// (global hotkey) and the in-app capture box (Ctrl+Shift+N). A follow-up needs the buyer's name
// and takes the next working day as its callback time; details can be added later.
import { Alert, Flex, Form, Input, Segmented, Typography } from 'antd'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_LIMITS } from '../../../shared/domain/register'
import type { EntryKind, RegisterEntry } from '../../../shared/ipc/register'
import { invoke } from '../../lib/desk'
import { isSubmitEnter, refuseOversizePaste, showServerError } from './form-guards'
import { formatShort } from '../../lib/time'
import { useDraft } from './useDraft'
import { CAPTURE_DRAFT } from './draft-forms'

type CaptureValues = { kind: EntryKind; text: string; customer: string; orderNo: string }
const EMPTY: CaptureValues = { kind: 'question', text: '', customer: '', orderNo: '' }

export function QuickCaptureForm({ onSaved, onEscape }: { onSaved(entry: RegisterEntry): void; onEscape(): void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<CaptureValues>()
  const draft = useDraft<CaptureValues>(CAPTURE_DRAFT)
  const [start, setStart] = useState<CaptureValues | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const busy = useRef(false)
  const kind = Form.useWatch('kind', form) ?? start?.kind
  const label = (field: string) => t(`register.fields.${field}`)

  useEffect(() => {
    if (start === null && draft.recovered !== undefined) setStart(draft.recovered ? { ...EMPTY, ...draft.recovered.values } : EMPTY)
  }, [draft.recovered, start])

  const submit = async (values: CaptureValues) => {
    if (busy.current) return
    busy.current = true
    setFailure(null)
    try {
      await draft.settle()
      const entry =
        values.kind === 'followup'
          ? { kind: values.kind, text: values.text, followUp: { customer: values.customer ?? '', orderNo: values.orderNo ?? '' } }
          : { kind: values.kind, text: values.text }
      const saved = await invoke('register:create', { entry, draftForm: CAPTURE_DRAFT })
      form.setFieldsValue({ ...EMPTY, kind: values.kind })
      onSaved(saved)
    } catch (error) {
      setFailure(showServerError(error, form, t, label))
    } finally {
      busy.current = false
    }
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      onEscape()
    } else if (isSubmitEnter(e, false) || isSubmitEnter(e, true)) {
      // Enter saves this short note; Ctrl+Enter, the key every other form saves with, too.
      e.preventDefault()
      form.submit()
    }
  }

  if (start === null) return null
  return (
    <Form form={form} initialValues={start} layout="vertical" onFinish={submit} onValuesChange={() => draft.save(form.getFieldsValue(true) as CaptureValues)} onKeyDown={onKeyDown} data-testid="quick-capture">
      {draft.recovered ? <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t('register.draft.restored', { time: formatShort(draft.recovered.savedAt) })} /> : null}
      <Form.Item name="kind" style={{ marginBottom: 8 }}>
        <Segmented options={(['question', 'idea', 'followup'] as const).map((k) => ({ value: k, label: t(`register.kinds.${k}`) }))} />
      </Form.Item>
      {kind === 'followup' ? (
        <Flex gap={8}>
          <Form.Item name="customer" style={{ flex: 1, marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: t('form.required', { field: label('customer') }) }]}>
            <Input placeholder={label('customer')} aria-label={label('customer')} maxLength={REGISTER_LIMITS.customer} />
          </Form.Item>
          <Form.Item name="orderNo" style={{ flex: 1, marginBottom: 8 }}>
            <Input placeholder={label('orderNo')} aria-label={label('orderNo')} maxLength={REGISTER_LIMITS.orderNo} />
          </Form.Item>
        </Flex>
      ) : null}
      <Form.Item
        name="text"
        style={{ marginBottom: 4 }}
        rules={[
          { required: true, whitespace: true, message: t('form.required', { field: label(kind === 'followup' ? 'problem' : 'text') }) },
          { max: REGISTER_LIMITS.text, message: t('form.tooLong', { field: label('text'), max: REGISTER_LIMITS.text }) },
        ]}
      >
        <Input.TextArea
          autoFocus
          aria-label={t('register.capture.textLabel')}
          autoSize={{ minRows: 3, maxRows: 6 }}
          placeholder={t(kind === 'followup' ? 'register.placeholders.problem' : 'register.capture.placeholder')}
          onPaste={refuseOversizePaste(REGISTER_LIMITS.text, (length) => form.setFields([{ name: 'text', errors: [t('register.limits.pasteRefused', { length, max: REGISTER_LIMITS.text })] }]))}
        />
      </Form.Item>
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginBottom: 4 }} /> : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('register.capture.keys')}
      </Typography.Text>
    </Form>
  )
}
