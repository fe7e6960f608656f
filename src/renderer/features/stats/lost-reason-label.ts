// A lost-deal reason as the agent reads it. The list is the shop's own words; the handbook's
// eight defaults, while unrenamed, read in the agent's language.
import type { TFunction } from 'i18next'
import { DEFAULT_LOST_REASONS, type LostReason } from '../../../shared/domain/stats'

export function lostReasonLabel(reason: LostReason, t: TFunction): string {
  const shipped = DEFAULT_LOST_REASONS.find((r) => r.id === reason.id)
  return shipped && shipped.label === reason.label ? t(`stats.lostReason.defaults.${reason.id}`) : reason.label
}
