// Profiles on a shared PC: PIN rules (the lock hotkey is read by the grammar in ../hotkeys).
export { afterWrongPin, FIRST_LOCKOUT_MS, isValidPin, lockoutDuration, MAX_LOCKOUT_MS, PIN_ATTEMPTS_BEFORE_LOCKOUT, PIN_PATTERN, type PinAttemptState } from './pin'
