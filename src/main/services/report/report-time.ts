// Times in a report read as on the agent's own clock, whatever zone main runs in (the e2e
// server and CI run in UTC; the agent's PC in China).
const pad = (n: number) => String(n).padStart(2, '0')

export function reportTime(ms: number | null, utcOffsetMinutes: number): string {
  if (ms === null) return ''
  const d = new Date(ms + utcOffsetMinutes * 60_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
