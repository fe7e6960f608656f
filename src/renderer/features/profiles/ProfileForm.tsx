// Name, agent ID and chat accounts of a profile: used on first start and in Settings.
import { Button, Form, Input } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProfileDraft } from '../../../shared/contract'
import { errorMessage } from '../../lib/errors'

type Values = { displayName: string; agentId?: string; chatAccounts?: string }

export function ProfileForm({ submitLabel, onSubmit }: { submitLabel: string; onSubmit(draft: ProfileDraft): Promise<unknown> }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const submit = async (values: Values) => {
    setBusy(true)
    setFailure(null)
    try {
      const chatAccounts = (values.chatAccounts ?? '')
        .split(/[,，;；\s]+/)
        .map((s) => s.trim())
        .filter(Boolean)
      await onSubmit({ displayName: values.displayName.trim(), agentId: (values.agentId ?? '').trim(), chatAccounts })
      form.resetFields()
    } catch (error) {
      setFailure(errorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="displayName"
        label={t('welcome.displayName')}
        rules={[
          { required: true, whitespace: true, message: t('form.required', { field: t('welcome.displayName') }) },
          { max: 40, message: t('form.tooLong', { field: t('welcome.displayName'), max: 40 }) },
        ]}
        validateStatus={failure ? 'error' : undefined}
        help={failure ?? undefined}
      >
        <Input autoFocus placeholder={t('welcome.displayNamePlaceholder')} maxLength={40} />
      </Form.Item>
      <Form.Item name="agentId" label={t('welcome.agentId')} extra={t('welcome.agentIdHelp')}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="chatAccounts" label={t('welcome.chatAccounts')} extra={t('welcome.chatAccountsHelp')}>
        <Input />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} block>
        {submitLabel}
      </Button>
    </Form>
  )
}
