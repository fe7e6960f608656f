// The order remark's refusal in the agent's words: the sales remark needs the profile's agent ID.
import type { TFunction } from 'i18next'
import { ORDER_REMARK_ERROR_REASONS, type OrderRemarkErrorReason } from '../../../shared/ipc/profiles-constants'
import { errorMessage } from '../../lib/errors'
import { refusalOf } from '../../lib/refusal'

const KEYS: Record<OrderRemarkErrorReason, string> = {
  'no-agent-id': 'profiles.remark.noAgentId',
}

export function orderRemarkErrorMessage(error: unknown, t: TFunction): string {
  const refusal = refusalOf(error, ORDER_REMARK_ERROR_REASONS)
  return refusal ? t(KEYS[refusal.reason]) : errorMessage(error, t)
}
