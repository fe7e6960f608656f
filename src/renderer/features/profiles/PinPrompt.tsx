// Asks for the PIN of the profile the agent switches to from the header; main checks it.
import { Alert, Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../shared/contract'
import { PinInput } from './PinInput'
import { useProfiles } from './profile-store'
import { usePinEntry } from './usePinEntry'

export function PinPrompt({ profile, onClose }: { profile: Profile; onClose(): void }) {
  const { t } = useTranslation()
  const switchTo = useProfiles((s) => s.switchTo)
  const { pin, setPin, busy, waiting, failureText, attempt } = usePinEntry()

  const submit = async () => {
    if (pin.length < 4 || waiting) return
    await attempt(async () => {
      await switchTo(profile.id, pin)
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
      okButtonProps={{ disabled: pin.length < 4 || waiting, loading: busy }}
      destroyOnHidden
    >
      <PinInput profileName={profile.displayName} value={pin} onChange={setPin} onPressEnter={() => void submit()} disabled={waiting} />
      {failureText && <Alert style={{ marginTop: 12 }} type={waiting ? 'warning' : 'error'} showIcon title={failureText} />}
    </Modal>
  )
}
