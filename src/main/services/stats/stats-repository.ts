// Service statistics' rows in SQLite: every query on stats_tallies lives here. Every statement
// takes the profile id: a tally is private to the agent who made it, so no query here can reach
// another profile's rows. Writes go through this repository's WriteSeam.
import type { TallyCounts, TallyFlags, TallyOutcome } from '../../../shared/domain/stats'
import type { Tally } from '../../../shared/ipc/stats'
import type { Db } from '../../db/connection'
import { WriteSeam } from '../../db/write-seam'

type TallyRow = {
  id: string
  at: number
  outcome: TallyOutcome
  converted: number
  customer: string | null
  source: Tally['source']
  shift_id: string | null
  shift_date: string | null
  work_day: string
}

export type NewTally = Omit<Tally, 'converted'> & { flags: TallyFlags; hour: number }

/** Which tallies a "current" figure covers: one shift instance, or a whole work day outside every shift. */
export type TallyScope = { workDay: string; shiftId: string | null }

/** One group of the aggregate: a work day, a shift ('' outside every shift) and an hour of the day. */
export type TallyGroup = TallyCounts & { day: string; shiftId: string; hour: number }

const COLUMNS = 'id, at, outcome, converted, customer, source, shift_id, shift_date, work_day'

const COUNTS = `count(*) AS served, coalesce(sum(effective), 0) AS effective, coalesce(sum(converted), 0) AS converted,
  coalesce(sum(thanked), 0) AS thanked, coalesce(sum(transferred), 0) AS transferred`

function toTally(row: TallyRow): Tally {
  return {
    id: row.id,
    at: row.at,
    outcome: row.outcome,
    converted: row.converted === 1,
    customer: row.customer,
    shiftId: row.shift_id,
    shiftDate: row.shift_date,
    workDay: row.work_day,
    source: row.source,
  }
}

/** `AND shift_id = ?` for a shift; a work day outside every shift covers all of that day's tallies. */
function scopeFilter(scope: TallyScope): { sql: string; params: string[] } {
  return scope.shiftId === null
    ? { sql: 'profile_id = ? AND work_day = ?', params: [scope.workDay] }
    : { sql: 'profile_id = ? AND work_day = ? AND shift_id = ?', params: [scope.workDay, scope.shiftId] }
}

const TABLE = 'stats_tallies'

export class StatsRepository {
  /** The write seam: observe it to hear of every committed change to the tallies. */
  readonly seam: WriteSeam

  constructor(private readonly db: Db) {
    this.seam = new WriteSeam(db)
  }

  insert(profileId: string, t: NewTally): void {
    this.seam.write((record) => {
      this.db
        .prepare(
          `INSERT INTO stats_tallies (id, profile_id, at, outcome, effective, converted, thanked, transferred, customer, source, shift_id, shift_date, work_day, hour)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          t.id,
          profileId,
          t.at,
          t.outcome,
          Number(t.flags.effective),
          Number(t.flags.converted),
          Number(t.flags.thanked),
          Number(t.flags.transferred),
          t.customer,
          t.source,
          t.shiftId,
          t.shiftDate,
          t.workDay,
          t.hour,
        )
      record({ table: TABLE, id: t.id, op: 'insert' })
    })
  }

  get(profileId: string, id: string): Tally | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM stats_tallies WHERE id = ? AND profile_id = ?`).get(id, profileId) as TallyRow | undefined
    return row ? toTally(row) : null
  }

  /** An undo takes the tally back as if never pressed (see docs/data-model.md on tallies and sync). */
  delete(profileId: string, id: string): void {
    this.seam.write((record) => {
      this.db.prepare('DELETE FROM stats_tallies WHERE id = ? AND profile_id = ?').run(id, profileId)
      record({ table: TABLE, id, op: 'delete' })
    })
  }

  /** The agent's latest tally, whenever it was. */
  latest(profileId: string): Tally | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM stats_tallies WHERE profile_id = ? ORDER BY at DESC, rowid DESC LIMIT 1`).get(profileId) as TallyRow | undefined
    return row ? toTally(row) : null
  }

  recent(profileId: string, scope: TallyScope, limit: number): Tally[] {
    const f = scopeFilter(scope)
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM stats_tallies WHERE ${f.sql} ORDER BY at DESC, rowid DESC LIMIT ?`).all(profileId, ...f.params, limit) as TallyRow[]
    return rows.map(toTally)
  }

  counts(profileId: string, scope: TallyScope): TallyCounts {
    const f = scopeFilter(scope)
    return this.db.prepare(`SELECT ${COUNTS} FROM stats_tallies WHERE ${f.sql}`).get(profileId, ...f.params) as TallyCounts
  }

  /** Counts per work day, shift and hour over a run of work days: one scan of the covering index. */
  groups(profileId: string, fromDay: string, toDay: string): TallyGroup[] {
    return this.db
      .prepare(
        `SELECT work_day AS day, coalesce(shift_id, '') AS shiftId, hour, ${COUNTS}
         FROM stats_tallies WHERE profile_id = ? AND work_day BETWEEN ? AND ?
         GROUP BY work_day, shift_id, hour`,
      )
      .all(profileId, fromDay, toDay) as TallyGroup[]
  }
}
