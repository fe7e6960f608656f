// Which shift instances are running at a moment, when they end and which starts next.
// All times are local wall-clock times; an instance is named by the day it starts on.
import { localDateKey, localDay, parseShiftTime } from './shift-time'

/** 'HH:MM' local times; end <= start means the shift ends the next day (end == start: 24 hours). */
export type ShiftDef = { id: string; start: string; end: string }

export type ShiftInstance = { shiftId: string; date: string }

/** Start (inclusive) and end (exclusive) of the instance of `def` that starts on `date`. */
export function shiftInstanceBounds(def: ShiftDef, date: string): { start: Date; end: Date } {
  const s = parseShiftTime(def.start)
  const e = parseShiftTime(def.end)
  const day = localDay(date)
  const crossesMidnight = e.hours * 60 + e.minutes <= s.hours * 60 + s.minutes
  const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), s.hours, s.minutes)
  const end = new Date(day.getFullYear(), day.getMonth(), day.getDate() + (crossesMidnight ? 1 : 0), e.hours, e.minutes)
  return { start, end }
}

/**
 * Every shift covering `at`, in schedule order. An instance lasts at most a day, so only the
 * ones starting on `at`'s day or the day before can cover it.
 */
export function resolveShifts(schedule: readonly ShiftDef[], at: Date): ShiftInstance[] {
  const today = localDateKey(at)
  const yesterday = localDateKey(localDay(today, -1))
  const covering: ShiftInstance[] = []
  for (const def of schedule) {
    const date = [yesterday, today].find((d) => {
      const { start, end } = shiftInstanceBounds(def, d)
      return start <= at && at < end
    })
    if (date !== undefined) covering.push({ shiftId: def.id, date })
  }
  return covering
}

/**
 * Milliseconds from `at` to the instance's end. Negative once the end has passed: a shift runs
 * over while the agent finishes serving a customer, and the UI shows that overtime.
 */
export function timeLeftInShift(def: ShiftDef, instanceDate: string, at: Date): number {
  return shiftInstanceBounds(def, instanceDate).end.getTime() - at.getTime()
}

/** The earliest instance starting strictly after `at` (ties in schedule order), or null for an empty schedule. */
export function nextShiftStart(schedule: readonly ShiftDef[], at: Date): (ShiftInstance & { start: Date }) | null {
  const today = localDateKey(at)
  const tomorrow = localDateKey(localDay(today, 1))
  let next: (ShiftInstance & { start: Date }) | null = null
  for (const def of schedule) {
    for (const date of [today, tomorrow]) {
      const { start } = shiftInstanceBounds(def, date)
      if (start > at && (next === null || start < next.start)) next = { shiftId: def.id, date, start }
    }
  }
  return next
}
