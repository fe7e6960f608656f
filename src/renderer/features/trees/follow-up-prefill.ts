// A tree outcome's follow-up, turned into what the issue register's form takes. The callback is
// due `dueInDays` working days ahead, the way the register dates its own follow-ups (the start
// of the next working day); 0 means later today.
import { endOfLocalDay, nextWorkingDayDue, parsePurchaseDate, type FollowUpDraft } from '../../../shared/domain'
import type { FollowUpPrefill } from '../register/follow-up-values'

export function followUpDue(now: number, dueInDays: number): number {
  if (dueInDays <= 0) return endOfLocalDay(now) - 60_000
  let due = new Date(now)
  for (let day = 0; day < dueInDays; day++) due = nextWorkingDayDue(due)
  return due.getTime()
}

/** The guide's start form may hold 12月6日: the follow-up gets the full date, or the text as typed when it is not one. */
function fullDate(typed: string, now: number): string {
  const parsed = parsePurchaseDate(typed, new Date(now))
  return parsed.ok ? parsed.value : typed
}

export function followUpPrefill(draft: FollowUpDraft, now: number): FollowUpPrefill {
  return {
    customer: draft.customer ?? '',
    orderNo: draft.orderNo ?? '',
    purchaseDate: fullDate(draft.purchaseDate ?? '', now),
    text: draft.problem,
    buyerWants: draft.request,
    promised: draft.promise,
    dueAt: followUpDue(now, draft.dueInDays),
  }
}
