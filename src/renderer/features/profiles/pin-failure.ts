// What a refused PIN means for the agent: how many tries are left, or how long to wait.
import type { TFunction } from 'i18next'
import { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'

export type PinFailure = { message: string; /** Local time when the lockout ends. */ retryAt: number | null }

export function describePinFailure(error: unknown, t: TFunction, now = Date.now()): PinFailure {
  if (error instanceof DeskCallError) {
    const reason = error.params.reason
    if (reason === 'wrong-pin') return { message: t('profiles.pin.wrong', { n: Number(error.params.attemptsLeft) }), retryAt: null }
    if (reason === 'pin-required') return { message: t('profiles.pin.required'), retryAt: null }
    if (reason === 'pin-lockout') return { message: t('profiles.pin.lockedOut'), retryAt: now + Number(error.params.seconds) * 1000 }
  }
  return { message: errorMessage(error, t), retryAt: null }
}

export function formatWait(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000))
  const minutes = Math.floor(seconds / 60)
  return minutes >= 60 ? `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}` : `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}
