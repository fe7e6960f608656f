// The vocabulary of presence: whether the agent's chat account may be online, and why it changed.

export type PresenceStatus = 'online' | 'paused' | 'offline'

export type PresenceReason = 'startup' | 'manual' | 'idle' | 'lock' | 'suspend' | 'quit' | 'shift-end'

/** `since` is the ms epoch of the change that produced this state. */
export type PresenceState = { status: PresenceStatus; since: number; reason: PresenceReason }

export type PresenceEvent =
  | { type: 'set'; status: PresenceStatus; at: number }
  /** A periodic sample of the OS idle clock (seconds since the last keyboard or mouse input). */
  | { type: 'idle'; idleSeconds: number; at: number }
  | { type: 'lock' | 'suspend' | 'quit' | 'unlock' | 'resume' | 'activity'; at: number }

export type PresenceSettings = { idleLimitSeconds: number; warnBeforeSeconds: number }

/**
 * One recorded change of presence, as the app stores it. `awayMs` is set on auto-offlines for
 * idleness: the idle time at that moment, i.e. how long the account had already been online
 * with nobody at the PC (the exposure the handbooks fine as 空挂).
 */
export type PresenceChange = { status: PresenceStatus; reason: PresenceReason; at: number; awayMs?: number }
