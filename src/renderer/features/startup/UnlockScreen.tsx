// The start-up passphrase screen: shown before anything of the agents' data is opened, on a PC
// whose owner protected it with a passphrase. Main checks it (rate-limited like the PIN) and then
// opens, or first encrypts, the database.
import { Alert, Button, Input, Space, Typography } from 'antd'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StartupState } from '../../../shared/ipc/at-rest'
import { invoke } from '../../lib/desk'
import { useNow } from '../../lib/useNow'
import { CafeModeLink } from '../cafe/CafeModeLink'
import { formatWait } from '../profiles/pin-failure'
import { describePassphraseFailure, type PassphraseFailure } from './passphrase-failure'
import { GateCard } from '../shell/GateCard'

type Props = { lockedUntil: number | null; onState(state: StartupState): void }

export function UnlockScreen({ lockedUntil, onState }: Props) {
  const { t } = useTranslation()
  const [passphrase, setPassphrase] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<PassphraseFailure | null>(lockedUntil === null ? null : { message: t('startup.lockedOut'), retryAt: lockedUntil })
  useNow(1000) // re-renders the countdown every second
  const now = Date.now()
  const waiting = failure?.retryAt != null && failure.retryAt > now

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || waiting || passphrase === '') return
    setBusy(true)
    try {
      onState(await invoke('atRest:unlock', { passphrase }))
    } catch (error) {
      setFailure(describePassphraseFailure(error, t))
      setPassphrase('')
    } finally {
      setBusy(false)
    }
  }

  const failureText = failure && (waiting ? `${failure.message} ${t('profiles.pin.retryIn', { time: formatWait((failure.retryAt as number) - now) })}` : failure.message)
  return (
    <GateCard testId="unlock-screen" title={t('startup.title')} intro={t('startup.intro')}>
      <form onSubmit={(e) => void submit(e)}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Input.Password
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            disabled={waiting}
            aria-label={t('startup.passphrase')}
            placeholder={t('startup.passphrase')}
            autoComplete="off"
            data-testid="unlock-passphrase"
          />
          {failureText && <Alert type={waiting ? 'warning' : 'error'} showIcon role="alert" title={failureText} />}
          <Button type="primary" htmlType="submit" block loading={busy} disabled={waiting || passphrase === ''}>
            {t('startup.unlock')}
          </Button>
          <Typography.Text type="secondary">{t('startup.forgot')}</Typography.Text>
        </Space>
      </form>
      <CafeModeLink />
    </GateCard>
  )
}
