// "Switch to this profile" in Settings: asks for the PIN first when the profile has one.
import { App, Button } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile } from '../../../shared/contract'
import { errorMessage } from '../../lib/errors'
import { asksSecret } from './asks-secret'
import { PinPrompt } from './PinPrompt'
import { useProfiles } from './profile-store'

export function SwitchProfileButton({ profile }: { profile: Profile }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const switchTo = useProfiles((s) => s.switchTo)
  const [asking, setAsking] = useState(false)
  return (
    <>
      <Button
        size="small"
        onClick={() => (asksSecret(profile) ? setAsking(true) : switchTo(profile.id).catch((error: unknown) => void message.error(errorMessage(error, t))))}
      >
        {t('settings.switchTo')}
      </Button>
      {asking && <PinPrompt profile={profile} onClose={() => setAsking(false)} />}
    </>
  )
}
