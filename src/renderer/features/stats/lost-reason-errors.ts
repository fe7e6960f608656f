// Lost-deal reason refusals in the agent's words: the customer's shift is over, the customer
// bought after all, or the reason was just taken off the shop's list.
import type { TFunction } from 'i18next'
import { LOST_REASON_REFUSALS, type LostReasonRefusal } from '../../../shared/ipc/stats'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const KEYS: Record<LostReasonRefusal, string> = {
  'shift-over': 'stats.lostReason.refused.shift-over',
  converted: 'stats.lostReason.refused.converted',
  'not-listed': 'stats.lostReason.refused.not-listed',
}

export function lostReasonErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, LOST_REASON_REFUSALS)
  return refusal ? t(KEYS[refusal.reason]) : errorMessage(error, t)
}
