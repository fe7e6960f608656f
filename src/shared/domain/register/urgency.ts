// How pressing a follow-up is. Overdue callbacks are fined in the shops, so they come first.
export const FOLLOW_UP_STATUSES = ['todo', 'doing', 'done'] as const
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]

export type Urgency = 'overdue' | 'dueToday' | 'later' | 'done'

/** End of the local day containing `now` (exclusive). */
export function endOfLocalDay(now: number): number {
  const d = new Date(now)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime()
}

export function followUpUrgency(status: FollowUpStatus, dueAt: number | null, now: number): Urgency {
  if (status === 'done') return 'done'
  if (dueAt === null) return 'later'
  if (dueAt <= now) return 'overdue'
  return dueAt < endOfLocalDay(now) ? 'dueToday' : 'later'
}
