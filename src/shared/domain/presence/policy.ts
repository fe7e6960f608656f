// The presence policy: the account is online only while the agent is at the PC, so every sign
// of absence takes it offline and nothing but the agent's own choice brings it back.
import type { PresenceEvent, PresenceReason, PresenceSettings, PresenceState, PresenceStatus } from './types'

export type PresenceStep = { state: PresenceState; warn: boolean }

/**
 * The state after `event`. `warn` asks the app to alert the agent that an idle auto-offline is
 * near. Returning to the PC (unlock, resume, activity) deliberately never restores 'online':
 * the agent must choose to go back online, so an unattended account cannot come back by itself.
 */
export function nextPresence(state: PresenceState, event: PresenceEvent, settings: PresenceSettings): PresenceStep {
  const present = state.status !== 'offline'
  switch (event.type) {
    case 'set':
      // Re-selecting the current status is not a change: keeping `since` keeps the timeline honest.
      return event.status === state.status ? unchanged(state) : changed(event.status, 'manual', event.at)
    case 'idle':
      if (!present) return unchanged(state)
      if (event.idleSeconds >= settings.idleLimitSeconds) return changed('offline', 'idle', event.at)
      return { state, warn: event.idleSeconds >= settings.idleLimitSeconds - settings.warnBeforeSeconds }
    case 'lock':
    case 'suspend':
    case 'quit':
      return present ? changed('offline', event.type, event.at) : unchanged(state)
    case 'unlock':
    case 'resume':
    case 'activity':
      return unchanged(state)
  }
}

function unchanged(state: PresenceState): PresenceStep {
  return { state, warn: false }
}

function changed(status: PresenceStatus, reason: PresenceReason, at: number): PresenceStep {
  return { state: { status, since: at, reason }, warn: false }
}
