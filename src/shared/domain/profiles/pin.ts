// PIN rules for profiles on a shared PC: 4-8 digits, and a lockout that doubles after every
// fifth wrong PIN in a row, so guessing a short PIN takes days rather than minutes.

export const PIN_PATTERN = /^\d{4,8}$/
export const PIN_ATTEMPTS_BEFORE_LOCKOUT = 5
export const FIRST_LOCKOUT_MS = 60_000
/** The doubling stops at a day: long enough to stop guessing, short enough not to lose an agent for good. */
export const MAX_LOCKOUT_MS = 24 * 60 * 60_000

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin)
}

/** How long the `lockouts`-th lockout lasts (1 → 60 s, 2 → 120 s, 3 → 240 s …). */
export function lockoutDuration(lockouts: number): number {
  if (lockouts < 1) return 0
  return Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** Math.min(lockouts - 1, 20))
}

export type PinAttemptState = { failures: number; lockouts: number; lockedUntil: number | null }

/** The state after one wrong PIN at `now`: the fifth failure in a row starts the next lockout. */
export function afterWrongPin(state: PinAttemptState, now: number): PinAttemptState {
  const failures = state.failures + 1
  if (failures < PIN_ATTEMPTS_BEFORE_LOCKOUT) return { ...state, failures, lockedUntil: null }
  const lockouts = state.lockouts + 1
  return { failures: 0, lockouts, lockedUntil: now + lockoutDuration(lockouts) }
}
