// Profiles on a shared PC: PIN rules and the lock hotkey.
export { afterWrongPin, FIRST_LOCKOUT_MS, isValidPin, lockoutDuration, MAX_LOCKOUT_MS, PIN_ATTEMPTS_BEFORE_LOCKOUT, PIN_PATTERN, type PinAttemptState } from './pin'
export { matchesAccelerator, parseAccelerator, type Accelerator, type KeyPress } from './accelerator'
