// Which shift a handover or a take-over belongs to. During the overlap two shifts run: the one
// handing over ends first, the one taking over ends last.
import { nextShiftStart, resolveShifts, shiftInstanceBounds, type ShiftDef, type ShiftInstance } from './schedule'
import { localDateKey, localDay } from './shift-time'

/** The shift being handed over at `at`; after every shift has ended (a late handover), the last one that ran. */
export function outgoingShift(schedule: readonly ShiftDef[], at: Date): ShiftInstance | null {
  const endOf = (instance: ShiftInstance) => {
    const def = schedule.find((s) => s.id === instance.shiftId) as ShiftDef
    return shiftInstanceBounds(def, instance.date).end.getTime()
  }
  const active = resolveShifts(schedule, at)
  if (active.length > 0) return active.reduce((first, next) => (endOf(next) < endOf(first) ? next : first))
  const today = localDateKey(at)
  let last: (ShiftInstance & { end: number }) | null = null
  for (const def of schedule) {
    for (const date of [localDateKey(localDay(today, -1)), today]) {
      const end = shiftInstanceBounds(def, date).end.getTime()
      if (end <= at.getTime() && (last === null || end > last.end)) last = { shiftId: def.id, date, end }
    }
  }
  return last && { shiftId: last.shiftId, date: last.date }
}

/**
 * The shift of an agent arriving or taking over at `at`: of the running shifts the one that ends
 * last; before any shift starts, the next one to start.
 */
export function incomingShift(schedule: readonly ShiftDef[], at: Date): ShiftInstance | null {
  const active = resolveShifts(schedule, at)
  if (active.length === 0) {
    const next = nextShiftStart(schedule, at)
    return next && { shiftId: next.shiftId, date: next.date }
  }
  const endOf = (instance: ShiftInstance) => shiftInstanceBounds(schedule.find((s) => s.id === instance.shiftId) as ShiftDef, instance.date).end.getTime()
  return active.reduce((last, next) => (endOf(next) > endOf(last) ? next : last))
}
