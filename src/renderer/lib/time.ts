// Local times as the screens show and edit them ('YYYY-MM-DDTHH:mm' is what a datetime-local
// input speaks). Shared by the issue register, the handover and the order trees.
import { parseTypedMoment } from '../../shared/domain/register'

const pad = (n: number) => String(n).padStart(2, '0')

/** The time a moment typed as a date alone (明天, 12月6日) is given: when the day shift starts. */
export const DEFAULT_MOMENT_TIME = '09:00'

/** The ms of a moment as an agent types it (see parseTypedMoment), or null when it is not one. */
export function typedMomentMs(text: string, now = new Date()): number | null {
  const parsed = parseTypedMoment(text, now, { defaultTime: DEFAULT_MOMENT_TIME })
  return parsed.ok ? fromLocalInput(parsed.value) : null
}

export function toLocalInput(ms: number | null): string {
  if (ms === null) return ''
  const d = new Date(ms)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The ms of a datetime-local value, or null when it is not a real moment (2026-02-30T10:00). */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value)
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const date = new Date(y, mo - 1, d, h, mi)
  return date.getMonth() === mo - 1 && date.getDate() === d && date.getHours() === h ? date.getTime() : null
}

/** '2026-11-22 20:00'. */
export function formatDateTime(ms: number): string {
  return `${new Date(ms).getFullYear()}-${formatShort(ms)}`
}

/** '11-22 20:00'. */
export function formatShort(ms: number): string {
  const d = new Date(ms)
  return `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** '11-22 20:00', with the year only when it is not this year. */
export function formatWhen(ms: number, now = Date.now()): string {
  return new Date(ms).getFullYear() === new Date(now).getFullYear() ? formatShort(ms) : formatDateTime(ms)
}

export function todayKey(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
