// The presence day totals a team's lead sees (presence_days, migration 0361): after each change
// to the presence log of a profile linked to a team, the totals of every work day the change
// closes or opens, written as a new snapshot when they differ from the day's last one. The
// team's table is append-only, so a day grows by snapshots and the latest counts. Time online
// since the last change reaches the team with the next change (going offline is one).
import type { PresenceTotals } from '../../../shared/domain/presence'
import type { ShiftDef } from '../../../shared/domain/shifts'
import { workDayOf, workDaySpan } from '../../../shared/domain/stats'
import type { Db } from '../../db/connection'
import { WriteSeam } from '../../db/write-seam'
import type { Clock } from '../clock'

type Deps = {
  db: Db
  clock: Clock
  newId: () => string
  schedule: () => readonly ShiftDef[]
  totals: (profileId: string, from: number, to: number) => PresenceTotals
}

type Figures = { online_ms: number; paused_ms: number; away_ms: number }

/** A session left online for days still ends: at most this many work days per change. */
const MAX_DAYS = 31

export class PresenceDays {
  /** The write seam: observe it to hear of every snapshot written. */
  readonly seam: WriteSeam

  constructor(private readonly deps: Deps) {
    this.seam = new WriteSeam(deps.db)
  }

  /** After the change `changeId` was logged: the work days from the change before it to this one. */
  afterChange(changeId: string): void {
    const { db } = this.deps
    const change = db
      .prepare('SELECT c.profile_id AS profileId, c.at FROM presence_changes c JOIN profiles p ON p.id = c.profile_id WHERE c.id = ? AND p.team_agent_id IS NOT NULL')
      .get(changeId) as { profileId: string; at: number } | undefined
    if (!change) return
    const before = db.prepare('SELECT max(at) FROM presence_changes WHERE profile_id = ? AND at < ?').pluck().get(change.profileId, change.at) as number | null
    const schedule = this.deps.schedule()
    const last = workDayOf(schedule, new Date(change.at), null)
    const days: string[] = []
    for (let at = before ?? change.at; days.length < MAX_DAYS; ) {
      const day = workDayOf(schedule, new Date(at), null)
      days.push(day)
      if (day >= last) break
      at = workDaySpan(schedule, day, day).to
    }
    for (const day of days) this.snapshot(change.profileId, day)
  }

  private snapshot(profileId: string, day: string): void {
    const { db } = this.deps
    const span = workDaySpan(this.deps.schedule(), day, day)
    const totals = this.deps.totals(profileId, span.from, span.to)
    const figures: Figures = { online_ms: Math.round(totals.onlineMs), paused_ms: Math.round(totals.pausedMs), away_ms: Math.round(totals.awayWhileOnlineMs) }
    const latest = db
      .prepare('SELECT online_ms, paused_ms, away_ms FROM presence_days WHERE profile_id = ? AND day = ? ORDER BY at DESC, rowid DESC LIMIT 1')
      .get(profileId, day) as Figures | undefined
    const last = latest ?? { online_ms: 0, paused_ms: 0, away_ms: 0 }
    if (last.online_ms === figures.online_ms && last.paused_ms === figures.paused_ms && last.away_ms === figures.away_ms) return
    const bounds = db.prepare('SELECT min(at) AS first, max(at) AS last FROM presence_changes WHERE profile_id = ? AND at >= ? AND at < ?').get(profileId, span.from, span.to) as {
      first: number | null
      last: number | null
    }
    const id = this.deps.newId()
    this.seam.write((record) => {
      db.prepare(
        `INSERT INTO presence_days (id, profile_id, day, online_ms, paused_ms, away_ms, first_at, last_at, at)
         VALUES (@id, @profileId, @day, @online_ms, @paused_ms, @away_ms, @first, @last, @at)`,
      ).run({ id, profileId, day, ...figures, ...bounds, at: this.deps.clock.now() })
      record({ table: 'presence_days', id, op: 'insert' })
    })
  }
}
