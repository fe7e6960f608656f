// The day or week a report covers, on the agent's local calendar. Weeks start on Monday, as
// shop rotas do.
export type ReportSpan = 'day' | 'week'

const pad = (n: number) => String(n).padStart(2, '0')
const key = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`

/** [from, to) in ms and a label such as 2026-11-16 至 2026-11-22; null for a malformed date. */
export function reportSpan(span: ReportSpan, date: string, through: string): { from: number; to: number; label: string } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) return null
  const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (key(day) !== date) return null
  if (span === 'day') return { from: day.getTime(), to: new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime(), label: date }
  const monday = new Date(day.getFullYear(), day.getMonth(), day.getDate() - ((day.getDay() + 6) % 7))
  const sunday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 6)
  return { from: monday.getTime(), to: new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7).getTime(), label: `${key(monday)} ${through} ${key(sunday)}` }
}
