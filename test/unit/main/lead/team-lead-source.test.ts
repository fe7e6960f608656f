// The 组长 view on a lead's PC that is linked to a team (team-lead-source.ts): every active agent
// and lead of the roster, their figures from the team's summaries (work days, so a night shift
// after midnight counts on the day it started), open follow-ups over all days and the overdue
// ones against this PC's clock, after-sales checks by state, the reasons and hard questions they
// shared. A profile that is no team lead keeps this PC's own profiles.
import { describe, expect, it } from 'vitest'
import type { Db } from '../../../../src/main/db/connection'
import { openTestContext, testClock } from '../../../helpers/app-context'
import { useTempDir } from '../../../helpers/temp-dir'

const tempDir = useTempDir()
const local = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime()
const HOUR = 3_600_000

/** Rows as sync writes them on a lead's PC. */
function teamRows(db: Db) {
  const roster = db.prepare('INSERT INTO team_roster (id, display_name, role, active) VALUES (?, ?, ?, ?)')
  roster.run('t-zhou', '老周', 'lead', 1)
  roster.run('t-mei', '小美', 'agent', 1)
  roster.run('t-gone', '阿离', 'agent', 0)
  roster.run('t-boss', '店长', 'admin', 1)
  const summary = db.prepare(
    `INSERT INTO team_lead_summaries (id, agent_id, day, questions, lost_deals, shared_entries, open_follow_ups, tallies, effective, converted, thanked, transferred, online_ms, paused_ms, away_ms, follow_ups)
     VALUES (?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const followUps = (...f: { due: number | null; check: string | null; open: boolean }[]) => JSON.stringify(f)
  // 小美's night shift of the 23rd ran past midnight: the team counts it on the 23rd. Her
  // follow-ups: one of the 23rd due at 20:00 and still open, one of the 23rd done and checked; one
  // of the 20th still open (a problem found, due the 24th at 10:00), one of the 20th done, and one
  // uploaded before the team kept check states or due times.
  summary.run('t-mei:2026-11-23', 't-mei', '2026-11-23', 2, 1, 10, 8, 3, 2, 1, 6 * HOUR, HOUR / 2, 600_000,
    followUps({ due: local(23, 20), check: 'pending', open: true }, { due: null, check: 'verified', open: false }))
  summary.run('t-mei:2026-11-20', 't-mei', '2026-11-20', 0, 2, 4, 4, 1, 0, 0, 5 * HOUR, 0, 0,
    followUps({ due: local(24, 10), check: 'problem', open: true }, { due: local(20, 12), check: 'verified', open: false }, { due: null, check: null, open: true }))
  summary.run('t-gone:2026-11-23', 't-gone', '2026-11-23', 0, 0, 9, 9, 9, 0, 0, HOUR, 0, 0, '[]')
  const shared = db.prepare(
    'INSERT INTO team_shared_entries (id, agent_id, kind, text, answer, tags, work_day, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  shared.run('d1', 't-mei', 'lost-deal', '价格', '嫌贵', '["price"]', '2026-11-23', local(23, 21), local(23, 21), null)
  shared.run('d2', 't-mei', 'lost-deal', '价格', '', '["price"]', '2026-11-23', local(24, 1), local(24, 1), null)
  shared.run('d3', 't-mei', 'lost-deal', '运费', '', '["shipping-fee"]', '2026-11-23', local(23, 22), local(23, 23), local(23, 23))
  shared.run('q1', 't-mei', 'question', '预售能开发票吗', '能，发货后开', '[]', '', local(23, 22), local(23, 22, 30), null)
}

describe("the 组长 view from the team's rows", () => {
  it("shows every active agent and lead of the shop with the team's counts, reasons and hard questions", () => {
    const clock = testClock(local(23, 22))
    const ctx = openTestContext(tempDir(), { clock })
    const { db, profiles, session, lead } = ctx.services
    const zhou = profiles.create({ displayName: '老周', agentId: 'KF001', chatAccounts: [], language: 'zh-CN' })
    profiles.create({ displayName: '本机的小王', agentId: '', chatAccounts: [], language: 'zh-CN' })
    session.switchTo(zhou.id)
    lead.setRole(zhou.id, 'lead')
    teamRows(db)
    db.prepare("UPDATE profiles SET team_agent_id = 't-zhou' WHERE id = ?").run(zhou.id)

    const view = lead.view('day', '2026-11-23')
    expect(view.agents.map((a) => [a.profileId, a.name])).toEqual([
      ['t-mei', '小美'],
      ['t-zhou', '老周'],
    ])
    expect(view.agents[0]).toMatchObject({ served: 10, effective: 8, converted: 3, thanked: 2, transferred: 1, onlineMs: 6 * HOUR, awayWhileOnlineMs: 600_000 })
    // Open follow-ups are counted over every day they were written, the overdue ones at this PC's now.
    expect(view.agents[0]).toMatchObject({ openFollowUps: 3, overdueFollowUps: 1 })
    // The 23rd's follow-ups by check state, and those of earlier days still open (one with no state yet: 待核实).
    expect(view.afterSales.find((a) => a.profileId === 't-mei')).toEqual({ profileId: 't-mei', name: '小美', pending: 2, verified: 1, problem: 1 })
    expect(lead.view('month', '2026-11-23').afterSales.find((a) => a.profileId === 't-mei')).toMatchObject({ pending: 2, verified: 2, problem: 1 })
    expect(view.lostReasons.map((r) => [r.label, r.count, r.notes.map((n) => n.note)])).toEqual([['价格', 2, ['嫌贵']]])
    // The team counts per work day: there are no per-shift figures to show, rather than zeros.
    expect(view.shifts).toBeNull()
    expect(view.hardQuestions).toEqual([
      { id: 'q1', profileId: 't-mei', name: '小美', text: '预售能开发票吗', answer: '能，发货后开', createdAt: local(23, 22), answeredAt: local(23, 22, 30) },
    ])
    expect(lead.view('week', '2026-11-23').agents[0]).toMatchObject({ served: 10 })
    // The next morning, the follow-up due at 10:00 is overdue too: nothing had to be uploaded for it.
    clock.set(local(24, 10, 1))
    expect(lead.view('day', '2026-11-23').agents[0]).toMatchObject({ openFollowUps: 3, overdueFollowUps: 2 })
    ctx.close()
  })

  it("keeps this PC's profiles for a lead who is not linked to a team", () => {
    const clock = testClock(local(23, 22))
    const ctx = openTestContext(tempDir(), { clock })
    const { db, profiles, session, lead } = ctx.services
    const zhou = profiles.create({ displayName: '老周', agentId: 'KF001', chatAccounts: [], language: 'zh-CN' })
    session.switchTo(zhou.id)
    lead.setRole(zhou.id, 'lead')
    teamRows(db)
    expect(lead.view('day', '2026-11-23').agents.map((a) => a.name)).toEqual(['老周'])
    ctx.close()
  })
})
