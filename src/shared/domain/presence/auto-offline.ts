// The facts behind the notice shown when the agent comes back to an account the app took
// offline ("14:02 auto-offline after 3 idle minutes, away 17 minutes"); the UI words it.
import type { PresenceChange } from './types'

export type AutoOfflineChange = PresenceChange & { status: 'offline'; reason: 'idle' | 'lock' | 'suspend' }

export type AutoOfflineNotice = { at: number; reason: AutoOfflineChange['reason']; idleMinutes?: number; awayMinutes: number }

/** A change the app made on its own because the agent had left (not a manual or quit change). */
export function isAutoOffline(change: PresenceChange): change is AutoOfflineChange {
  return change.status === 'offline' && (change.reason === 'idle' || change.reason === 'lock' || change.reason === 'suspend')
}

/**
 * Minutes are whole (rounded). The absence runs from the agent's last input, which for an idle
 * auto-offline lies `awayMs` before the change, to `comeBackAt`.
 */
export function describeAutoOffline(change: AutoOfflineChange, comeBackAt: number): AutoOfflineNotice {
  const leftAt = change.at - (change.awayMs ?? 0)
  const notice: AutoOfflineNotice = { at: change.at, reason: change.reason, awayMinutes: minutes(comeBackAt - leftAt) }
  if (change.reason === 'idle' && change.awayMs !== undefined) notice.idleMinutes = minutes(change.awayMs)
  return notice
}

function minutes(ms: number): number {
  return Math.max(0, Math.round(ms / 60_000))
}
