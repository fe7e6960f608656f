// Whether a conversation counts as an "effective answer" for per-customer pay, by the
// handbook's rule: the agent must have the last word, or the customer's last word is a
// thank-you; a transfer to full-time staff counts only once the customer has sent more than
// the limit (20 in the handbook, a setting). An earlier transfer is not a message: the last
// message decides. The shop's robot never answers for the agent, and a colleague's last word
// is the colleague's, not this agent's.
import { isPureThankYou } from './thank-you'

export type Msg = { from: 'customer' | 'agent' | 'colleague' | 'robot' | 'transfer'; text?: string }

export type ConversationReason = 'agent-last' | 'thanked' | 'transferred' | 'customer-last' | 'colleague-last' | 'empty'

export type ConversationClass = {
  effective: boolean
  reason: ConversationReason
  /** The customer's last message is a thank-you (even if the agent replied after it). */
  thanked: boolean
  customerMessages: number
  /** The customer wrote more than the limit and no transfer closed the conversation. */
  transferSuggested: boolean
  /** There was a hand-over; it decided the verdict only when `reason` is 'transferred'. */
  transferred: boolean
}

/** The handbook's limit: a part-time agent may hand a customer who sends more than this many messages to full-time staff. */
export const TRANSFER_SUGGESTED_AFTER = 20

export type PayRule = {
  /** A transfer counts as effective only after the customer sent more than this many messages. */
  transferAfter: number
}

export const DEFAULT_PAY_RULE: PayRule = { transferAfter: TRANSFER_SUGGESTED_AFTER }

export function classifyConversation(messages: readonly Msg[], rule: PayRule = DEFAULT_PAY_RULE): ConversationClass {
  let customerMessages = 0
  let transferred = false
  let transferCounts = false
  let last: Msg | undefined
  let lastFromCustomer: Msg | undefined
  for (const m of messages) {
    if (m.from === 'transfer') {
      transferred = true
      if (customerMessages > rule.transferAfter) transferCounts = true
      continue
    }
    if (m.from === 'robot') continue
    if (m.from === 'customer') {
      customerMessages++
      lastFromCustomer = m
    }
    last = m
  }
  const thanked = lastFromCustomer !== undefined && isPureThankYou(lastFromCustomer.text ?? '')
  const reason = transferCounts ? 'transferred' : reasonFor(last, thanked)
  return {
    effective: reason === 'agent-last' || reason === 'thanked' || reason === 'transferred',
    reason,
    thanked,
    customerMessages,
    transferSuggested: customerMessages > rule.transferAfter && !transferCounts,
    transferred,
  }
}

function reasonFor(last: Msg | undefined, thanked: boolean): ConversationReason {
  if (last === undefined) return 'empty'
  if (last.from === 'agent') return 'agent-last'
  if (last.from === 'colleague') return 'colleague-last'
  return thanked ? 'thanked' : 'customer-last'
}
