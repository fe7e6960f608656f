// Dates on a follow-up: the purchase date copied from the order page, and when the callback is
// due (by default the next working day: a callback owed today is due tomorrow).

export type PurchaseDate = { ok: true; value: string } | { ok: false; reason: 'format' | 'invalid' | 'future' }

const PURCHASE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/

const pad = (n: number) => String(n).padStart(2, '0')

export function localDateKey(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * Reads a purchase date as agents paste it from Taobao (2026-11-20, 2026/11/20, 2026年11月20日,
 * with or without the time) into YYYY-MM-DD; refuses impossible and future dates.
 */
export function parsePurchaseDate(text: string, now: Date): PurchaseDate {
  const m = PURCHASE.exec(text.trim())
  if (!m) return { ok: false, reason: 'format' }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(y, mo - 1, d)
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return { ok: false, reason: 'invalid' }
  if (localDateKey(date) > localDateKey(now)) return { ok: false, reason: 'future' }
  return { ok: true, value: localDateKey(date) }
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
