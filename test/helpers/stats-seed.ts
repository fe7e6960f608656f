// Fills stats_tallies with a plausible working pattern (busy late mornings and evenings, about
// one sale in five) for screenshots, end-to-end specs and the benchmark. Rows go straight into
// SQLite in one transaction: a year for 20 agents is about a million rows.
import type { Db } from '../../src/main/db/connection'
import { attributeShift, DEFAULT_SHIFTS, tallyFlags, workDayOf, type ShiftDef, type TallyOutcome } from '../../src/shared/domain'

/** A small deterministic generator, so seeded data (and the screenshots) are the same every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let x = Math.imul(s ^ (s >>> 15), 1 | s)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

// Customers arrive from 09:00 to 22:30, more of them around 10-11 and 19-21.
const HOUR_WEIGHTS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 8, 9, 6, 5, 6, 7, 6, 5, 6, 8, 9, 8, 3, 0]
const OUTCOMES: [TallyOutcome, number][] = [
  ['effective', 0.45],
  ['not-effective', 0.12],
  ['converted', 0.2],
  ['thanked', 0.18],
  ['transferred', 0.05],
]

function pick<T>(weighted: readonly [T, number][], r: number): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0)
  let x = r * total
  for (const [value, w] of weighted) {
    x -= w
    if (x < 0) return value
  }
  return weighted.at(-1)![0]
}

export type SeedOptions = { profileId: string; days: readonly Date[]; perDay: number; random: () => number; schedule?: readonly ShiftDef[]; idPrefix?: string }

/** Inserts `perDay` (±30%) tallies on each of `days` (local midnights); returns how many. */
export function seedTallies(db: Db, { profileId, days, perDay, random, schedule = DEFAULT_SHIFTS, idPrefix = profileId }: SeedOptions): number {
  const insert = db.prepare(
    `INSERT INTO stats_tallies (id, profile_id, at, outcome, effective, converted, thanked, transferred, customer, source, shift_id, shift_date, work_day, hour)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'keypad', ?, ?, ?, ?)`,
  )
  const hours = HOUR_WEIGHTS.map((w, h) => [h, w] as [number, number])
  // Agents share days and minutes: work each minute's shift out once (a million rows otherwise spend most of their time here).
  const shifts = new Map<number, { shiftId: string | null; date: string | null; workDay: string }>()
  const shiftOf = (minute: Date) => {
    let s = shifts.get(minute.getTime())
    if (!s) {
      const shift = attributeShift(schedule, minute, null)
      s = { shiftId: shift?.shiftId ?? null, date: shift?.date ?? null, workDay: workDayOf(schedule, minute, shift) }
      shifts.set(minute.getTime(), s)
    }
    return s
  }
  let n = 0
  db.transaction(() => {
    for (const day of days) {
      const count = Math.round(perDay * (0.7 + 0.6 * random()))
      for (let i = 0; i < count; i++) {
        const minute = new Date(day.getFullYear(), day.getMonth(), day.getDate(), pick(hours, random()), Math.floor(random() * 60))
        const at = minute.getTime() + Math.floor(random() * 60_000)
        const outcome = pick(OUTCOMES, random())
        const f = tallyFlags(outcome)
        const s = shiftOf(minute)
        insert.run(`${idPrefix}-${n++}`, profileId, at, outcome, +f.effective, +f.converted, +f.thanked, +f.transferred, s.shiftId, s.date, s.workDay, minute.getHours())
      }
    }
  })()
  return n
}

/** Local midnights from the first of `at`'s month up to and including `at`'s day. */
export function monthSoFar(at: Date): Date[] {
  return Array.from({ length: at.getDate() }, (_, i) => new Date(at.getFullYear(), at.getMonth(), i + 1))
}
