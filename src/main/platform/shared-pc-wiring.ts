// The desktop side of the shared-PC lock, against small interfaces so it is unit tested with
// fakes: the idle check on main's scheduler. (The lock hotkey is bound with every other global
// hotkey in hotkeys-wiring.ts.) platform/shared-pc.ts hands in the real scheduler.
import type { AutoLock } from '../services/auto-lock'
import type { Timers } from './presence-wiring'

/** Often enough that a passer-by meets the PIN screen within seconds of the idle limit. */
export const IDLE_LOCK_CHECK_MS = 5_000

export type SharedPcServices = { autoLock: Pick<AutoLock, 'check'> }

export function wireSharedPcLockShell(services: SharedPcServices, timers: Timers): () => void {
  const timer = timers.setInterval(() => services.autoLock.check(), IDLE_LOCK_CHECK_MS)
  return () => timers.clearInterval(timer)
}
