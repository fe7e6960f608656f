// One tally is one customer served. The key the agent pressed is the customer's outcome; the
// flags derived from it are what the counts add up, so every count is a count of customers:
//   有效 effective      effective
//   无效 not-effective  (no flag: served, not paid)
//   成交 converted      effective + converted  (a sale means the customer was answered)
//   感谢 thanked        effective + thanked    (thanked ⊂ effective, as estimatePay assumes)
//   转接 transferred    effective + transferred (the handbook counts a transfer as effective)
// A sale can also be marked on a thanked, transferred or plain effective customer (the
// transcript check offers it), so converted is not tied to one key.
import type { ConversationClass } from './conversation'

export const TALLY_OUTCOMES = ['effective', 'not-effective', 'converted', 'thanked', 'transferred'] as const
export type TallyOutcome = (typeof TALLY_OUTCOMES)[number]

export type TallyFlags = { effective: boolean; converted: boolean; thanked: boolean; transferred: boolean }

export type TallyCounts = { served: number; effective: number; converted: number; thanked: number; transferred: number }

export const NO_TALLIES: TallyCounts = { served: 0, effective: 0, converted: 0, thanked: 0, transferred: 0 }

export function tallyFlags(outcome: TallyOutcome, options: { converted?: boolean } = {}): TallyFlags {
  return {
    effective: outcome !== 'not-effective',
    converted: outcome === 'converted' || options.converted === true,
    thanked: outcome === 'thanked',
    transferred: outcome === 'transferred',
  }
}

/** The key a checked transcript stands for: a transfer first, then a thank-you (paid more), then the plain verdict. */
export function outcomeForConversation(c: Pick<ConversationClass, 'effective' | 'reason' | 'thanked'>): TallyOutcome {
  if (c.reason === 'transferred') return 'transferred'
  if (!c.effective) return 'not-effective'
  return c.thanked ? 'thanked' : 'effective'
}

/** 转化率 = converted / served; null when nobody was served (not 0%: there is nothing to rate). */
export function conversionRate(counts: Pick<TallyCounts, 'served' | 'converted'>): number | null {
  return counts.served === 0 ? null : counts.converted / counts.served
}

export function addCounts(a: TallyCounts, b: TallyCounts): TallyCounts {
  return {
    served: a.served + b.served,
    effective: a.effective + b.effective,
    converted: a.converted + b.converted,
    thanked: a.thanked + b.thanked,
    transferred: a.transferred + b.transferred,
  }
}
