// The 组长 view at shop scale: 50 agents, a year of tallies in all (about a million rows).
// - lead.day.50x1m: the lead's day view (every agent's row with presence and follow-ups, the
//   team total, reasons, hard questions, handover board), beside a naive loop that reads each
//   agent's raw tally rows of the day and adds them up in JavaScript.
// - lead.team.month.50: the same lead's month view on a team (team-lead-source.ts): 50 agents'
//   work-day summaries and shared reasons and questions as sync writes them, beside this PC's
//   own month view over its million tallies in the same run.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Db } from '../../src/main/db/connection'
import { DEFAULT_SHIFTS, workDaySpan } from '../../src/shared/domain'
import { localDateKey } from '../../src/shared/domain/shifts/shift-time'
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
  const localMonth = warmMedian(RUNS, () => lead.view('month', date))
  const team = seedTeamRows(db, agents[0]!, days, random)
  const teamMonthView = lead.view('month', date)
  if (teamMonthView.agents.length !== AGENTS) throw new Error('the team view does not show every agent of the roster')
  const teamMonth = warmMedian(RUNS, () => lead.view('month', date))
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
    result({
      id: 'lead.team.month.50',
      what: `the lead's month view on a team: ${AGENTS} agents from ${team.summaries} synced work-day summaries and ${team.entries} shared entries, median of ${RUNS} after 1 warm-up`,
      unit: 'ms',
      value: teamMonth,
      baseline: { what: `this PC's own month view of the same ${AGENTS} agents over ${rows} tallies`, value: localMonth },
      params: { agents: AGENTS, ...team, served: teamMonthView.total.served, runs: RUNS, statistic: 'median' },
    }),
  ]
}

/** A year of the team's rows on a lead's PC, as sync writes them, and the lead's profile linked to the roster's lead. */
function seedTeamRows(db: Db, leadProfile: string, days: readonly Date[], random: () => number): { summaries: number; entries: number } {
  const ids = Array.from({ length: AGENTS }, (_, i) => `team-${i}`)
  const roster = db.prepare('INSERT INTO team_roster (id, display_name, role, active) VALUES (?, ?, ?, 1)')
  const summary = db.prepare(
    `INSERT INTO team_lead_summaries (id, agent_id, day, questions, lost_deals, shared_entries, open_follow_ups, tallies, effective, converted, thanked, transferred, online_ms, paused_ms, away_ms)
     VALUES (?, ?, ?, 1, 3, 4, 1, ?, ?, ?, 2, 1, ?, 600000, 300000)`,
  )
  const entry = db.prepare(
    "INSERT INTO team_shared_entries (id, agent_id, kind, text, answer, tags, work_day, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
  )
  let summaries = 0
  let entries = 0
  db.transaction(() => {
    ids.forEach((id, i) => roster.run(id, `客服${i}`, i === 0 ? 'lead' : 'agent'))
    for (const id of ids)
      for (const day of days) {
        const key = localDateKey(day)
        const served = 40 + Math.floor(random() * 30)
        summary.run(`${id}:${key}`, id, key, served, served - 5, Math.floor(served / 4), 6 * 3_600_000)
        summaries += 1
        const at = day.getTime() + 12 * 3_600_000
        for (let n = 0; n < 3; n += 1) {
          entry.run(`${id}:${key}:d${n}`, id, 'lost-deal', '价格', '嫌贵', '["price"]', key, at + n, at + n)
          entries += 1
        }
        entry.run(`${id}:${key}:q`, id, 'question', '预售能开发票吗', '能', '[]', '', at, at)
        entries += 1
      }
  })()
  db.prepare("UPDATE profiles SET team_agent_id = 'team-0' WHERE id = ?").run(leadProfile)
  return { summaries, entries }
}
