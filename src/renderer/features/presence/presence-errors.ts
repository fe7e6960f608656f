// Refusals to go online in the presence corner's own words (main's take-over gate counts the
// urgent items); everything else as any other failure.
import type { TFunction } from 'i18next'
import { DeskCallError } from '../../lib/desk'
import { errorMessage } from '../../lib/errors'

export function presenceErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof DeskCallError && error.params.reason === 'take-over-first') return t('presence.takeOverFirst', { count: Number(error.params.urgent) })
  return errorMessage(error, t)
}
