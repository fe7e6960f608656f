// The PIN screen of a shared PC: shown at start, after the agent left, on the lock hotkey, and
// whenever nobody is signed in. The agent picks their profile and types their PIN (or, the first
// time after ShiftDesk started, her personal passphrase if she set one); main checks it.
import { Alert, Button, Radio, Space, Typography } from 'antd'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CafeModeLink } from '../cafe/CafeModeLink'
import { PassphraseInput } from './PassphraseInput'
import { PinInput } from './PinInput'
import { useProfiles } from './profile-store'
import { usePinEntry } from './usePinEntry'
import { GateCard } from '../shell/GateCard'

export function LockScreen() {
  const { t } = useTranslation()
  const { profiles, current, locked, lockReason, switchTo } = useProfiles()
  const [chosen, setChosen] = useState(current?.id ?? profiles[0]?.id ?? '')
  const { secret, setSecret, busy, waiting, failureText, asksPassphrase, attempt, reset } = usePinEntry()
  const profile = profiles.find((p) => p.id === chosen)
  const passphraseStep = profile !== undefined && asksPassphrase(profile)
  // The lock reasons end with "enter your PIN": on the passphrase step that would contradict the field.
  const introText = passphraseStep ? t('profiles.lock.passphraseIntro') : locked && lockReason ? t(`profiles.lock.reason.${lockReason}`) : t('profiles.lock.chooseIntro')

  const choose = (id: string) => {
    setChosen(id)
    reset()
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (!profile || busy || waiting) return
    await attempt(() => (passphraseStep ? switchTo(profile.id, undefined, secret) : switchTo(profile.id, profile.hasPin ? secret : undefined)))
  }

  return (
    <GateCard testId="lock-screen" title={locked ? t('profiles.lock.title') : t('profiles.lock.chooseTitle')} intro={introText}>
      <form onSubmit={(e) => void submit(e)}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Radio.Group value={chosen} onChange={(e) => choose(e.target.value as string)} aria-label={t('profiles.lock.whoIs')} style={{ width: '100%' }}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              {profiles.map((p) => (
                <Radio key={p.id} value={p.id} data-testid={`lock-profile-${p.displayName}`}>
                  <strong>{p.displayName}</strong>
                  {p.agentId && <Typography.Text type="secondary">（{p.agentId}）</Typography.Text>}
                  {p.passphrase === 'closed' ? (
                    <Typography.Text type="secondary"> · {t('profiles.lock.passphraseTag')}</Typography.Text>
                  ) : (
                    !p.hasPin && <Typography.Text type="secondary"> · {t('profiles.lock.noPinTag')}</Typography.Text>
                  )}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          {passphraseStep ? (
            <PassphraseInput key={`${profile.id}-passphrase`} profileName={profile.displayName} value={secret} onChange={setSecret} disabled={waiting} />
          ) : profile?.hasPin ? (
            <PinInput key={profile.id} profileName={profile.displayName} value={secret} onChange={setSecret} maxLength={8} disabled={waiting} />
          ) : (
            profile && <Alert type="info" showIcon title={t('profiles.lock.noPinHint')} />
          )}
          {failureText && <Alert type={waiting ? 'warning' : 'error'} showIcon role="alert" title={failureText} />}
          <Button type="primary" htmlType="submit" block loading={busy} disabled={!profile || waiting || (passphraseStep ? secret === '' : profile.hasPin && secret.length < 4)}>
            {/* One word whoever is chosen and whatever happened before (a wrong PIN used to change it). */}
            {t('profiles.lock.enter')}
          </Button>
        </Space>
      </form>
      {!locked && <CafeModeLink />}
    </GateCard>
  )
}
