// 网吧模式's first screen: the agent signs in to her team; main then opens a copy of her team data
// encrypted with a key the team server holds, instead of this PC's own data (docs/desktop-sync.md).
import { Alert, Button, Input, Space, Typography } from 'antd'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StartupState } from '../../../shared/ipc/at-rest'
import { invoke } from '../../lib/desk'
import { teamErrorMessage } from '../team/team-errors'
import { GateCard } from '../shell/GateCard'

type Props = { onState(state: StartupState): void }

export function CafeSignInScreen({ onState }: Props) {
  const { t } = useTranslation()
  const [serverUrl, setServerUrl] = useState('')
  const [login, setLogin] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [importFile, setImportFile] = useState<string | null>(null)
  const complete = serverUrl.trim() !== '' && login.trim().length >= 2 && password.length >= 8

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || !complete) return
    setBusy(true)
    setFailure(null)
    try {
      onState(await invoke('cafe:signIn', { serverUrl, login, password }))
    } catch (error) {
      setFailure(teamErrorMessage(error, t))
      setPassword('')
    } finally {
      setBusy(false)
    }
  }

  const chooseImport = async () => {
    try {
      setImportFile((await invoke('cafe:chooseImport', {})).file)
    } catch (error) {
      setFailure(teamErrorMessage(error, t))
    }
  }

  return (
    <GateCard testId="cafe-sign-in" title={t('cafe.title')} intro={t('cafe.intro')} width={480}>
      <form onSubmit={(e) => void submit(e)}>
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Input autoFocus value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} aria-label={t('cafe.serverUrl')} placeholder={t('cafe.serverUrlPlaceholder')} autoComplete="off" />
          <Input value={login} onChange={(e) => setLogin(e.target.value)} aria-label={t('cafe.login')} placeholder={t('cafe.login')} autoComplete="off" />
          <Input.Password value={password} onChange={(e) => setPassword(e.target.value)} aria-label={t('cafe.password')} placeholder={t('cafe.password')} autoComplete="off" />
          {failure && <Alert type="error" showIcon role="alert" title={failure} />}
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!complete}>
            {t('cafe.signIn')}
          </Button>
          <div>
            <Button type="link" onClick={() => void chooseImport()} style={{ paddingInline: 0 }}>
              {t('cafe.chooseImport')}
            </Button>
            {importFile && <Typography.Text data-testid="cafe-import-file">{t('cafe.importChosen', { file: importFile })}</Typography.Text>}
          </div>
          <Typography.Text type="secondary">{t('cafe.leaveHint')}</Typography.Text>
        </Space>
      </form>
    </GateCard>
  )
}
