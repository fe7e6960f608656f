// Asks for the PIN of the profile the agent switches to from the header (or its personal passphrase
// while its private notebooks are closed since ShiftDesk started); main checks it.
import { Alert, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../shared/contract'
import { PassphraseInput } from './PassphraseInput'
import { PinInput } from './PinInput'
import { useProfiles } from './profile-store'
import { usePinEntry } from './usePinEntry'

export function PinPrompt({ profile, onClose }: { profile: Profile; onClose(): void }) {
  const { t } = useTranslation()
  const switchTo = useProfiles((s) => s.switchTo)
  const { secret, setSecret, busy, waiting, failureText, asksPassphrase, attempt } = usePinEntry()
  const passphraseStep = asksPassphrase(profile)
  const ready = passphraseStep ? secret !== '' : secret.length >= 4

  const submit = async () => {
    if (!ready || waiting || busy) return
    await attempt(async () => {
      await (passphraseStep ? switchTo(profile.id, undefined, secret) : switchTo(profile.id, secret))
      onClose()
    })
  }

  return (
    <Modal
      open
      title={t('profiles.switch.title', { name: profile.displayName })}
      okText={t('profiles.switch.ok')}
      cancelText={t('form.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ disabled: !ready || waiting, loading: busy }}
      destroyOnHidden
    >
      {passphraseStep ? (
        <PassphraseInput key="passphrase" profileName={profile.displayName} value={secret} onChange={setSecret} onPressEnter={() => void submit()} disabled={waiting} />
      ) : (
        <PinInput profileName={profile.displayName} value={secret} onChange={setSecret} onPressEnter={() => void submit()} disabled={waiting} />
      )}
      {failureText && <Alert style={{ marginTop: 12 }} type={waiting ? 'warning' : 'error'} showIcon title={failureText} />}
    </Modal>
  )
}
