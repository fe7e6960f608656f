// The presence log after a year of work on a shared PC (5 agents x 365 days x 40 changes):
// opening a day's timeline and a month's totals, through the indexed range queries the service
// uses, beside the naive way (load the agent's whole history, then compute the same result).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { presenceTimeline, presenceTotals, type PresenceChange } from '../../src/shared/domain'
import { openTestContext, testClock } from '../helpers/app-context'
import { median, result, type BenchResult } from './results'

const AGENTS = 5
const DAYS = 365
const CHANGES_PER_DAY = 40
const RUNS = 200
const DAY = 24 * 3_600_000
const STATUSES = ['online', 'paused', 'online', 'offline'] as const

type Row = { status: PresenceChange['status']; reason: PresenceChange['reason']; at: number; away_ms: number | null }

function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

export function presenceBench(): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-presence-'))
  const firstDay = new Date(2025, 10, 23).getTime()
  const clock = testClock(firstDay + DAYS * DAY)
  const ctx = openTestContext(dir, { clock })
  const { db, presence, profiles, session } = ctx.services
  const ids: string[] = []
  for (let a = 0; a < AGENTS; a++) ids.push(profiles.create({ displayName: `客服${a}`, agentId: `KF${a}`, chatAccounts: [], language: 'zh-CN' }).id)
  const insert = db.prepare('INSERT INTO presence_changes (id, profile_id, at, status, reason, away_ms) VALUES (?, ?, ?, ?, ?, ?)')
  db.transaction(() => {
    let n = 0
    for (const id of ids) {
      for (let d = 0; d < DAYS; d++) {
        for (let c = 0; c < CHANGES_PER_DAY; c++) {
          const status = STATUSES[c % STATUSES.length]!
          const at = firstDay + d * DAY + 8 * 3_600_000 + c * 20 * 60_000
          insert.run(`b${n++}`, id, at, status, status === 'offline' ? 'idle' : 'manual', status === 'offline' ? 180_000 : null)
        }
      }
    }
  })()
  const agent = ids[2]!
  session.switchTo(agent)
  const days = Array.from({ length: RUNS }, (_, i) => firstDay + ((i * 37) % DAYS) * DAY)
  const months = Array.from({ length: 50 }, (_, i) => firstDay + ((i * 37) % (DAYS - 30)) * DAY)

  const naiveHistory = () =>
    (db.prepare('SELECT status, reason, at, away_ms FROM presence_changes WHERE profile_id = ? ORDER BY at, rowid').all(agent) as Row[]).map(
      (r): PresenceChange => (r.away_ms === null ? { status: r.status, reason: r.reason, at: r.at } : { status: r.status, reason: r.reason, at: r.at, awayMs: r.away_ms }),
    )
  let check = 0
  const dayService = median(days.map((from) => time(() => void (check += presence.day(from, from + DAY).spans.length))))
  const dayNaive = median(days.map((from) => time(() => void (check -= presenceTimeline(naiveHistory(), from, from + DAY).length))))
  const monthService = median(months.map((from) => time(() => void (check += presence.totals(agent, from, from + 30 * DAY).onlineMs))))
  const monthNaive = median(months.map((from) => time(() => void (check -= presenceTotals(naiveHistory(), from, from + 30 * DAY).onlineMs))))
  ctx.close()
  rmSync(dir, { recursive: true, force: true })
  if (check !== 0) throw new Error('the service and the naive way disagree')

  const rows = AGENTS * DAYS * CHANGES_PER_DAY
  const params = { rows, agents: AGENTS, runs: RUNS, statistic: 'median' }
  return [
    result({
      id: 'presence.day',
      what: `one day's timeline and totals from a ${rows}-row log`,
      unit: 'ms',
      value: dayService,
      baseline: { what: "load the agent's whole history, then compute the day", value: dayNaive },
      params,
    }),
    result({
      id: 'presence.totals.month',
      what: `30 days of online hours and away-while-online (service statistics)`,
      unit: 'ms',
      value: monthService,
      baseline: { what: "load the agent's whole history, then total the month", value: monthNaive },
      params: { ...params, runs: 50 },
    }),
  ]
}
