// Presence: the "online only when you are at the computer" discipline.
export type {
  PresenceChange,
  PresenceEvent,
  PresenceReason,
  PresenceSettings,
  PresenceState,
  PresenceStatus,
} from './types'
export { nextPresence, type PresenceStep } from './policy'
export { presenceTimeline, presenceTotals, type PresenceSpan, type PresenceTotals } from './timeline'
export { describeAutoOffline, isAutoOffline, type AutoOfflineChange, type AutoOfflineNotice } from './auto-offline'
export {
  detectIdleCapability,
  IDLE_SAMPLE_INTERVAL_SECONDS,
  signalToEvent,
  STUCK_IDLE_WINDOW_SECONDS,
  type IdleCapability,
  type PresenceSignal,
} from './signals'
