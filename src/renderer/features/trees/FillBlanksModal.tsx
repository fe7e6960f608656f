// Asked before anything with a blank leaves the app: one field per blank ({{date}}, {{trackingNo}}…),
// Tab between them, Enter goes on. The preview shows exactly what the customer will read.
import { Form, Input, Modal, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fillPlaceholders } from '../../../shared/domain'

export type BlankRequest = {
  keys: string[]
  labels: Record<string, string>
  /** The text with what is known already; the blanks fill in as the agent types. */
  template: string
  known: Record<string, string>
  okText: string
}

type Props = { request: BlankRequest; onDone(values: Record<string, string>): void; onCancel(): void }

export function FillBlanksModal({ request, onDone, onCancel }: Props) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Record<string, string>>()
  const [values, setValues] = useState<Record<string, string>>({})
  const preview = useMemo(() => fillPlaceholders(request.template, { ...request.known, ...values }).text, [request, values])

  return (
    <Modal
      open
      destroyOnHidden
      title={t('trees.blanks.title')}
      okText={request.okText}
      cancelText={t('trees.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={560}
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('trees.blanks.hint')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ flex: '120px' }}
        onFinish={(filled) => onDone(Object.fromEntries(request.keys.map((key) => [key, (filled[key] ?? '').trim()])))}
        onValuesChange={(_, all) => setValues(all)}
      >
        {request.keys.map((key, i) => (
          <Form.Item
            key={key}
            name={key}
            label={request.labels[key] ?? key}
            rules={[{ required: true, whitespace: true, message: t('trees.blanks.required', { label: request.labels[key] ?? key }) }]}
          >
            <Input autoFocus={i === 0} onPressEnter={() => form.submit()} maxLength={500} />
          </Form.Item>
        ))}
      </Form>
      <Typography.Text type="secondary">{t('trees.blanks.preview')}</Typography.Text>
      <div data-testid="blanks-preview" style={{ marginTop: 4, padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0', borderRadius: 6, whiteSpace: 'pre-wrap' }}>
        {preview}
      </div>
    </Modal>
  )
}
