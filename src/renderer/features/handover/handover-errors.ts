// Handover refusals in the agent's words: someone else took the item first, it is already
// closed, it was never handed over, or only the agent following it may do that.
import type { TFunction } from 'i18next'
import { HANDOVER_ERROR_REASONS, type HandoverErrorReason } from '../../../shared/ipc/handover'
import type { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const MESSAGES: Record<HandoverErrorReason, (t: TFunction, error: DeskCallError) => string> = {
  'already-held': (t, error) => t('handover.errors.alreadyHeld', { name: error.params.name ?? '' }),
  'already-done': (t) => t('handover.errors.alreadyDone'),
  'not-handed-over': (t) => t('handover.errors.notHandedOver'),
  'not-holder': (t) => t('handover.errors.notHolder'),
}

export function handoverErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, HANDOVER_ERROR_REASONS)
  return refusal ? MESSAGES[refusal.reason](t, refusal.error) : errorMessage(error, t)
}
