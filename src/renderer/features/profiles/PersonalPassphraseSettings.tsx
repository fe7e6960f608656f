// Settings → 我的档案 → 个人口令: the signed-in agent sets or changes the passphrase that opens her
// own key (issue 16, 1.2), told in plain words what it protects, that it is asked once per start,
// and that nobody can recover it. The strength rule is the one main enforces, shown as she types.
import { Alert, Button, Checkbox, Divider, Flex, Input, Spin, Typography } from 'antd'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { secretStrength } from '../../../shared/domain/secret-strength'
import { describePassphraseFailure } from '../startup/passphrase-failure'
import { PIN_ERROR_REASONS } from '../../../shared/ipc/profiles-constants'
import { refusalOf } from '../../lib/refusal'
import { describePinFailure } from './pin-failure'
import { useProfiles } from './profile-store'

type Outcome = { type: 'error' | 'success'; text: string }

function Rule({ met, testId, children }: { met: boolean; testId: string; children: string }) {
  return (
    <Typography.Text type={met ? 'success' : 'secondary'} data-testid={testId} data-met={met}>
      {met ? '✓ ' : '○ '}
      {children}
    </Typography.Text>
  )
}

export function PersonalPassphraseSettings() {
  const { t } = useTranslation()
  const { current, setPassphrase } = useProfiles()
  const [open, setOpen] = useState(false)
  const [currentOne, setCurrentOne] = useState('')
  const [first, setFirst] = useState('')
  const [again, setAgain] = useState('')
  const [understood, setUnderstood] = useState(false)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  if (!current) return null

  const hasOne = current.passphrase !== undefined
  const strength = secretStrength(first)
  const longEnough = strength.ok || strength.problem !== 'too-short'
  const mismatch = again !== '' && again !== first
  const ready = strength.ok && again === first && understood && !busy && (!hasOne || currentOne !== '')

  const close = () => {
    setOpen(false)
    setCurrentOne('')
    setFirst('')
    setAgain('')
    setUnderstood(false)
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (!ready) return
    setBusy(true)
    setOutcome(null)
    try {
      await setPassphrase(first, hasOne ? currentOne : undefined)
      close()
      setOutcome({ type: 'success', text: t(hasOne ? 'profiles.passphrase.savedChange' : 'profiles.passphrase.savedFirst') })
    } catch (error) {
      // A wrong current passphrase is refused like a wrong one at sign-in (tries left, lockout).
      const message = refusalOf(error, PIN_ERROR_REASONS) ? describePinFailure(error, t).message : describePassphraseFailure(error, t).message
      setOutcome({ type: 'error', text: message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div data-testid="personal-passphrase">
      <Divider />
      <Typography.Title level={5}>{t('profiles.passphrase.title')}</Typography.Title>
      <Flex vertical gap={8}>
        <Alert type={hasOne ? 'success' : 'info'} showIcon title={t(hasOne ? 'profiles.passphrase.stateOpen' : 'profiles.passphrase.stateNone')} data-testid="personal-passphrase-state" />
        {/* Without a PIN, the open key protects nothing from the next person at this PC until ShiftDesk quits. */}
        {!current.hasPin && <Alert type="warning" showIcon title={t('profiles.passphrase.noPin')} data-testid="personal-passphrase-no-pin" />}
        <Typography.Text type="secondary">{t('profiles.passphrase.what')}</Typography.Text>
        <Typography.Text type="secondary">{t('profiles.passphrase.how')}</Typography.Text>
        {!open && (
          <div>
            <Button onClick={() => setOpen(true)}>{t(hasOne ? 'profiles.passphrase.change' : 'profiles.passphrase.set')}</Button>
          </div>
        )}
        {open && (
          <form onSubmit={(e) => void save(e)}>
            <Flex vertical gap={8} style={{ maxWidth: 480 }}>
              {hasOne && (
                <Input.Password autoFocus value={currentOne} onChange={(e) => setCurrentOne(e.target.value)} maxLength={1024} placeholder={t('profiles.passphrase.current')} aria-label={t('profiles.passphrase.current')} autoComplete="current-password" disabled={busy} />
              )}
              <Input.Password autoFocus={!hasOne} value={first} onChange={(e) => setFirst(e.target.value)} maxLength={1024} placeholder={t('profiles.passphrase.new')} aria-label={t('profiles.passphrase.new')} autoComplete="new-password" disabled={busy} />
              <Flex vertical>
                <Rule met={longEnough} testId="passphrase-rule-length">
                  {t('profiles.passphrase.ruleLength', { n: [...first].length })}
                </Rule>
                <Rule met={strength.ok} testId="passphrase-rule-guess">
                  {t('profiles.passphrase.ruleGuess')}
                </Rule>
              </Flex>
              <Input.Password value={again} onChange={(e) => setAgain(e.target.value)} maxLength={1024} placeholder={t('profiles.passphrase.again')} aria-label={t('profiles.passphrase.again')} autoComplete="new-password" status={mismatch ? 'error' : undefined} disabled={busy} />
              {mismatch && <Typography.Text type="danger">{t('profiles.passphrase.mismatch')}</Typography.Text>}
              <Alert type="warning" showIcon title={t('profiles.passphrase.warningTitle')} description={t('profiles.passphrase.warning')} />
              <Checkbox checked={understood} onChange={(e) => setUnderstood(e.target.checked)} disabled={busy}>
                {t('profiles.passphrase.understood')}
              </Checkbox>
              {busy && (
                <Flex gap={8} align="center" role="status" data-testid="personal-passphrase-progress">
                  <Spin size="small" />
                  <Typography.Text>{t('profiles.passphrase.sealing')}</Typography.Text>
                </Flex>
              )}
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" loading={busy} disabled={!ready}>
                  {t('profiles.passphrase.save')}
                </Button>
                <Button onClick={close} disabled={busy}>
                  {t('form.cancel')}
                </Button>
              </Flex>
            </Flex>
          </form>
        )}
        {outcome && <Alert type={outcome.type} showIcon role={outcome.type === 'error' ? 'alert' : 'status'} title={outcome.text} data-testid="personal-passphrase-message" />}
      </Flex>
    </div>
  )
}
