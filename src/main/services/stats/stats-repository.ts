// Service statistics' rows in SQLite: every query on stats_tallies lives here. Every statement
// takes the profile id: a tally is private to the agent who made it, so no query here can reach
// another profile's rows. Writes go through this repository's WriteSeam. A tally's lost-deal
// reason lives in lost_deal_reasons beside it. The tallies are append-only, as the team's
// stat_tallies is: an undo adds a row to stats_tally_undos (append-only too), and every figure
// leaves undone tallies out (the aggregates subtract them, so the covering index still serves).
// A tally's customer nickname is sealed for a profile with a personal passphrase; no query here
// filters or groups on it. A lost-deal reason's note is not: it is shared with the lead, whose
// local view reads it while the agent is not signed in (lead-source.ts), as a hard register entry is.
import type { LostDeal, TallyCounts, TallyFlags, TallyOutcome } from '../../../shared/domain/stats'
import type { Tally } from '../../../shared/ipc/stats'
import type { Db } from '../../db/connection'
import { WriteSeam } from '../../db/write-seam'
import type { PrivateVault } from '../at-rest/private-vault'

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
  reason_id: string | null
  reason_label: string | null
  note: string | null
}

export type NewTally = Omit<Tally, 'converted'> & { flags: TallyFlags; hour: number }

/** Which tallies a "current" figure covers: one shift instance, or a whole work day outside every shift. */
export type TallyScope = { workDay: string; shiftId: string | null }

/** One group of the aggregate: a work day, a shift ('' outside every shift) and an hour of the day. */
export type TallyGroup = TallyCounts & { day: string; shiftId: string; hour: number }

/** A tally with its reason, if one is given: `WHERE` clauses name the tally's columns as `t.`. */
const SELECT_TALLY = `SELECT t.id, t.at, t.outcome, t.converted, t.customer, t.source, t.shift_id, t.shift_date, t.work_day,
    r.reason_id, r.reason_label, r.note
  FROM stats_tallies t LEFT JOIN lost_deal_reasons r ON r.tally_id = t.id AND r.deleted_at IS NULL`

/**
 * The undone tallies, read from the few undo rows: CROSS JOIN keeps SQLite from walking the
 * period's tallies and probing for an undo of each (measured: ~16 ms for a day of 7,000 tallies).
 */
const UNDONE = 'stats_tally_undos u CROSS JOIN stats_tallies t ON t.id = u.tally_id'

/** Not undone; `t` names the tally. */
const LIVE = 'NOT EXISTS (SELECT 1 FROM stats_tally_undos u WHERE u.tally_id = t.id)'

const COUNTS = `count(*) AS served, coalesce(sum(effective), 0) AS effective, coalesce(sum(converted), 0) AS converted,
  coalesce(sum(thanked), 0) AS thanked, coalesce(sum(transferred), 0) AS transferred`

function toTally(row: TallyRow, customer: string | null): Tally {
  return {
    id: row.id,
    at: row.at,
    outcome: row.outcome,
    converted: row.converted === 1,
    customer,
    shiftId: row.shift_id,
    shiftDate: row.shift_date,
    workDay: row.work_day,
    source: row.source,
    lostReason: row.reason_id === null ? null : { id: row.reason_id, label: row.reason_label ?? '', note: row.note ?? '' },
  }
}

/** A reason as the agent gave it; `workDay` is its tally's, so the lead's period finds it by index. */
export type NewLostReason = { id: string; label: string; note: string; workDay: string }

/** Who writes and when: `by` is a profile id. */
export type Stamp = { by: string; at: number }

/** `AND shift_id = ?` for a shift; a work day outside every shift covers all of that day's tallies. */
function scopeFilter(scope: TallyScope): { sql: string; params: string[] } {
  return scope.shiftId === null
    ? { sql: 't.profile_id = ? AND t.work_day = ?', params: [scope.workDay] }
    : { sql: 't.profile_id = ? AND t.work_day = ? AND t.shift_id = ?', params: [scope.workDay, scope.shiftId] }
}

const TABLE = 'stats_tallies'
const REASONS = 'lost_deal_reasons'

const COUNT_KEYS = ['served', 'effective', 'converted', 'thanked', 'transferred'] as const

/** `all` less `undone`, figure by figure. */
function less(all: TallyCounts, undone: TallyCounts): TallyCounts {
  return Object.fromEntries(COUNT_KEYS.map((key) => [key, all[key] - undone[key]])) as TallyCounts
}

export class StatsRepository {
  /** The write seam: observe it to hear of every committed change to the tallies. */
  readonly seam: WriteSeam

  constructor(
    private readonly db: Db,
    private readonly vault: Pick<PrivateVault, 'seal' | 'reveal'>,
  ) {
    this.seam = new WriteSeam(db)
  }

  /** Rows read for `profileId` as she wrote them. */
  private tally(profileId: string, row: TallyRow): Tally {
    return toTally(row, row.customer === null ? null : this.vault.reveal(profileId, row.customer))
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
          t.customer === null ? null : this.vault.seal(profileId, t.customer),
          t.source,
          t.shiftId,
          t.shiftDate,
          t.workDay,
          t.hour,
        )
      record({ table: TABLE, id: t.id, op: 'insert' })
    })
  }

  /** The agent's tally `id`, unless it was undone. */
  get(profileId: string, id: string): Tally | null {
    const row = this.db.prepare(`${SELECT_TALLY} WHERE t.id = ? AND t.profile_id = ? AND ${LIVE}`).get(id, profileId) as TallyRow | undefined
    return row ? this.tally(profileId, row) : null
  }

  /**
   * An undo takes the tally back as if never pressed (docs/data-model.md, "How an undone tally
   * travels"): the tally stays, an undo row names it, and its reason, if any, becomes a tombstone.
   */
  undo(profileId: string, tallyId: string, undo: { id: string; at: number }): void {
    this.seam.write((record) => {
      this.db.prepare('INSERT INTO stats_tally_undos (id, profile_id, tally_id, at) VALUES (?, ?, ?, ?)').run(undo.id, profileId, tallyId, undo.at)
      record({ table: 'stats_tally_undos', id: undo.id, op: 'insert' })
      const reason = this.db
        .prepare('UPDATE lost_deal_reasons SET deleted_at = @at, updated_at = @at, updated_by = @profileId WHERE tally_id = @tallyId AND profile_id = @profileId AND deleted_at IS NULL')
        .run({ tallyId, profileId, at: undo.at })
      if (reason.changes > 0) record({ table: REASONS, id: tallyId, op: 'tombstone' })
    })
  }

  /**
   * Gives, changes or (with null) clears the reason of the tally `tallyId`, which the caller has
   * checked is the profile's. A cleared reason is a tombstone, so a sync can carry it; the row's
   * id is its tally's.
   */
  setLostReason(profileId: string, tallyId: string, reason: NewLostReason | null, stamp: Stamp): void {
    this.seam.write((record) => {
      const before = this.db.prepare('SELECT deleted_at FROM lost_deal_reasons WHERE tally_id = ? AND profile_id = ?').get(tallyId, profileId) as
        | { deleted_at: number | null }
        | undefined
      if (reason === null) {
        if (!before || before.deleted_at !== null) return
        this.db.prepare('UPDATE lost_deal_reasons SET deleted_at = @at, updated_at = @at, updated_by = @by WHERE tally_id = @tallyId').run({ tallyId, ...stamp })
        record({ table: REASONS, id: tallyId, op: 'tombstone' })
        return
      }
      this.db
        .prepare(
          `INSERT INTO lost_deal_reasons (tally_id, profile_id, work_day, reason_id, reason_label, note, created_at, updated_at, updated_by)
           VALUES (@tallyId, @profileId, @workDay, @id, @label, @note, @at, @at, @by)
           ON CONFLICT (tally_id) DO UPDATE SET reason_id = excluded.reason_id, reason_label = excluded.reason_label, note = excluded.note,
             updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted_at = NULL`,
        )
        .run({ tallyId, profileId, ...reason, ...stamp })
      record({ table: REASONS, id: tallyId, op: !before ? 'insert' : before.deleted_at !== null ? 'restore' : 'update' })
    })
  }

  /** The reasons given for the profile's tallies of work days fromDay..toDay, oldest first. */
  lostDeals(profileId: string, fromDay: string, toDay: string): LostDeal[] {
    return this.db
      .prepare(
        `SELECT r.tally_id AS tallyId, t.at, r.work_day AS workDay, t.shift_id AS shiftId, r.reason_id AS reasonId, r.reason_label AS reasonLabel, r.note
         FROM lost_deal_reasons r JOIN stats_tallies t ON t.id = r.tally_id
         WHERE r.profile_id = ? AND r.work_day BETWEEN ? AND ? AND r.deleted_at IS NULL
         ORDER BY t.at, r.tally_id`,
      )
      .all(profileId, fromDay, toDay) as LostDeal[]
  }

  /** The agent's latest tally not undone, whenever it was. */
  latest(profileId: string): Tally | null {
    const row = this.db.prepare(`${SELECT_TALLY} WHERE t.profile_id = ? AND ${LIVE} ORDER BY t.at DESC, t.rowid DESC LIMIT 1`).get(profileId) as TallyRow | undefined
    return row ? this.tally(profileId, row) : null
  }

  recent(profileId: string, scope: TallyScope, limit: number): Tally[] {
    const f = scopeFilter(scope)
    const rows = this.db.prepare(`${SELECT_TALLY} WHERE ${f.sql} AND ${LIVE} ORDER BY t.at DESC, t.rowid DESC LIMIT ?`).all(profileId, ...f.params, limit) as TallyRow[]
    return rows.map((row) => this.tally(profileId, row))
  }

  counts(profileId: string, scope: TallyScope): TallyCounts {
    const f = scopeFilter(scope)
    const all = this.db.prepare(`SELECT ${COUNTS} FROM stats_tallies t WHERE ${f.sql}`).get(profileId, ...f.params) as TallyCounts
    const undone = this.db.prepare(`SELECT ${COUNTS} FROM ${UNDONE} WHERE u.profile_id = ? AND ${f.sql}`).get(profileId, profileId, ...f.params) as TallyCounts
    return undone.served === 0 ? all : less(all, undone)
  }

  /**
   * Counts per work day, shift and hour over a run of work days: one scan of the covering index,
   * less the few undone tallies in that range (found from the undo rows, not by a per-tally check).
   */
  groups(profileId: string, fromDay: string, toDay: string): TallyGroup[] {
    const grouped = (from: string, where: string) =>
      this.db
        .prepare(
          `SELECT t.work_day AS day, coalesce(t.shift_id, '') AS shiftId, t.hour AS hour, ${COUNTS}
           FROM ${from} WHERE ${where} AND t.work_day BETWEEN ? AND ?
           GROUP BY t.work_day, t.shift_id, t.hour`,
        )
        .all(profileId, fromDay, toDay) as TallyGroup[]
    const all = grouped('stats_tallies t', 't.profile_id = ?')
    const undone = grouped(UNDONE, 'u.profile_id = ?')
    if (undone.length === 0) return all
    const key = (g: TallyGroup) => `${g.day}\u0000${g.shiftId}\u0000${g.hour}`
    const taken = new Map(undone.map((g) => [key(g), g]))
    return all.flatMap((g) => {
      const back = taken.get(key(g))
      if (!back) return [g]
      const left = { ...g, ...less(g, back) }
      return left.served === 0 ? [] : [left]
    })
  }
}
