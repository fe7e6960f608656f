// Which shift and which work day a tally belongs to. Counts follow shifts, not the calendar:
// a night shift from 17:00 to 01:00 is one shift and one work day, named by the day it started.
import { resolveShifts, shiftInstanceBounds, type ShiftDef, type ShiftInstance } from '../shifts/schedule'
import { localDateKey, localDay, parseShiftTime } from '../shifts/shift-time'

/** A shift runs over while the agent finishes a customer; tallies this long after its end still belong to it. */
export const OVERTIME_GRACE_MS = 60 * 60_000

/**
 * The shift instance a tally at `at` belongs to, or null outside every shift. `previous` is the
 * instance of the agent's previous tally: during the handover overlap the agent stays in the
 * shift they were already working (an agent arriving for the next shift has none, and gets the
 * shift that started last); after a shift ends, the agent who was working it is on overtime
 * for OVERTIME_GRACE_MS.
 */
export function attributeShift(schedule: readonly ShiftDef[], at: Date, previous: ShiftInstance | null): ShiftInstance | null {
  const covering = resolveShifts(schedule, at)
  const same = (s: ShiftInstance) => previous !== null && s.shiftId === previous.shiftId && s.date === previous.date
  if (covering.length > 0) {
    const continuing = covering.find(same)
    if (continuing) return continuing
    return covering.reduce((latest, s) => (startOf(schedule, s) > startOf(schedule, latest) ? s : latest))
  }
  if (previous === null) return null
  const def = schedule.find((d) => d.id === previous.shiftId)
  if (!def) return null
  const end = shiftInstanceBounds(def, previous.date).end.getTime()
  return at.getTime() >= end && at.getTime() - end <= OVERTIME_GRACE_MS ? previous : null
}

/**
 * Minutes after midnight at which a work day ends: the latest end of a shift that crosses
 * midnight (01:00 for a 17:00-01:00 night shift), or 0. Off-shift tallies in the small hours
 * before it belong to the previous work day, like the night shift they follow.
 */
export function workDayBoundaryMinutes(schedule: readonly ShiftDef[]): number {
  let boundary = 0
  for (const def of schedule) {
    const s = parseShiftTime(def.start)
    const e = parseShiftTime(def.end)
    const end = e.hours * 60 + e.minutes
    if (end <= s.hours * 60 + s.minutes) boundary = Math.max(boundary, end)
  }
  return boundary
}

/** The work day ('YYYY-MM-DD') of a tally: its shift's date, else the calendar day shifted by the boundary. */
export function workDayOf(schedule: readonly ShiftDef[], at: Date, shift: ShiftInstance | null): string {
  if (shift) return shift.date
  return localDateKey(new Date(at.getTime() - workDayBoundaryMinutes(schedule) * 60_000))
}

/** Start (inclusive) and end (exclusive) of a run of work days, in ms: for online time over the same span. */
export function workDaySpan(schedule: readonly ShiftDef[], firstDay: string, lastDay: string): { from: number; to: number } {
  const boundary = workDayBoundaryMinutes(schedule) * 60_000
  return { from: localDay(firstDay).getTime() + boundary, to: localDay(lastDay, 1).getTime() + boundary }
}

function startOf(schedule: readonly ShiftDef[], s: ShiftInstance): number {
  const def = schedule.find((d) => d.id === s.shiftId)
  return def ? shiftInstanceBounds(def, s.date).start.getTime() : 0
}
