// Which message decided a transcript's verdict, so the check can quote it: the agent's or a
// colleague's last word, the customer's last word (a question left open, or a thank-you), or the
// hand-over that counted.
import type { ConversationClass, TranscriptMessage } from '../../../shared/domain/stats'

const DECIDED_BY: Record<ConversationClass['reason'], TranscriptMessage['from'] | null> = {
  'agent-last': 'agent',
  thanked: 'customer',
  'customer-last': 'customer',
  'colleague-last': 'colleague',
  transferred: 'transfer',
  empty: null,
}

export function decidingMessage(messages: readonly TranscriptMessage[], verdict: Pick<ConversationClass, 'reason'>): TranscriptMessage | null {
  const from = DECIDED_BY[verdict.reason]
  if (from === null) return null
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.from === from) return messages[i]!
  return null
}
