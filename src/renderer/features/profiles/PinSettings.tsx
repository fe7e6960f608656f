// Sets, changes or removes the signed-in agent's PIN. Changing or removing needs the current one.
import { Alert, App, Button, Divider, Form, Input, Space, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PIN_PATTERN } from '../../../shared/domain/profiles'
import { describePinFailure } from './pin-failure'
import { useProfiles } from './profile-store'

type Values = { currentPin?: string; pin?: string; pinAgain?: string }

export function PinSettings() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { current, setPin } = useProfiles()
  const [form] = Form.useForm<Values>()
  const [failure, setFailure] = useState<string | null>(null)
  if (!current) return null

  const run = async (pin: string | null) => {
    setFailure(null)
    try {
      await setPin(pin, form.getFieldValue('currentPin') || undefined)
      form.resetFields()
      void message.success(pin === null ? t('profiles.pin.removed') : t('profiles.pin.saved'))
    } catch (error) {
      setFailure(describePinFailure(error, t).message)
    }
  }

  const pinRule = { pattern: PIN_PATTERN, message: t('profiles.form.pinFormat') }
  return (
    <>
      <Divider />
      <Typography.Title level={5}>{t('profiles.pin.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{current.hasPin ? t('profiles.pin.hasPin') : t('profiles.pin.noPin')}</Typography.Paragraph>
      <Form form={form} name="pinSettings" layout="vertical" requiredMark={false} onFinish={(v: Values) => void run(v.pin ?? null)} style={{ maxWidth: 320 }}>
        {current.hasPin && (
          <Form.Item name="currentPin" label={t('profiles.pin.current')} rules={[{ required: true, message: t('profiles.pin.currentMissing') }, pinRule]}>
            <Input.Password inputMode="numeric" autoComplete="current-password" maxLength={8} />
          </Form.Item>
        )}
        <Form.Item name="pin" label={t('profiles.pin.new')} rules={[{ required: true, message: t('profiles.pin.newMissing') }, pinRule]}>
          <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
        </Form.Item>
        <Form.Item
          name="pinAgain"
          label={t('profiles.form.pinAgain')}
          dependencies={['pin']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_rule, again: string | undefined) => (again === getFieldValue('pin') ? Promise.resolve() : Promise.reject(new Error(t('profiles.form.pinMismatch')))),
            }),
          ]}
        >
          <Input.Password inputMode="numeric" autoComplete="new-password" maxLength={8} />
        </Form.Item>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
        <Space>
          <Button htmlType="submit" type="primary">
            {current.hasPin ? t('profiles.pin.change') : t('profiles.pin.set')}
          </Button>
          {current.hasPin && (
            <Button
              danger
              onClick={() =>
                void form
                  .validateFields(['currentPin'])
                  .then(() => run(null))
                  .catch(() => undefined)
              }
            >
              {t('profiles.pin.remove')}
            </Button>
          )}
        </Space>
      </Form>
    </>
  )
}
