// Settings: the signed-in agent's own profile (a profile is only ever edited by its own agent).
import { App, Button, Card, Form, Input, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../lib/errors'
import { splitAccounts } from './chat-accounts'
import { PersonalPassphraseSettings } from './PersonalPassphraseSettings'
import { PinSettings } from './PinSettings'
import { useProfiles } from './profile-store'

type Values = { displayName: string; agentId: string; chatAccounts: string }

export function MyProfileCard() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { current, update } = useProfiles()
  const [form] = Form.useForm<Values>()
  if (!current) return null

  const save = async (values: Values) => {
    try {
      await update({ displayName: values.displayName.trim(), agentId: values.agentId.trim(), chatAccounts: splitAccounts(values.chatAccounts) })
      void message.success(t('profiles.mine.saved'))
    } catch (error) {
      void message.error(errorMessage(error, t))
    }
  }

  return (
    <Card title={t('profiles.mine.title')} data-testid="my-profile">
      <Form
        key={current.id}
        form={form}
        name="myProfile"
        layout="vertical"
        requiredMark={false}
        onFinish={save}
        initialValues={{ displayName: current.displayName, agentId: current.agentId, chatAccounts: current.chatAccounts.join('，') }}
      >
        <Form.Item name="displayName" label={t('welcome.displayName')} rules={[{ required: true, whitespace: true, message: t('form.required', { field: t('welcome.displayName') }) }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="agentId" label={t('welcome.agentId')} extra={t('welcome.agentIdHelp')}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item name="chatAccounts" label={t('welcome.chatAccounts')}>
          <Input />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('profiles.mine.languageHint')}</Typography.Paragraph>
        <Button htmlType="submit">{t('form.save')}</Button>
      </Form>
      <PinSettings />
      <PersonalPassphraseSettings />
    </Card>
  )
}
