// The header's lock: hides everything behind the PIN screen at once (also on the lock hotkey).
import { Button, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLockSettings } from './lock-settings-store'
import { useLockHotkey } from './useLockHotkey'
import { useProfiles } from './profile-store'

export function LockButton() {
  const { t } = useTranslation()
  const lock = useProfiles((s) => s.lock)
  const hotkey = useLockSettings((s) => s.settings?.lockHotkey)
  useLockHotkey()
  return (
    <Tooltip title={hotkey ? t('profiles.lock.buttonHint', { hotkey: hotkey.replace('CommandOrControl', 'Ctrl') }) : undefined}>
      <Button onClick={() => void lock()} data-testid="lock-button">
        {t('profiles.lock.button')}
      </Button>
    </Tooltip>
  )
}
