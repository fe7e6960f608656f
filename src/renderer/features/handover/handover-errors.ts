// Handover refusals in the agent's words: someone else took the item first, it is already
// closed, or only the agent following it may do that.
import type { TFunction } from 'i18next'
import { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'

export function handoverErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof DeskCallError) {
    const reason = error.params.reason
    if (reason === 'already-held') return t('handover.errors.alreadyHeld', { name: error.params.name ?? '' })
    if (reason === 'already-done') return t('handover.errors.alreadyDone')
    if (reason === 'not-holder') return t('handover.errors.notHolder')
  }
  return errorMessage(error, t)
}
