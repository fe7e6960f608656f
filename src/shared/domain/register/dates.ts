// Dates on a follow-up: the purchase date copied from the order page, and when the callback is
// due (by default the next working day: a callback owed today is due tomorrow).

export type PurchaseDate = { ok: true; value: string } | { ok: false; reason: 'format' | 'invalid' | 'future' }
export type TypedDate = { ok: true; value: string } | { ok: false; reason: 'format' | 'invalid' }

const FULL = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/
const YEARLESS = /^(\d{1,2})(?:[-/.]|月)(\d{1,2})[日号]?$/
const RELATIVE: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1, 后天: 2, today: 0, yesterday: -1, tomorrow: 1 }

const pad = (n: number) => String(n).padStart(2, '0')

export function localDateKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function dateKeyOf(y: number, mo: number, d: number): string | null {
  const date = new Date(y, mo - 1, d)
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? localDateKey(date) : null
}

/**
 * Reads a date the way agents type or paste it: 2026-11-20, 2026/11/20, 2026年11月20日 (with or
 * without the time), 20261120, and the short forms 12月6日, 12-6, 12/6, 今天, 昨天, 前天; answers
 * YYYY-MM-DD. A short form without a year is this year's, or last year's when `past` is set and
 * this year's would still be ahead (a purchase date typed on 2 January as 12月30日).
 */
export function parseTypedDate(text: string, now: Date, options: { past?: boolean } = {}): TypedDate {
  const typed = text.trim().replace(/\s+/g, ' ')
  const relative = RELATIVE[typed.toLowerCase()]
  if (relative !== undefined) return { ok: true, value: localDateKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + relative)) }
  const full = FULL.exec(typed) ?? COMPACT.exec(typed)
  if (full) {
    const value = dateKeyOf(Number(full[1]), Number(full[2]), Number(full[3]))
    return value ? { ok: true, value } : { ok: false, reason: 'invalid' }
  }
  const short = YEARLESS.exec(typed)
  if (!short) return { ok: false, reason: 'format' }
  const [mo, d] = [Number(short[1]), Number(short[2])]
  const thisYear = dateKeyOf(now.getFullYear(), mo, d)
  if (!thisYear) return { ok: false, reason: 'invalid' }
  if (options.past && thisYear > localDateKey(now)) return { ok: true, value: dateKeyOf(now.getFullYear() - 1, mo, d) ?? thisYear }
  return { ok: true, value: thisYear }
}

/** A purchase date in any typed form (see parseTypedDate) as YYYY-MM-DD; refuses impossible and future dates. */
export function parsePurchaseDate(text: string, now: Date): PurchaseDate {
  const parsed = parseTypedDate(text, now, { past: true })
  if (!parsed.ok) return parsed
  if (parsed.value > localDateKey(now)) return { ok: false, reason: 'future' }
  return parsed
}

export type WorkingDays = {
  /** Days of the week the agent does not work (0 = Sunday). Shops serve daily, so none by default. */
  restWeekdays?: readonly number[]
  /** 'HH:MM' local time the callback is due on that day: when the day shift starts. */
  at?: string
}

/** The start of the next working day after `now`, local time. */
export function nextWorkingDayDue(now: Date, options: WorkingDays = {}): Date {
  const rest = new Set(options.restWeekdays ?? [])
  const [hours, minutes] = (options.at ?? '09:00').split(':').map(Number) as [number, number]
  for (let ahead = 1; ahead <= 7; ahead++) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, hours, minutes)
    if (!rest.has(day.getDay())) return day
  }
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hours, minutes)
}
