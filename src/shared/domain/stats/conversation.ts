// Whether a conversation counts as an "effective answer" for per-customer pay: the agent (or a
// transfer, or the customer's closing thank-you) must have the last word.
import { isPureThankYou } from './thank-you'

export type Msg = { from: 'customer' | 'agent' | 'transfer'; text?: string }

export type ConversationReason = 'agent-last' | 'thanked' | 'transferred' | 'customer-last' | 'empty'

export type ConversationClass = {
  effective: boolean
  reason: ConversationReason
  /** The customer's last message is a pure thank-you (even if the agent replied after it). */
  thanked: boolean
  customerMessages: number
  /** The customer wrote more than the handbook's limit and no transfer closed the conversation. */
  transferSuggested: boolean
}

/** A part-time agent may hand a customer who sends more than this many messages to full-time staff. */
export const TRANSFER_SUGGESTED_AFTER = 20

export function classifyConversation(messages: readonly Msg[]): ConversationClass {
  const last = messages.at(-1)
  const customer = messages.filter((m) => m.from === 'customer')
  const lastFromCustomer = customer.at(-1)
  const thanked = lastFromCustomer !== undefined && isPureThankYou(lastFromCustomer.text ?? '')
  const reason = reasonFor(last, thanked)
  return {
    effective: reason === 'agent-last' || reason === 'thanked' || reason === 'transferred',
    reason,
    thanked,
    customerMessages: customer.length,
    transferSuggested: customer.length > TRANSFER_SUGGESTED_AFTER && last?.from !== 'transfer',
  }
}

function reasonFor(last: Msg | undefined, thanked: boolean): ConversationReason {
  if (last === undefined) return 'empty'
  if (last.from === 'agent') return 'agent-last'
  if (last.from === 'transfer') return 'transferred'
  return thanked ? 'thanked' : 'customer-last'
}
