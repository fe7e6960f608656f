// The 组长 view at shop scale: 50 agents, a year of tallies in all (about a million rows).
// - lead.day.50x1m: the lead's day view (every agent's row with presence and follow-ups, the
//   team total, reasons, hard questions, handover board), beside a naive loop that reads each
//   agent's raw tally rows of the day and adds them up in JavaScript.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_SHIFTS, workDaySpan } from '../../src/shared/domain'
import { openTestContext, testClock } from '../helpers/app-context'
import { seededRandom, seedTallies } from '../helpers/stats-seed'
import { result, warmMedian, type BenchResult } from './results'

const AGENTS = 50
const PER_DAY = 55 // x 50 agents x 365 days ≈ 1,000,000 rows
const RUNS = 15
const NOW = new Date(2026, 10, 30, 20, 0)

export function leadBench(): BenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-lead-'))
  const ctx = openTestContext(dir, { clock: testClock(NOW.getTime()) })
  const { db, profiles, session, lead } = ctx.services
  const random = seededRandom(19)
  const agents = Array.from({ length: AGENTS }, (_, i) => profiles.create({ displayName: `客服${i}`, agentId: `KF${i}`, chatAccounts: [], language: 'zh-CN' }).id)
  session.switchTo(agents[0]!)
  lead.setRole(agents[0]!, 'lead')
  const days = Array.from({ length: 365 }, (_, i) => new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - 364 + i))
  db.pragma('synchronous = OFF')
  let rows = 0
  for (const profileId of agents) rows += seedTallies(db, { profileId, days, perDay: PER_DAY, random })
  db.pragma('synchronous = FULL')
  db.pragma('optimize')

  const date = '2026-11-20'
  const span = workDaySpan(DEFAULT_SHIFTS, date, date)
  const raw = db.prepare('SELECT effective, converted, thanked, transferred FROM stats_tallies WHERE profile_id = ? AND at >= ? AND at < ?')
  const naive = () =>
    agents.map((profileId) => {
      const counts = { served: 0, effective: 0, converted: 0, thanked: 0, transferred: 0 }
      for (const r of raw.all(profileId, span.from, span.to) as { effective: number; converted: number; thanked: number; transferred: number }[]) {
        counts.served += 1
        counts.effective += r.effective
        counts.converted += r.converted
        counts.thanked += r.thanked
        counts.transferred += r.transferred
      }
      return counts
    })
  const served = lead.view('day', date).total.served
  if (naive().reduce((n, c) => n + c.served, 0) !== served) throw new Error('the naive loop disagrees on the day’s customers')
  const baseline = warmMedian(RUNS, naive)
  const value = warmMedian(RUNS, () => lead.view('day', date))
  ctx.close()
  rmSync(dir, { recursive: true, force: true })
  return [
    result({
      id: 'lead.day.50x1m',
      what: `the lead's day view of ${AGENTS} agents (rows with presence and follow-ups, total, reasons, hard questions, handover) among ${rows} tallies, median of ${RUNS} after 1 warm-up`,
      unit: 'ms',
      value,
      baseline: { what: "naive loop: each agent's raw tally rows of the day read and added up in JavaScript (counts only)", value: baseline },
      params: { rows, agents: AGENTS, served, runs: RUNS, statistic: 'median' },
    }),
  ]
}
