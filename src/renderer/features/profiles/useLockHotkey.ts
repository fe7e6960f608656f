// The lock hotkey inside the window too: global shortcuts fail on Wayland and in some remote
// sessions, and the agent should not have to know which one works where.
import { useEffect } from 'react'
import { matchesAccelerator, parseAccelerator } from '../../../shared/domain/hotkeys'
import { IS_MAC } from '../../lib/HotkeyRecorder'
import { useLockSettings } from './lock-settings-store'
import { useProfiles } from './profile-store'

export function useLockHotkey(): void {
  const hotkey = useLockSettings((s) => s.settings?.lockHotkey ?? null)
  const loadSettings = useLockSettings((s) => s.load)
  const lock = useProfiles((s) => s.lock)

  useEffect(() => {
    loadSettings().catch(() => undefined) // the button still locks; the settings card shows the failure
  }, [loadSettings])

  useEffect(() => {
    const accel = hotkey ? parseAccelerator(hotkey, IS_MAC) : null
    if (!accel) return
    const onKey = (event: KeyboardEvent) => {
      if (!matchesAccelerator(event, accel)) return
      event.preventDefault()
      void lock()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [hotkey, lock])
}
