// The lead's "per shift" rows, for the 组长 view and the team report alike: each shift of each
// work day with its figures (when the source keeps shifts) and its handover board counts.
import type { HandoverShiftStatus, LeadShiftFigures } from './ipc/lead'

export type LeadShiftRow = { shiftId: string; shiftDate: string; figures: LeadShiftFigures | null; handover: HandoverShiftStatus | null }

/** Days in order; within a day, shifts with figures first in schedule order, then any other shift the board names. */
export function leadShiftRows(shifts: readonly LeadShiftFigures[], handover: readonly HandoverShiftStatus[]): LeadShiftRow[] {
  const rows = new Map<string, LeadShiftRow>()
  const key = (r: { shiftId: string; shiftDate: string }) => `${r.shiftDate} ${r.shiftId}`
  for (const f of shifts) rows.set(key(f), { shiftId: f.shiftId, shiftDate: f.shiftDate, figures: f, handover: null })
  for (const h of handover) {
    const row = rows.get(key(h))
    if (row) row.handover = h
    else rows.set(key(h), { shiftId: h.shiftId, shiftDate: h.shiftDate, figures: null, handover: h })
  }
  return [...rows.values()].sort((a, b) => a.shiftDate.localeCompare(b.shiftDate))
}
