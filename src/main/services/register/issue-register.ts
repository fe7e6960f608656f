// The issue register (问题登记本): questions, ideas and follow-ups, private to the signed-in
// profile. Every save is one transaction: the entry, its search index row and the form's
// draft commit together (synchronous=FULL: on disk before the call returns).
import { DeskError, type Profile } from '../../../shared/contract'
import { endOfLocalDay, type FollowUpStatus } from '../../../shared/domain'
import type { EntryDraft, RegisterEntry, ReminderCounts } from '../../../shared/ipc/register'
import type { Db } from '../../db/connection'
import type { Statement } from 'better-sqlite3-multiple-ciphers'
import type { NotifierPort } from '../../ports'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import type { NotebookIndex } from '../search/notebook-index'
import { cleanEntry, type CleanEntry } from './clean-entry'
import type { DraftService } from './drafts'
import { searchableText, toEntry, type EntryRow } from './entry-row'
import { registerTexts } from './texts'

export const REGISTER_NOTEBOOK = 'register'

export type RegisterView = 'all' | 'unanswered' | 'followUps' | 'openFollowUps'

type Deps = {
  db: Db
  clock: Clock
  newId: IdSource
  session: { requireProfileId(): string; current(): Profile | null; isLocked(): boolean }
  profiles: { get(id: string): Profile }
  /** This notebook's handle on the one search index (see services/search/notebook-index.ts). */
  searchIndex: NotebookIndex
  drafts: DraftService
  events: EventHub
  notifier: NotifierPort
}

const VIEW_WHERE: Record<RegisterView, string> = {
  all: '',
  // Only a question awaits an answer: an idea (想法) is a note, whatever its answer field holds.
  unanswered: " AND kind = 'question' AND answer = ''",
  followUps: " AND kind = 'followup'",
  openFollowUps: " AND kind = 'followup' AND status <> 'done'",
}

const OPEN_FOLLOW_UP = "kind = 'followup' AND status <> 'done' AND deleted_at IS NULL"

export function authorName(profile: Profile): string {
  return profile.agentId ? `${profile.displayName}（${profile.agentId}）` : profile.displayName
}

export class IssueRegisterService {
  private lastCounts = ''
  private readonly statements = new Map<string, Statement>()
  /** One transaction wrapper for every save (better-sqlite3 prepares BEGIN/COMMIT per wrapper). */
  private readonly atomically: (work: () => void) => void

  constructor(private readonly deps: Deps) {
    this.atomically = deps.db.transaction((work: () => void) => work())
  }

  /** Each SQL text is prepared once (a save runs several statements; bulk imports run many saves). */
  private sql(text: string): Statement {
    let statement = this.statements.get(text)
    if (!statement) {
      statement = this.deps.db.prepare(text)
      this.statements.set(text, statement)
    }
    return statement
  }

  list(view: RegisterView, page: number, pageSize: number): { items: RegisterEntry[]; total: number; counts: ReminderCounts & { unanswered: number; openFollowUps: number } } {
    const profileId = this.deps.session.requireProfileId()
    const now = this.deps.clock.now()
    const where = `profile_id = @profileId AND deleted_at IS NULL${VIEW_WHERE[view]}`
    // Overdue callbacks first (oldest due first), then those due today, then the newest notes.
    const rows = this
      .sql(
        `SELECT * FROM register_entries WHERE ${where}
         ORDER BY CASE WHEN ${OPEN_FOLLOW_UP} AND due_at <= @now THEN 0 WHEN ${OPEN_FOLLOW_UP} AND due_at < @endOfDay THEN 1 ELSE 2 END,
                  CASE WHEN ${OPEN_FOLLOW_UP} AND due_at < @endOfDay THEN due_at END,
                  created_at DESC, id
         LIMIT @limit OFFSET @offset`,
      )
      .all({ profileId, now, endOfDay: endOfLocalDay(now), limit: pageSize, offset: (page - 1) * pageSize }) as EntryRow[]
    const total = (this.sql(`SELECT count(*) AS n FROM register_entries WHERE ${where}`).get({ profileId }) as { n: number }).n
    const unanswered = (
      this
        .sql("SELECT count(*) AS n FROM register_entries WHERE profile_id = ? AND deleted_at IS NULL AND kind = 'question' AND answer = ''")
        .get(profileId) as { n: number }
    ).n
    // The tab counts what the tab lists: every follow-up not done, due or not.
    const openFollowUps = (this.sql(`SELECT count(*) AS n FROM register_entries WHERE profile_id = ? AND ${OPEN_FOLLOW_UP}`).get(profileId) as { n: number }).n
    return { items: rows.map((r) => toEntry(r, now)), total, counts: { ...this.countsFor(profileId, now), unanswered, openFollowUps } }
  }

  get(id: string): RegisterEntry {
    return toEntry(this.ownRow(id), this.deps.clock.now())
  }

  create(draft: EntryDraft, draftForm?: string): RegisterEntry {
    const now = this.deps.clock.now()
    const entry = cleanEntry(draft, now)
    const profileId = this.deps.session.requireProfileId()
    const author = authorName(this.deps.profiles.get(profileId))
    const id = this.deps.newId()
    this.atomically(() => {
      this
        .sql(
          `INSERT INTO register_entries (id, profile_id, kind, text, answer, tags, customer, order_no, purchase_date, buyer_wants,
             promised, due_at, status, resolution, done_at, answered_at, created_by, created_at, updated_by, updated_at)
           VALUES (@id, @profileId, @kind, @text, @answer, @tags, @customer, @orderNo, @purchaseDate, @buyerWants,
             @promised, @dueAt, @status, @resolution, @doneAt, @answeredAt, @author, @now, @author, @now)`,
        )
        .run({
          id,
          profileId,
          author,
          now,
          ...columns(entry),
          doneAt: entry.followUp?.status === 'done' ? now : null,
          answeredAt: entry.answer === '' ? null : now,
        })
      this.afterWrite(id, profileId, draftForm)
    })
    this.changed(id, 'created')
    return this.get(id)
  }

  update(id: string, draft: EntryDraft, draftForm?: string): RegisterEntry {
    const now = this.deps.clock.now()
    const before = this.ownRow(id)
    const entry = cleanEntry(draft, now)
    const author = authorName(this.deps.profiles.get(before.profile_id))
    const status = entry.followUp?.status ?? null
    this.atomically(() => {
      this
        .sql(
          `UPDATE register_entries SET kind = @kind, text = @text, answer = @answer, tags = @tags, customer = @customer,
             order_no = @orderNo, purchase_date = @purchaseDate, buyer_wants = @buyerWants, promised = @promised,
             due_at = @dueAt, status = @status, resolution = @resolution, done_at = @doneAt, reminded_at = @remindedAt,
             answered_at = @answeredAt, updated_by = @author, updated_at = @now
           WHERE id = @id`,
        )
        .run({
          id,
          author,
          now,
          ...columns(entry),
          doneAt: status === 'done' ? (before.done_at ?? now) : null,
          // A new due time deserves a new reminder.
          remindedAt: entry.followUp?.dueAt === before.due_at ? before.reminded_at : null,
          answeredAt: entry.answer === '' ? null : before.answer === entry.answer ? before.answered_at : now,
        })
      this.afterWrite(id, before.profile_id, draftForm)
    })
    this.changed(id, 'updated')
    return this.get(id)
  }

  setStatus(id: string, status: FollowUpStatus): RegisterEntry {
    const current = this.get(id)
    if (!current.followUp) throw new DeskError('invalid-input', 'Only follow-ups have a status.', { fields: 'status' })
    const { doneAt: _doneAt, ...followUp } = current.followUp
    return this.update(id, { kind: current.kind, text: current.text, answer: current.answer, tags: current.tags, followUp: { ...followUp, status } })
  }

  /** Moves an entry out of sight; `restore` brings it back (the undo after a delete). */
  delete(id: string): void {
    this.ownRow(id)
    this.atomically(() => {
      this.sql('UPDATE register_entries SET deleted_at = ? WHERE id = ?').run(this.deps.clock.now(), id)
      this.deps.searchIndex.remove(id)
    })
    this.changed(id, 'deleted')
  }

  restore(id: string): RegisterEntry {
    const row = this.ownRow(id, true)
    this.atomically(() => {
      this.sql('UPDATE register_entries SET deleted_at = NULL WHERE id = ?').run(id)
      this.afterWrite(id, row.profile_id)
    })
    this.changed(id, 'restored')
    return this.get(id)
  }

  reminderCounts(): ReminderCounts {
    return this.countsFor(this.deps.session.requireProfileId(), this.deps.clock.now())
  }

  /**
   * The reminder check, run by a timer in the app: one system notification for follow-ups that
   * became due since the last check, and a `register:reminders` event when the counts change.
   */
  tick(): void {
    const profile = this.deps.session.current()
    if (!profile) return
    const now = this.deps.clock.now()
    const due = this
      .sql(
        `SELECT * FROM register_entries WHERE profile_id = ? AND ${OPEN_FOLLOW_UP} AND due_at <= ?
           AND (reminded_at IS NULL OR reminded_at < due_at) ORDER BY due_at`,
      )
      .all(profile.id, now) as EntryRow[]
    if (due.length > 0) {
      const texts = registerTexts(profile.language)
      const first = due[0]!
      // A locked shared PC shows the count only: customer details stay behind the PIN.
      const details = texts.dueBody(first.customer, first.text.slice(0, 60)) + (due.length > 1 ? `\n${texts.dueMore(due.length - 1)}` : '')
      const body = this.deps.session.isLocked() ? texts.unlockToSee : details
      this.deps.notifier.show({ title: texts.dueTitle(due.length), body, urgent: true })
      const mark = this.sql('UPDATE register_entries SET reminded_at = ? WHERE id = ?')
      this.atomically(() => due.forEach((row) => mark.run(now, row.id)))
    }
    this.publishCounts(profile.id, now)
  }

  /** Entries of `profileId` created, answered, due or done in [from, to): the report's rows. */
  entriesTouchedIn(profileId: string, from: number, to: number): RegisterEntry[] {
    const now = this.deps.clock.now()
    const rows = this
      .sql(
        `SELECT * FROM register_entries WHERE profile_id = @profileId AND deleted_at IS NULL AND (
           (created_at >= @from AND created_at < @to) OR (answered_at >= @from AND answered_at < @to)
           OR (due_at >= @from AND due_at < @to) OR (done_at >= @from AND done_at < @to))
         ORDER BY created_at, id`,
      )
      .all({ profileId, from, to }) as EntryRow[]
    return rows.map((r) => toEntry(r, now))
  }

  private countsFor(profileId: string, now: number): ReminderCounts {
    const row = this
      .sql(
        `SELECT coalesce(sum(due_at <= @now), 0) AS overdue, coalesce(sum(due_at > @now AND due_at < @endOfDay), 0) AS dueToday
         FROM register_entries WHERE profile_id = @profileId AND ${OPEN_FOLLOW_UP}`,
      )
      .get({ profileId, now, endOfDay: endOfLocalDay(now) }) as ReminderCounts
    return { overdue: row.overdue, dueToday: row.dueToday }
  }

  private publishCounts(profileId: string, now: number): void {
    const counts = this.countsFor(profileId, now)
    const key = `${profileId}:${counts.overdue}:${counts.dueToday}`
    if (key === this.lastCounts) return
    this.lastCounts = key
    this.deps.events.emit('register:reminders', counts)
  }

  /** The row, if it belongs to the signed-in profile; another agent's entry is forbidden. */
  private ownRow(id: string, includeDeleted = false): EntryRow {
    const row = this.sql('SELECT * FROM register_entries WHERE id = ?').get(id) as EntryRow | undefined
    if (!row || (row.deleted_at !== null && !includeDeleted)) throw new DeskError('not-found', `No register entry ${id}.`, { what: 'entry' })
    if (row.profile_id !== this.deps.session.requireProfileId()) throw new DeskError('forbidden', `Entry ${id} belongs to another profile.`)
    return row
  }

  /** Inside the save transaction: the index follows the entry, the form's draft goes. */
  private afterWrite(id: string, profileId: string, draftForm?: string): void {
    const row = this.sql('SELECT * FROM register_entries WHERE id = ?').get(id) as EntryRow
    const entry = toEntry(row, this.deps.clock.now())
    this.deps.searchIndex.upsert({
      refId: id,
      profileId,
      ...searchableText(entry),
      at: entry.createdAt,
      kind: entry.kind,
      status: entry.followUp?.status ?? (entry.kind === 'idea' ? null : entry.answer === '' ? 'unanswered' : 'answered'),
      author: entry.createdBy,
    })
    if (draftForm) this.deps.drafts.discard(draftForm)
  }

  private changed(id: string, change: 'created' | 'updated' | 'deleted' | 'restored'): void {
    this.deps.events.emit('register:changed', { id, change })
    this.publishCounts(this.deps.session.requireProfileId(), this.deps.clock.now())
  }
}

function columns(entry: CleanEntry) {
  const f = entry.followUp
  return {
    kind: entry.kind,
    text: entry.text,
    answer: entry.answer,
    tags: JSON.stringify(entry.tags),
    customer: f?.customer ?? '',
    orderNo: f?.orderNo ?? '',
    purchaseDate: f?.purchaseDate ?? '',
    buyerWants: f?.buyerWants ?? '',
    promised: f?.promised ?? '',
    dueAt: f?.dueAt ?? null,
    status: f?.status ?? null,
    resolution: f?.resolution ?? '',
  }
}
