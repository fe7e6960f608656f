// What a refused PIN means for the agent: how many tries are left, or how long to wait.
import type { TFunction } from 'i18next'
import { PIN_ERROR_REASONS, type PinErrorReason } from '../../../shared/ipc/profiles-constants'
import type { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

export type PinFailure = { message: string; /** Local time when the lockout ends. */ retryAt: number | null; reason: PinErrorReason | null }

const FAILURES: Record<PinErrorReason, (t: TFunction, error: DeskCallError, now: number) => Omit<PinFailure, 'reason'>> = {
  'wrong-pin': (t, error) => ({ message: t('profiles.pin.wrong', { n: Number(error.params.attemptsLeft) }), retryAt: null }),
  'pin-required': (t) => ({ message: t('profiles.pin.required'), retryAt: null }),
  'pin-lockout': (t, error, now) => ({ message: t('profiles.pin.lockedOut'), retryAt: now + Number(error.params.seconds) * 1000 }),
  'passphrase-required': (t) => ({ message: t('profiles.pin.passphraseRequired'), retryAt: null }),
  'wrong-passphrase': (t, error) => ({ message: t('profiles.pin.wrongPassphrase', { n: Number(error.params.attemptsLeft) }), retryAt: null }),
}

export function describePinFailure(error: unknown, t: TFunction, now = Date.now()): PinFailure {
  const refusal = refusalOf(error, PIN_ERROR_REASONS)
  return refusal ? { ...FAILURES[refusal.reason](t, refusal.error, now), reason: refusal.reason } : { message: errorMessage(error, t), retryAt: null, reason: null }
}

export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  return minutes >= 60 ? `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}` : `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}
