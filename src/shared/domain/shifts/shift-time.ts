// Shift times are wall-clock 'HH:MM' strings and shift instances are named by the local
// calendar day they start on; these helpers convert between those and Dates in local time.

const SHIFT_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a 24-hour 'HH:MM' time such as '09:00' or '23:59' ('24:00' and '9:00' are not). */
export function validateShiftTime(time: string): boolean {
  return SHIFT_TIME.test(time)
}

/** Hours and minutes of a valid shift time; a malformed one is a programming error. */
export function parseShiftTime(time: string): { hours: number; minutes: number } {
  const m = SHIFT_TIME.exec(time)
  if (!m) throw new RangeError(`not an HH:MM shift time: ${time}`)
  return { hours: Number(m[1]), minutes: Number(m[2]) }
}

/** The local calendar day of `at` as 'YYYY-MM-DD'. */
export function localDateKey(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/** Local midnight of a 'YYYY-MM-DD' day shifted by `dayOffset` days. */
export function localDay(dateKey: string, dayOffset = 0): Date {
  const m = DATE_KEY.exec(dateKey)
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${dateKey}`)
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + dayOffset)
}
