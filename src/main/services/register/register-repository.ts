// The issue register's rows in SQLite: every query on register_entries lives here, and every
// write goes through this repository's WriteSeam, stamped with when and by which profile.
// Rows are never deleted: a removal is a tombstone (deleted_at), so a later sync can carry it.
// A profile with a personal passphrase has its private columns sealed here just before they are
// bound, and revealed here as rows are read (sealed-entry.ts), so the services see plain text.
import type { Statement } from 'better-sqlite3-multiple-ciphers'
import type { Db } from '../../db/connection'
import { WriteSeam, type RecordChange } from '../../db/write-seam'
import { SEALED_PREFIX } from '../at-rest/private-vault'
import type { EntryRow } from './entry-row'
import { NOT_AS_STORED, PLAIN_TEXT, revealRow, SEALED_COLUMNS, storedValue, type EntrySealer } from './sealed-entry'

export type RegisterView = 'all' | 'unanswered' | 'followUps' | 'openFollowUps' | 'hard'

/** What a save writes; ids, owner and stamps are the repository's business. */
export type EntryColumns = {
  kind: EntryRow['kind']
  text: string
  answer: string
  tags: string
  customer: string
  orderNo: string
  purchaseDate: string
  buyerWants: string
  promised: string
  dueAt: number | null
  status: EntryRow['status']
  resolution: string
  doneAt: number | null
  answeredAt: number | null
  hard: number
  checkState: EntryRow['check_state']
}

/** Who writes and when: `by` is a profile id. */
export type Stamp = { by: string; at: number }

const TABLE = 'register_entries'

const VIEW_WHERE: Record<RegisterView, string> = {
  all: '',
  // Only a question awaits an answer: an idea (想法) is a note, whatever its answer field holds.
  unanswered: " AND kind = 'question' AND answer = ''",
  followUps: " AND kind = 'followup'",
  openFollowUps: " AND kind = 'followup' AND status <> 'done'",
  hard: ' AND hard = 1',
}

/** Rows the sealing pass reads at a time. */
const SEAL_BATCH = 500

type StoredRow = Pick<EntryRow, 'id' | 'hard'> & Record<(typeof SEALED_COLUMNS)[number], string> & { rowid: number }

const OPEN_FOLLOW_UP = "kind = 'followup' AND status <> 'done' AND deleted_at IS NULL"

export class RegisterRepository {
  /** The write seam: observe it to hear of every committed change to the register. */
  readonly seam: WriteSeam
  private readonly statements = new Map<string, Statement>()

  constructor(
    private readonly db: Db,
    private readonly vault: EntrySealer = PLAIN_TEXT,
  ) {
    this.seam = new WriteSeam(db)
  }

  /** Each SQL text is prepared once (a save runs several statements; bulk imports run many saves). */
  private sql(text: string): Statement {
    let statement = this.statements.get(text)
    if (!statement) {
      statement = this.db.prepare(text)
      this.statements.set(text, statement)
    }
    return statement
  }

  row(id: string): EntryRow | undefined {
    const row = this.sql('SELECT * FROM register_entries WHERE id = ?').get(id) as EntryRow | undefined
    return row && revealRow(this.vault, row)
  }

  /** Rows as the services read them. No query filters or sorts on a sealed column but `answer = ''`, which sealing keeps ('' stays ''). */
  private revealed(rows: unknown[]): EntryRow[] {
    return (rows as EntryRow[]).map((row) => revealRow(this.vault, row))
  }

  /** One page of a view: overdue callbacks first (oldest due first), then those due today, then the newest notes. */
  page(profileId: string, view: RegisterView, now: number, endOfDay: number, limit: number, offset: number): EntryRow[] {
    return this.revealed(this.sql(
      `SELECT * FROM register_entries WHERE ${where(view)}
       ORDER BY CASE WHEN ${OPEN_FOLLOW_UP} AND due_at <= @now THEN 0 WHEN ${OPEN_FOLLOW_UP} AND due_at < @endOfDay THEN 1 ELSE 2 END,
                CASE WHEN ${OPEN_FOLLOW_UP} AND due_at < @endOfDay THEN due_at END,
                created_at DESC, id
       LIMIT @limit OFFSET @offset`,
    ).all({ profileId, now, endOfDay, limit, offset }))
  }

  count(profileId: string, view: RegisterView): number {
    return this.sql(`SELECT count(*) FROM register_entries WHERE ${where(view)}`).pluck().get({ profileId }) as number
  }

  /** Open follow-ups already due, and due later today. */
  dueCounts(profileId: string, now: number, endOfDay: number): { overdue: number; dueToday: number } {
    return this.sql(
      `SELECT coalesce(sum(due_at <= @now), 0) AS overdue, coalesce(sum(due_at > @now AND due_at < @endOfDay), 0) AS dueToday
       FROM register_entries WHERE profile_id = @profileId AND ${OPEN_FOLLOW_UP}`,
    ).get({ profileId, now, endOfDay }) as { overdue: number; dueToday: number }
  }

  /** Callbacks not yet done and those of them already due by `now`: what the lead sees of a register, never its text. */
  followUpCounts(profileId: string, now: number): { open: number; overdue: number } {
    return this.sql(
      `SELECT count(*) AS open, coalesce(sum(due_at <= @now), 0) AS overdue
       FROM register_entries WHERE profile_id = @profileId AND ${OPEN_FOLLOW_UP}`,
    ).get({ profileId, now }) as { open: number; overdue: number }
  }

  /** Open follow-ups due by `now` that have not been reminded since they became due. */
  dueUnreminded(profileId: string, now: number): EntryRow[] {
    return this.revealed(this.sql(
      `SELECT * FROM register_entries WHERE profile_id = ? AND ${OPEN_FOLLOW_UP} AND due_at <= ?
         AND (reminded_at IS NULL OR reminded_at < due_at) ORDER BY due_at`,
    ).all(profileId, now))
  }

  /** Entries created, answered, due or done in [from, to): the report's rows. */
  touchedIn(profileId: string, from: number, to: number): EntryRow[] {
    return this.revealed(this.sql(
      `SELECT * FROM register_entries WHERE profile_id = @profileId AND deleted_at IS NULL AND (
         (created_at >= @from AND created_at < @to) OR (answered_at >= @from AND answered_at < @to)
         OR (due_at >= @from AND due_at < @to) OR (done_at >= @from AND done_at < @to))
       ORDER BY created_at, id`,
    ).all({ profileId, from, to }))
  }

  /** The profile's hard questions (疑难) created or answered in [from, to), oldest first. */
  hardIn(profileId: string, from: number, to: number): EntryRow[] {
    return this.revealed(this.sql(
      `SELECT * FROM register_entries WHERE profile_id = @profileId AND hard = 1 AND deleted_at IS NULL AND (
         (created_at >= @from AND created_at < @to) OR (answered_at >= @from AND answered_at < @to))
       ORDER BY created_at, id`,
    ).all({ profileId, from, to }))
  }

  /** The profile's follow-ups created, due, done or changed in [from, to), and every one still open from before: what an after-sales check covers. */
  followUpsIn(profileId: string, from: number, to: number): EntryRow[] {
    return this.revealed(this.sql(
      `SELECT * FROM register_entries WHERE profile_id = @profileId AND kind = 'followup' AND deleted_at IS NULL AND created_at < @to AND (
         status <> 'done' OR (created_at >= @from) OR (due_at >= @from AND due_at < @to) OR (done_at >= @from AND done_at < @to)
         OR (updated_at >= @from AND updated_at < @to))
       ORDER BY created_at, id`,
    ).all({ profileId, from, to }))
  }

  /** One transaction around several writes (and the caller's own work, such as the index). */
  transaction<T>(work: () => T): T {
    return this.seam.write(() => work())
  }

  insert(id: string, profileId: string, columns: EntryColumns, stamp: Stamp): void {
    this.seam.write((record) => {
      this.sql(
        `INSERT INTO register_entries (id, profile_id, kind, text, answer, tags, customer, order_no, purchase_date, buyer_wants,
           promised, due_at, status, resolution, done_at, answered_at, hard, check_state, created_by, created_at, updated_by, updated_at)
         VALUES (@id, @profileId, @kind, @text, @answer, @tags, @customer, @orderNo, @purchaseDate, @buyerWants,
           @promised, @dueAt, @status, @resolution, @doneAt, @answeredAt, @hard, @checkState, @by, @at, @by, @at)`,
      ).run({ id, profileId, ...columns, ...this.sealed(profileId, columns), ...stamp })
      record({ table: TABLE, id, op: 'insert' })
    })
  }

  /** `profileId`: the entry's owner, whose key seals it (not the stamp's, though they are the same today). */
  update(id: string, profileId: string, columns: EntryColumns & { remindedAt: number | null }, stamp: Stamp): void {
    this.seam.write((record) => {
      this.sql(
        `UPDATE register_entries SET kind = @kind, text = @text, answer = @answer, tags = @tags, customer = @customer,
           order_no = @orderNo, purchase_date = @purchaseDate, buyer_wants = @buyerWants, promised = @promised,
           due_at = @dueAt, status = @status, resolution = @resolution, done_at = @doneAt, reminded_at = @remindedAt,
           answered_at = @answeredAt, hard = @hard, check_state = @checkState, updated_by = @by, updated_at = @at
         WHERE id = @id`,
      ).run({ id, ...columns, ...this.sealed(profileId, columns), ...stamp })
      record({ table: TABLE, id, op: 'update' })
    })
  }

  tombstone(id: string, stamp: Stamp): void {
    this.setDeleted(id, stamp.at, stamp, 'tombstone')
  }

  restore(id: string, stamp: Stamp): void {
    this.setDeleted(id, null, stamp, 'restore')
  }

  /** Notes that a reminder was shown: bookkeeping of this PC, so the entry's stamps stay as they are. */
  markReminded(ids: readonly string[], at: number): void {
    this.seam.write((record) => {
      const mark = this.sql('UPDATE register_entries SET reminded_at = ? WHERE id = ?')
      for (const id of ids) {
        mark.run(at, id)
        record({ table: TABLE, id, op: 'update' })
      }
    })
  }

  /**
   * Rewrites the profile's rows (or only `ids` of them) whose columns are not as a save would
   * write them now: sealed where they should be, a hard question's text and answer plain. Run
   * when she sets her passphrase, as main takes a download, and when her key opens at sign-in;
   * the caller has checked that her key is open. The content is unchanged, so nothing is recorded
   * for sync (the upload triggers compare revealed text and queue nothing). Answers their ids.
   */
  sealStored(profileId: string, ids?: readonly string[]): string[] {
    const only = ids === undefined ? '' : ' AND id IN (SELECT value FROM json_each(@ids))'
    // A batch at a time in rowid order, so a big register is never all in memory at once. The
    // unary + keeps SQLite on the table's own order: through the profile index it would sort all
    // her rows again for every batch.
    const batch = this.sql(
      `SELECT rowid, id, hard, ${SEALED_COLUMNS.join(', ')} FROM register_entries
       WHERE +profile_id = @profileId AND rowid > @after${only} AND ${NOT_AS_STORED} ORDER BY rowid LIMIT ${SEAL_BATCH}`,
    )
    const rewrite = this.sql(`UPDATE register_entries SET ${SEALED_COLUMNS.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`)
    const sealed: string[] = []
    for (let after = 0; ; ) {
      const rows = batch.all({ profileId, after, prefix: SEALED_PREFIX, ...(ids === undefined ? {} : { ids: JSON.stringify(ids) }) }) as StoredRow[]
      for (const row of rows) {
        const values = Object.fromEntries(SEALED_COLUMNS.map((c) => [c, storedValue(this.vault, profileId, row.hard, c, row[c])]))
        rewrite.run({ id: row.id, ...values })
        sealed.push(row.id)
      }
      if (rows.length < SEAL_BATCH) return sealed
      after = rows[rows.length - 1]!.rowid
    }
  }

  /** The columns as they are stored for the profile: its private text sealed (sealed-entry.ts). */
  private sealed(profileId: string, columns: EntryColumns): Pick<EntryColumns, 'text' | 'answer' | 'customer' | 'orderNo' | 'purchaseDate' | 'buyerWants' | 'promised' | 'resolution'> {
    const store = (column: (typeof SEALED_COLUMNS)[number], text: string) => storedValue(this.vault, profileId, columns.hard, column, text)
    return {
      text: store('text', columns.text),
      answer: store('answer', columns.answer),
      customer: store('customer', columns.customer),
      orderNo: store('order_no', columns.orderNo),
      purchaseDate: store('purchase_date', columns.purchaseDate),
      buyerWants: store('buyer_wants', columns.buyerWants),
      promised: store('promised', columns.promised),
      resolution: store('resolution', columns.resolution),
    }
  }

  private setDeleted(id: string, deletedAt: number | null, stamp: Stamp, op: 'tombstone' | 'restore'): void {
    this.seam.write((record: RecordChange) => {
      this.sql('UPDATE register_entries SET deleted_at = @deletedAt, updated_by = @by, updated_at = @at WHERE id = @id').run({ id, deletedAt, ...stamp })
      record({ table: TABLE, id, op })
    })
  }
}

function where(view: RegisterView): string {
  return `profile_id = @profileId AND deleted_at IS NULL${VIEW_WHERE[view]}`
}
