// Asked before a text with blanks leaves the app (a quick reply, a tree's script or remark): one
// field per blank ({{orderNo}}, {{date}}…), Tab between them, Enter goes on. The preview shows
// exactly what the customer will read.
import { Form, Input, Modal, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fillPlaceholders, ownValue } from '../../../shared/domain/placeholders'

export type BlankRequest = {
  keys: string[]
  labels: Record<string, string>
  /** The text with its blanks; they fill in as the agent types. */
  template: string
  /** Values known already (the app's own, earlier answers), shown in the preview. */
  known: Record<string, string>
}

type Props = {
  request: BlankRequest
  /** Where the asking area keeps its hint, preview caption and empty-blank message. */
  wording: 'replies.fill' | 'trees.blanks'
  title: string
  okText: string
  /** Gets every blank, trimmed; the OK button spins until it settles. */
  onDone(values: Record<string, string>): Promise<void> | void
  onCancel(): void
}

const fieldName = (index: number) => `blank${index}`

export function FillBlanksModal({ request, wording, title, okText, onDone, onCancel }: Props) {
  const { t } = useTranslation()
  // Fields are named by position, not by key: a blank named __proto__ or constructor must not
  // reach into the form store's objects. Answers go back keyed by the blank's name.
  const [form] = Form.useForm<Record<string, string>>()
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const keyed = (filled: Record<string, string>) => Object.fromEntries(request.keys.map((key, i) => [key, (ownValue(filled, fieldName(i)) ?? '').trim()]))
  const preview = useMemo(
    () => fillPlaceholders(request.template, { ...request.known, ...Object.fromEntries(request.keys.map((key, i) => [key, ownValue(answers, fieldName(i)) ?? ''])) }).text,
    [request, answers],
  )
  const label = (key: string) => ownValue(request.labels, key) ?? key

  const submit = async (filled: Record<string, string>) => {
    setBusy(true)
    try {
      await onDone(keyed(filled))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open destroyOnHidden title={title} okText={okText} cancelText={t('form.cancel')} confirmLoading={busy} onOk={() => form.submit()} onCancel={onCancel} width={560}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t(`${wording}.hint`)}
      </Typography.Paragraph>
      <Form form={form} layout="horizontal" labelCol={{ flex: '120px' }} onFinish={(filled) => void submit(filled)} onValuesChange={(_, all) => setAnswers(all)}>
        {request.keys.map((key, i) => (
          <Form.Item key={key} name={fieldName(i)} label={label(key)} rules={[{ required: true, whitespace: true, message: t(`${wording}.required`, { label: label(key) }) }]}>
            <Input autoFocus={i === 0} onPressEnter={() => form.submit()} maxLength={500} />
          </Form.Item>
        ))}
      </Form>
      <Typography.Text type="secondary">{t(`${wording}.preview`)}</Typography.Text>
      <div data-testid="blanks-preview" style={{ marginTop: 4, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, whiteSpace: 'pre-wrap' }}>
        {preview}
      </div>
    </Modal>
  )
}
