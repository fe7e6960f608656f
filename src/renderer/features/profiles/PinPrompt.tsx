// Asks for the PIN of the profile the agent switches to from the header; main checks it.
import { Alert, Input, Modal } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../shared/contract'
import { useNow } from '../../lib/useNow'
import { describePinFailure, formatWait, type PinFailure } from './pin-failure'
import { useProfiles } from './profile-store'

export function PinPrompt({ profile, onClose }: { profile: Profile; onClose(): void }) {
  const { t } = useTranslation()
  const switchTo = useProfiles((s) => s.switchTo)
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<PinFailure | null>(null)
  useNow(1000) // re-renders the countdown every second
  const now = Date.now()
  const retryAt = failure?.retryAt ?? null
  const waiting = retryAt !== null && retryAt > now

  const submit = async () => {
    if (pin.length < 4 || waiting) return
    setBusy(true)
    try {
      await switchTo(profile.id, pin)
      onClose()
    } catch (error) {
      setFailure(describePinFailure(error, t))
      setPin('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      title={t('profiles.switch.title', { name: profile.displayName })}
      okText={t('profiles.switch.ok')}
      cancelText={t('form.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: pin.length < 4 || waiting, loading: busy }}
      destroyOnHidden
    >
      <Input.Password
        autoFocus
        value={pin}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, '').slice(0, 8))}
        onPressEnter={() => void submit()}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('profiles.pin.placeholder')}
        aria-label={t('profiles.pin.label', { name: profile.displayName })}
        disabled={waiting}
      />
      {failure && (
        <Alert
          style={{ marginTop: 12 }}
          type={waiting ? 'warning' : 'error'}
          showIcon
          title={waiting ? `${failure.message} ${t('profiles.pin.retryIn', { time: formatWait((retryAt as number) - now) })}` : failure.message}
        />
      )}
    </Modal>
  )
}
