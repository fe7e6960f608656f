// What a refused start-up passphrase or a refused new passphrase means, in the agent's language.
import type { TFunction } from 'i18next'
import { AT_REST_ERROR_REASONS, type AtRestErrorReason } from '../../../shared/ipc/at-rest-constants'
import type { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

export type PassphraseFailure = { message: string; /** Local time when the lockout ends. */ retryAt: number | null }

const FAILURES: Record<AtRestErrorReason, (t: TFunction, error: DeskCallError, now: number) => PassphraseFailure> = {
  'passphrase-wrong': (t, error) => ({ message: t('startup.wrong', { n: Number(error.params.attemptsLeft) }), retryAt: null }),
  'passphrase-lockout': (t, error, now) => ({ message: t('startup.lockedOut'), retryAt: now + Number(error.params.seconds) * 1000 }),
  'secret-too-short': (t) => ({ message: t('settings.passphraseTooShort'), retryAt: null }),
  'secret-too-guessable': (t) => ({ message: t('settings.passphraseTooGuessable'), retryAt: null }),
  'at-rest-off': (t) => ({ message: t('settings.recoveryCodeOff'), retryAt: null }),
  'keyring-exists': (t) => ({ message: t('settings.keyringExists'), retryAt: null }),
}

export function describePassphraseFailure(error: unknown, t: TFunction, now = Date.now()): PassphraseFailure {
  const refusal = refusalOf(error, AT_REST_ERROR_REASONS)
  return refusal ? FAILURES[refusal.reason](t, refusal.error, now) : { message: errorMessage(error, t), retryAt: null }
}
