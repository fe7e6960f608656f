// The order in which the next shift meets handed-over items, and what it may not skip.

export const HANDOVER_URGENCIES = ['urgent', 'normal', 'potential'] as const
export type HandoverUrgency = (typeof HANDOVER_URGENCIES)[number]

export type TakeOverCandidate = { urgency: HandoverUrgency; dueAt: number | null; createdAt: number }

/** Urgent first, then ordinary work, then potential buyers; within each, the earliest due first, undated last. */
export function compareForTakeOver(a: TakeOverCandidate, b: TakeOverCandidate): number {
  const byUrgency = HANDOVER_URGENCIES.indexOf(a.urgency) - HANDOVER_URGENCIES.indexOf(b.urgency)
  if (byUrgency !== 0) return byUrgency
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1
    if (b.dueAt === null) return -1
    return a.dueAt - b.dueAt
  }
  return a.createdAt - b.createdAt
}

/** Urgent items must be acknowledged before anything else; the rest may wait in the list. */
export function canSkipTakeOver(awaiting: readonly { urgency: HandoverUrgency }[]): boolean {
  return awaiting.every((item) => item.urgency !== 'urgent')
}

/** Past due and still open: the promise to the customer is being broken. */
export function isHandoverOverdue(item: { dueAt: number | null; state: string }, now: number): boolean {
  return item.state !== 'done' && item.dueAt !== null && item.dueAt < now
}
