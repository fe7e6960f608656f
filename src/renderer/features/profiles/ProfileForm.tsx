// Name, agent ID, chat accounts, language and an optional PIN of a new profile: used on first
// start and in Settings.
import { Button, Flex, Form, Input, Radio } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language, ProfileDraft } from '../../../shared/contract'
import { PIN_PATTERN } from '../../../shared/domain/profiles'
import { errorMessage } from '../../lib/errors'
import { splitAccounts } from './chat-accounts'

type Values = { displayName: string; agentId?: string; chatAccounts?: string; language: Language; pin?: string; pinAgain?: string }

/** `onCancel`: shown as 取消 beside the save button (the add-profile dialog); the first start has none. */
export function ProfileForm({ submitLabel, onSubmit, onCancel }: { submitLabel: string; onSubmit(draft: ProfileDraft): Promise<unknown>; onCancel?(): void }) {
  const { t, i18n } = useTranslation()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const submit = async (values: Values) => {
    setBusy(true)
    setFailure(null)
    try {
      const draft: ProfileDraft = {
        displayName: values.displayName.trim(),
        agentId: (values.agentId ?? '').trim(),
        chatAccounts: splitAccounts(values.chatAccounts),
        language: values.language,
      }
      await onSubmit(values.pin ? { ...draft, pin: values.pin } : draft)
      form.resetFields()
    } catch (error) {
      setFailure(errorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} initialValues={{ language: i18n.language === 'en' ? 'en' : 'zh-CN' }}>
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
      <Form.Item name="language" label={t('profiles.form.language')}>
        <Radio.Group optionType="button">
          <Radio.Button value="zh-CN">{t('settings.languageZh')}</Radio.Button>
          <Radio.Button value="en">{t('settings.languageEn')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="pin" label={t('profiles.form.pin')} extra={t('profiles.form.pinHelp')} rules={[{ pattern: PIN_PATTERN, message: t('profiles.form.pinFormat') }]}>
        <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
      </Form.Item>
      <Form.Item noStyle dependencies={['pin']}>
        {({ getFieldValue }) =>
          getFieldValue('pin') ? (
            <Form.Item
              name="pinAgain"
              label={t('profiles.form.pinAgain')}
              dependencies={['pin']}
              rules={[
                { required: true, message: t('profiles.form.pinAgainMissing') },
                // An empty box gets the "missing" message alone, not "does not match" as well.
                ({ getFieldValue: value }) => ({
                  validator: (_rule, again: string | undefined) => (!again || again === value('pin') ? Promise.resolve() : Promise.reject(new Error(t('profiles.form.pinMismatch')))),
                }),
              ]}
            >
              <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
            </Form.Item>
          ) : null
        }
      </Form.Item>
      {onCancel ? (
        <Flex justify="end" gap={8}>
          <Button onClick={onCancel}>{t('form.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Flex>
      ) : (
        <Button type="primary" htmlType="submit" loading={busy} block>
          {submitLabel}
        </Button>
      )}
    </Form>
  )
}
