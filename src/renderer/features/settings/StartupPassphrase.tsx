// Settings → 数据加密 → 启动口令: the PC owner protects the data with a passphrase asked at every
// start (the way a café or shared-account PC gets protection), or changes it. Main checks the
// strength rule and wraps the shop key; a weak passphrase is refused with what to do instead.
import { Alert, Button, Flex, Input, Typography } from 'antd'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AtRestStatus } from '../../../shared/ipc/at-rest'
import { invoke } from '../../lib/desk'
import { describePassphraseFailure } from '../startup/passphrase-failure'

type Props = { status: AtRestStatus; onSaved(status: AtRestStatus): void }

export function StartupPassphrase({ status, onSaved }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [first, setFirst] = useState('')
  const [again, setAgain] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ type: 'error' | 'success'; text: string } | null>(null)
  const hasOne = status.state !== 'off' && status.keptBy === 'passphrase'

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (first !== again) {
      setMessage({ type: 'error', text: t('settings.passphraseMismatch') })
      return
    }
    setBusy(true)
    setMessage(null)
    try {
      onSaved(await invoke('atRest:setPassphrase', { passphrase: first }))
      setOpen(false)
      setMessage({ type: 'success', text: t('settings.passphraseSaved') })
    } catch (error) {
      setMessage({ type: 'error', text: describePassphraseFailure(error, t).message })
    } finally {
      setFirst('')
      setAgain('')
      setBusy(false)
    }
  }

  return (
    <Flex vertical gap={8} data-testid="startup-passphrase">
      <Typography.Text strong>{t('settings.passphraseTitle')}</Typography.Text>
      <Typography.Text type="secondary">{t('settings.passphraseHelp')}</Typography.Text>
      {!open && (
        <div>
          <Button onClick={() => setOpen(true)} data-testid="passphrase-open">
            {t(hasOne ? 'settings.passphraseChange' : 'settings.passphraseSet')}
          </Button>
        </div>
      )}
      {open && (
        <form onSubmit={(e) => void save(e)}>
          <Flex vertical gap={8} style={{ maxWidth: 420 }}>
            <Input.Password value={first} onChange={(e) => setFirst(e.target.value)} placeholder={t('settings.passphraseNew')} aria-label={t('settings.passphraseNew')} autoComplete="new-password" data-testid="passphrase-new" />
            <Input.Password value={again} onChange={(e) => setAgain(e.target.value)} placeholder={t('settings.passphraseAgain')} aria-label={t('settings.passphraseAgain')} autoComplete="new-password" data-testid="passphrase-again" />
            <div>
              <Button type="primary" htmlType="submit" loading={busy} disabled={first === '' || again === ''} data-testid="passphrase-save">
                {busy ? t('settings.passphraseSaving') : t('settings.passphraseSave')}
              </Button>
            </div>
          </Flex>
        </form>
      )}
      {message && <Alert type={message.type} showIcon role={message.type === 'error' ? 'alert' : 'status'} title={message.text} data-testid="passphrase-message" />}
    </Flex>
  )
}
