// A moment (a callback due, a handover deadline) the way agents type it: a date in any form
// parseTypedDate reads, a time such as 20:00, 8点, 8点半, 下午3点, 晚上8点15, or both
// (明天 20:00, 12月6日下午3点, 2026-11-22T20:00). Answers 'YYYY-MM-DDTHH:mm', local time.
import { localDateKey, parseTypedDate } from './dates'

export type TypedMoment = { ok: true; value: string } | { ok: false; reason: 'format' | 'invalid' }

// 上午/早上 keep the hour; 中午 12 and 1-2 o'clock are midday; 下午/傍晚/晚上 add 12 below noon.
const TIME = /(上午|早上|中午|下午|傍晚|晚上)?\s*(\d{1,2})(?:[:：](\d{2})|[点时](半|(\d{1,2})分?)?)$/
const AFTERNOON = new Set(['下午', '傍晚', '晚上'])

const pad = (n: number) => String(n).padStart(2, '0')

function timeOf(match: RegExpExecArray): string | null {
  const [, part, h, mm, half, m] = match
  let hour = Number(h)
  const minute = mm !== undefined ? Number(mm) : half === '半' ? 30 : m !== undefined ? Number(m) : 0
  if ((part !== undefined && AFTERNOON.has(part)) || (part === '中午' && hour < 3)) hour = hour < 12 ? hour + 12 : hour
  return hour <= 23 && minute <= 59 ? `${pad(hour)}:${pad(minute)}` : null
}

/** `defaultTime` ('HH:MM') is used when only a date is typed; a time alone is today's. */
export function parseTypedMoment(text: string, now: Date, options: { defaultTime?: string } = {}): TypedMoment {
  const typed = text.trim().replace(/\s+/g, ' ')
  if (typed === '') return { ok: false, reason: 'format' }
  const iso = /^(\d{4}-\d{1,2}-\d{1,2})[T ](\d{1,2}:\d{2})$/.exec(typed)
  const timeMatch = iso ? null : TIME.exec(typed)
  const datePart = iso ? iso[1]! : timeMatch ? typed.slice(0, timeMatch.index).trim() : typed
  let time: string | null = options.defaultTime ?? '09:00'
  if (iso) {
    const [h, m] = iso[2]!.split(':').map(Number) as [number, number]
    time = h <= 23 && m <= 59 ? `${pad(h)}:${pad(m)}` : null
  } else if (timeMatch) time = timeOf(timeMatch)
  if (time === null) return { ok: false, reason: 'invalid' }
  if (datePart === '') return { ok: true, value: `${localDateKey(now)}T${time}` }
  const date = parseTypedDate(datePart, now)
  return date.ok ? { ok: true, value: `${date.value}T${time}` } : date
}
