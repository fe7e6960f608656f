// Why a customer did not buy (未成交原因): the shop's own list, the handbook's eight by default,
// and the ranking the lead reads. A tally keeps the reason's id and its wording as it was picked,
// so a reason the shop later renames or removes still reads right on old tallies.
export type LostReason = { id: string; label: string }

export const DEFAULT_LOST_REASONS: readonly LostReason[] = [
  { id: 'price', label: '价格' },
  { id: 'shipping-fee', label: '运费' },
  { id: 'stock-size', label: '库存/尺码' },
  { id: 'comparing', label: '比价中' },
  { id: 'hesitant', label: '犹豫' },
  { id: 'quality', label: '质量顾虑' },
  { id: 'delivery-time', label: '发货时间' },
  { id: 'other', label: '其他' },
]

/** At most this many reasons: the picker gives the first nine a digit key, arrows reach the rest. */
export const MAX_LOST_REASONS = 20
export const MAX_LOST_REASON_LABEL = 20
export const MAX_LOST_NOTE = 200

/** One recorded reason: a not-converted customer of an agent's shift. */
export type LostDeal = { tallyId: string; at: number; workDay: string; shiftId: string | null; reasonId: string; reasonLabel: string; note: string }

export type LostReasonRank = { reasonId: string; label: string; count: number; notes: { tallyId: string; at: number; note: string }[] }

/**
 * Reasons by how often they were given, most first (ties: the order they were first given).
 * A reason shows its latest wording; notes are the non-empty ones, oldest first.
 */
export function rankLostReasons(deals: readonly LostDeal[]): LostReasonRank[] {
  const byId = new Map<string, LostReasonRank & { latest: number }>()
  for (const deal of [...deals].sort((a, b) => a.at - b.at)) {
    let rank = byId.get(deal.reasonId)
    if (!rank) {
      rank = { reasonId: deal.reasonId, label: deal.reasonLabel, count: 0, notes: [], latest: deal.at }
      byId.set(deal.reasonId, rank)
    }
    rank.count += 1
    if (deal.at >= rank.latest) {
      rank.latest = deal.at
      rank.label = deal.reasonLabel
    }
    if (deal.note !== '') rank.notes.push({ tallyId: deal.tallyId, at: deal.at, note: deal.note })
  }
  return [...byId.values()].sort((a, b) => b.count - a.count).map(({ latest: _latest, ...rank }) => rank)
}
