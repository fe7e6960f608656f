// The PIN screen of a shared PC: shown at start, after the agent left, on the lock hotkey, and
// whenever nobody is signed in. The agent picks their profile and types their PIN; main checks it.
import { Alert, Button, Card, Flex, Input, Radio, Space, Typography } from 'antd'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNow } from '../../lib/useNow'
import { describePinFailure, formatWait, type PinFailure } from './pin-failure'
import { useProfiles } from './profile-store'

export function LockScreen() {
  const { t } = useTranslation()
  const { profiles, current, locked, lockReason, switchTo } = useProfiles()
  const [chosen, setChosen] = useState(current?.id ?? profiles[0]?.id ?? '')
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<PinFailure | null>(null)
  useNow(1000) // re-renders the countdown every second
  const now = Date.now()
  const profile = profiles.find((p) => p.id === chosen)
  const retryAt = failure?.retryAt ?? null
  const waiting = retryAt !== null && retryAt > now

  const choose = (id: string) => {
    setChosen(id)
    setPin('')
    setFailure(null)
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (!profile || busy || waiting) return
    setBusy(true)
    try {
      await switchTo(profile.id, profile.hasPin ? pin : undefined)
    } catch (error) {
      setFailure(describePinFailure(error, t))
      setPin('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f5f7fa', padding: 16 }} data-testid="lock-screen">
      <Card style={{ width: 460 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {locked ? t('profiles.lock.title') : t('profiles.lock.chooseTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{locked && lockReason ? t(`profiles.lock.reason.${lockReason}`) : t('profiles.lock.chooseIntro')}</Typography.Paragraph>
        <form onSubmit={(e) => void submit(e)}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Radio.Group value={chosen} onChange={(e) => choose(e.target.value as string)} aria-label={t('profiles.lock.whoIs')} style={{ width: '100%' }}>
              <Space orientation="vertical" style={{ width: '100%' }}>
                {profiles.map((p) => (
                  <Radio key={p.id} value={p.id} data-testid={`lock-profile-${p.displayName}`}>
                    <strong>{p.displayName}</strong>
                    {p.agentId && <Typography.Text type="secondary">（{p.agentId}）</Typography.Text>}
                    {!p.hasPin && <Typography.Text type="secondary"> · {t('profiles.lock.noPinTag')}</Typography.Text>}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
            {profile?.hasPin ? (
              <Input.Password
                key={profile.id}
                autoFocus
                value={pin}
                onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 8))}
                inputMode="numeric"
                autoComplete="off"
                maxLength={8}
                placeholder={t('profiles.pin.placeholder')}
                aria-label={t('profiles.pin.label', { name: profile.displayName })}
                disabled={waiting}
              />
            ) : (
              profile && <Alert type="info" showIcon title={t('profiles.lock.noPinHint')} />
            )}
            {failure && (
              <Alert
                type={waiting ? 'warning' : 'error'}
                showIcon
                role="alert"
                title={waiting ? `${failure.message} ${t('profiles.pin.retryIn', { time: formatWait((retryAt as number) - now) })}` : failure.message}
              />
            )}
            <Button type="primary" htmlType="submit" block loading={busy} disabled={!profile || waiting || (profile.hasPin && pin.length < 4)}>
              {locked && profile?.id === current?.id ? t('profiles.lock.unlock') : t('profiles.lock.enter')}
            </Button>
          </Space>
        </form>
      </Card>
    </Flex>
  )
}
