// The desktop side of the shared-PC lock, against small Electron-like interfaces so it is unit
// tested with fakes: the lock hotkey (re-bound when the setting changes) and the idle check.
// platform/shared-pc.ts hands in the real globalShortcut and timers.
import type { AutoLock } from '../services/auto-lock'
import type { LockSettingsService } from '../services/lock-settings'
import type { Session } from '../services/session'
import { HotkeyBinding, type GlobalShortcutLike, type Timers } from './presence-wiring'

/** Often enough that a passer-by meets the PIN screen within seconds of the idle limit. */
export const IDLE_LOCK_CHECK_MS = 5_000

export type SharedPcServices = { session: Pick<Session, 'lock'>; lockSettings: Pick<LockSettingsService, 'get' | 'onChange'>; autoLock: Pick<AutoLock, 'check'> }

export function wireSharedPcLockShell(services: SharedPcServices, shortcuts: GlobalShortcutLike, timers: Timers): () => void {
  const hotkey = new HotkeyBinding(shortcuts, () => services.session.lock('hotkey'))
  hotkey.bind(services.lockSettings.get().lockHotkey)
  const stopListening = services.lockSettings.onChange((settings) => hotkey.bind(settings.lockHotkey))
  const timer = timers.setInterval(() => services.autoLock.check(), IDLE_LOCK_CHECK_MS)
  return () => {
    timers.clearInterval(timer)
    stopListening()
    hotkey.release()
  }
}
