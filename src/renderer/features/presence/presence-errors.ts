// Refusals to go online in the presence corner's own words (main's take-over gate counts the
// urgent items); everything else as any other failure.
import type { TFunction } from 'i18next'
import { PRESENCE_ERROR_REASONS, type PresenceErrorReason } from '../../../shared/ipc/presence-constants'
import type { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const MESSAGES: Record<PresenceErrorReason, (t: TFunction, error: DeskCallError) => string> = {
  'take-over-first': (t, error) => t('presence.takeOverFirst', { count: Number(error.params.urgent) }),
}

export function presenceErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, PRESENCE_ERROR_REASONS)
  return refusal ? MESSAGES[refusal.reason](t, refusal.error) : errorMessage(error, t)
}
