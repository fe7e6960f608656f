// Settings → 团队, not joined yet (or signed out): the server address, then an invite code with
// the new account, or an existing account; the café-mode switch. Refusals say what to do.
import { Alert, Button, Form, Input, Radio } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TeamJoinInput } from '../../../shared/ipc/team'
import { teamErrorMessage } from './team-errors'
import { useTeam } from './team-store'

type Values = { serverUrl: string; kind: 'invite' | 'account'; code?: string; login: string; displayName?: string; password: string }

/** `signedOut`: the profile's link is kept but its sign-in ended: the same server, an existing account. */
export function TeamJoinForm({ signedOut }: { signedOut?: { serverUrl: string; login: string } }) {
  const { t } = useTranslation()
  const join = useTeam((s) => s.join)
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const kind = Form.useWatch('kind', form) ?? (signedOut ? 'account' : 'invite')
  const required = (field: string) => ({ required: true, whitespace: true, message: t('form.required', { field }) })

  const submit = async (values: Values) => {
    setBusy(true)
    setFailure(null)
    const credentials: TeamJoinInput['credentials'] =
      values.kind === 'invite'
        ? { kind: 'invite', code: values.code ?? '', login: values.login, displayName: values.displayName ?? '', password: values.password }
        : { kind: 'account', login: values.login, password: values.password }
    try {
      await join({ serverUrl: values.serverUrl, credentials })
    } catch (error) {
      setFailure(teamErrorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      requiredMark={false}
      initialValues={{ serverUrl: signedOut?.serverUrl ?? '', kind: signedOut ? 'account' : 'invite', login: signedOut?.login ?? '' }}
      data-testid="team-join-form"
    >
      {signedOut && <Alert type="warning" showIcon title={t('team.signedOutHint')} style={{ marginBottom: 16 }} />}
      <Form.Item name="serverUrl" label={t('team.serverUrl')} extra={t('team.serverUrlHelp')} rules={[required(t('team.serverUrl'))]}>
        <Input placeholder="https://team.example.cn" disabled={Boolean(signedOut)} autoComplete="url" />
      </Form.Item>
      <Form.Item name="kind">
        <Radio.Group optionType="button" disabled={Boolean(signedOut)}>
          <Radio.Button value="invite">{t('team.withInvite')}</Radio.Button>
          <Radio.Button value="account">{t('team.withAccount')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      {kind === 'invite' && (
        <Form.Item name="code" label={t('team.inviteCode')} rules={[required(t('team.inviteCode'))]}>
          <Input placeholder="XXXX-XXXX-XXXX" autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="login" label={t('team.login')} rules={[required(t('team.login'))]}>
        <Input autoComplete="username" maxLength={40} />
      </Form.Item>
      {kind === 'invite' && (
        <Form.Item name="displayName" label={t('team.displayName')} rules={[required(t('team.displayName'))]}>
          <Input maxLength={40} />
        </Form.Item>
      )}
      <Form.Item name="password" label={t('team.password')} rules={[required(t('team.password')), { min: 8, message: t('team.password') }]}>
        <Input.Password autoComplete={kind === 'invite' ? 'new-password' : 'current-password'} />
      </Form.Item>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} data-testid="team-join-failure" />}
      <Button type="primary" htmlType="submit" loading={busy} data-testid="team-join">
        {signedOut ? t('team.signInAgain') : t('team.join')}
      </Button>
    </Form>
  )
}
