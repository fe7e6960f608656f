// Before a reply with blanks is copied: one field per blank ({{orderNo}} …), Tab between them,
// Enter copies. The filled text is previewed, so the agent sees exactly what the customer gets.
import { Form, Input, Modal, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Reply } from '../../../shared/ipc/replies'
import { fillPlaceholders } from '../../../shared/domain/placeholders'
import { placeholderLabel } from './placeholder-labels'

type Props = {
  reply: Reply
  keys: string[]
  /** Values the app fills itself (agent ID, date, time), shown in the preview. */
  automatic: Record<string, string>
  hide: boolean
  onCopy(values: Record<string, string>): Promise<void>
  onCancel(): void
}

export function FillPlaceholdersModal({ reply, keys, automatic, hide, onCopy, onCancel }: Props) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Record<string, string>>()
  const [values, setValues] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const preview = useMemo(() => fillPlaceholders(reply.body, { ...values, ...automatic }).text, [reply.body, values, automatic])

  const submit = async (filled: Record<string, string>) => {
    setBusy(true)
    try {
      await onCopy(Object.fromEntries(keys.map((k) => [k, (filled[k] ?? '').trim()])))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      destroyOnHidden
      title={t('replies.fill.title', { title: reply.title })}
      okText={hide ? t('replies.fill.copyAndHide') : t('replies.fill.copy')}
      cancelText={t('replies.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={520}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('replies.fill.hint')}
      </Typography.Paragraph>
      <Form form={form} layout="horizontal" labelCol={{ flex: '110px' }} onFinish={(v) => void submit(v)} onValuesChange={(_, all) => setValues(all)}>
        {keys.map((key, i) => (
          <Form.Item
            key={key}
            name={key}
            label={placeholderLabel(key, t)}
            rules={[{ required: true, whitespace: true, message: t('replies.fill.required', { label: placeholderLabel(key, t) }) }]}
          >
            <Input autoFocus={i === 0} onPressEnter={() => form.submit()} maxLength={500} />
          </Form.Item>
        ))}
      </Form>
      <Typography.Text type="secondary">{t('replies.fill.preview')}</Typography.Text>
      <div data-testid="fill-preview" style={{ marginTop: 4, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, whiteSpace: 'pre-wrap' }}>
        {preview}
      </div>
    </Modal>
  )
}
