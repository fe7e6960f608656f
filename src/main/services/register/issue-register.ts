// The issue register (问题登记本): questions, ideas and follow-ups, private to the signed-in
// profile. Every save is one transaction: the entry, its search index row and the form's
// draft commit together (synchronous=FULL: on disk before the call returns). The rows
// themselves are register-repository.ts's business.
import { DeskError, type Profile } from '../../../shared/contract'
import { endOfLocalDay, type CheckState, type FollowUpStatus } from '../../../shared/domain'
import type { EntryDraft, RegisterEntry, ReminderCounts } from '../../../shared/ipc/register'
import type { NotifierPort } from '../../ports'
import type { PrivateVault } from '../at-rest/private-vault'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import type { NotebookDoc, NotebookIndex } from '../search/notebook-index'
import { cleanEntry, type CleanEntry } from './clean-entry'
import type { DraftService } from './drafts'
import { searchableText, toEntry, type EntryRow } from './entry-row'
import type { RegisterRepository, RegisterView } from './register-repository'
import { registerTexts } from './texts'

export type { RegisterView } from './register-repository'

export const REGISTER_NOTEBOOK = 'register'

type Deps = {
  rows: RegisterRepository
  clock: Clock
  newId: IdSource
  session: { requireProfileId(): string; current(): Profile | null; isLocked(): boolean }
  profiles: { get(id: string): Profile }
  /** This notebook's handle on the one search index (see services/search/notebook-index.ts). */
  searchIndex: NotebookIndex
  drafts: DraftService
  events: EventHub
  notifier: NotifierPort
  /** Whose keys are open: main seals a download for those (register-repository.ts sealStored). */
  vault: Pick<PrivateVault, 'state'>
}

export function authorName(profile: Profile): string {
  return profile.agentId ? `${profile.displayName}（${profile.agentId}）` : profile.displayName
}

export class IssueRegisterService {
  private lastCounts = ''
  /** The last entry sync wrote since the windows were last told (announceArrived). */
  private arrivedLast: string | null = null
  /**
   * Entries that arrived while their owner's key was closed, by owner: the search index left them
   * out, and they are indexed when her key opens in this run (a 疑难 question's text is not
   * sealed, so the sealing pass alone would not find it again).
   */
  private readonly waitingForKey = new Map<string, Set<string>>()
  /** The register's rows; their write seam is where a sync layer listens. */
  readonly rows: RegisterRepository

  constructor(private readonly deps: Deps) {
    this.rows = deps.rows
  }

  list(view: RegisterView, page: number, pageSize: number): { items: RegisterEntry[]; total: number; counts: ReminderCounts & { unanswered: number; openFollowUps: number } } {
    const { rows } = this.deps
    const profileId = this.deps.session.requireProfileId()
    const now = this.deps.clock.now()
    const entries = rows.page(profileId, view, now, endOfLocalDay(now), pageSize, (page - 1) * pageSize).map(this.entryAt(now))
    const total = rows.count(profileId, view)
    // The tab counts what the tab lists: every follow-up not done, due or not.
    const counts = { ...this.countsFor(profileId, now), unanswered: rows.count(profileId, 'unanswered'), openFollowUps: rows.count(profileId, 'openFollowUps') }
    return { items: entries, total, counts }
  }

  get(id: string): RegisterEntry {
    return this.entryAt(this.deps.clock.now())(this.ownRow(id))
  }

  create(draft: EntryDraft, draftForm?: string): RegisterEntry {
    const now = this.deps.clock.now()
    const entry = cleanEntry(draft, now)
    const profileId = this.deps.session.requireProfileId()
    const id = this.deps.newId()
    this.deps.rows.transaction(() => {
      this.deps.rows.insert(
        id,
        profileId,
        { ...columns(entry, null), doneAt: entry.followUp?.status === 'done' ? now : null, answeredAt: entry.answer === '' ? null : now },
        { by: profileId, at: now },
      )
      this.afterWrite(id, profileId, draftForm)
    })
    this.changed(id, 'created')
    return this.get(id)
  }

  update(id: string, draft: EntryDraft, draftForm?: string): RegisterEntry {
    const now = this.deps.clock.now()
    const before = this.ownRow(id)
    const entry = cleanEntry(draft, now)
    const status = entry.followUp?.status ?? null
    this.deps.rows.transaction(() => {
      this.deps.rows.update(
        id,
        before.profile_id,
        {
          ...columns(entry, before),
          doneAt: status === 'done' ? (before.done_at ?? now) : null,
          // A new due time deserves a new reminder.
          remindedAt: entry.followUp?.dueAt === before.due_at ? before.reminded_at : null,
          answeredAt: entry.answer === '' ? null : before.answer === entry.answer ? before.answered_at : now,
        },
        { by: this.deps.session.requireProfileId(), at: now },
      )
      this.afterWrite(id, before.profile_id, draftForm)
    })
    this.changed(id, 'updated')
    return this.get(id)
  }

  setStatus(id: string, status: FollowUpStatus): RegisterEntry {
    return this.changeFollowUp(id, { status }, 'status', 'a status')
  }

  /** An after-sales follow-up's check: 待核实 / 已核实 / 有问题. */
  setCheckState(id: string, checkState: CheckState): RegisterEntry {
    return this.changeFollowUp(id, { checkState }, 'checkState', 'a check state')
  }

  /** The entry saved as it is but for one field of its follow-up; refused for an entry that is not a follow-up. */
  private changeFollowUp(id: string, change: { status: FollowUpStatus } | { checkState: CheckState }, field: string, what: string): RegisterEntry {
    const current = this.get(id)
    if (!current.followUp) throw new DeskError('invalid-input', `Only follow-ups have ${what}.`, { fields: field })
    const { doneAt: _doneAt, ...followUp } = current.followUp
    return this.update(id, { kind: current.kind, text: current.text, answer: current.answer, tags: current.tags, hard: current.hard, followUp: { ...followUp, ...change } })
  }

  /** Moves an entry out of sight; `restore` brings it back (the undo after a delete). */
  delete(id: string): void {
    this.ownRow(id)
    this.deps.rows.transaction(() => {
      this.deps.rows.tombstone(id, { by: this.deps.session.requireProfileId(), at: this.deps.clock.now() })
      this.deps.searchIndex.remove(id)
    })
    this.changed(id, 'deleted')
  }

  restore(id: string): RegisterEntry {
    const row = this.ownRow(id, true)
    this.deps.rows.transaction(() => {
      this.deps.rows.restore(id, { by: this.deps.session.requireProfileId(), at: this.deps.clock.now() })
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
    const due = this.deps.rows.dueUnreminded(profile.id, now)
    if (due.length > 0) {
      const texts = registerTexts(profile.language)
      const first = due[0]!
      // A locked shared PC shows the count only: customer details stay behind the PIN.
      const details = texts.dueBody(first.customer, first.text.slice(0, 60)) + (due.length > 1 ? `\n${texts.dueMore(due.length - 1)}` : '')
      const body = this.deps.session.isLocked() ? texts.unlockToSee : details
      this.deps.notifier.show({ title: texts.dueTitle(due.length), body, urgent: true })
      this.deps.rows.markReminded(due.map((row) => row.id), now)
    }
    this.publishCounts(profile.id, now)
  }

  /** Entries of `profileId` created, answered, due or done in [from, to): the report's rows. */
  entriesTouchedIn(profileId: string, from: number, to: number): RegisterEntry[] {
    const now = this.deps.clock.now()
    return this.deps.rows.touchedIn(profileId, from, to).map(this.entryAt(now))
  }

  /** For main-side readers (the lead's view): the profile's hard questions (疑难) created or answered in [from, to), with their answers. */
  hardQuestionsFor(profileId: string, from: number, to: number): RegisterEntry[] {
    return this.deps.rows.hardIn(profileId, from, to).map(this.entryAt(this.deps.clock.now()))
  }

  /**
   * For main-side readers (the lead's view): the profile's after-sales follow-ups of [from, to)
   * (made, due, done or changed then, or still open), each with its check state.
   */
  afterSalesChecksFor(profileId: string, from: number, to: number): RegisterEntry[] {
    return this.deps.rows.followUpsIn(profileId, from, to).map(this.entryAt(this.deps.clock.now()))
  }

  /**
   * Rows to entries. The rows keep profile ids; an entry shows its author's name as it is now,
   * looked up once per call.
   */
  private entryAt(now: number): (row: EntryRow) => RegisterEntry {
    const names = new Map<string, string>()
    const nameOf = (profileId: string) => {
      let name = names.get(profileId)
      if (name === undefined) {
        name = authorName(this.deps.profiles.get(profileId))
        names.set(profileId, name)
      }
      return name
    }
    return (row) => toEntry(row, now, nameOf)
  }

  private countsFor(profileId: string, now: number): ReminderCounts {
    const row = this.deps.rows.dueCounts(profileId, now, endOfLocalDay(now))
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
    const row = this.deps.rows.row(id)
    if (!row || (row.deleted_at !== null && !includeDeleted)) throw new DeskError('not-found', `No register entry ${id}.`, { what: 'entry' })
    if (row.profile_id !== this.deps.session.requireProfileId()) throw new DeskError('forbidden', `Entry ${id} belongs to another profile.`)
    return row
  }

  /**
   * Team sync wrote these entries (services/sync/tables/register-entries.ts): the index follows,
   * in one write for the slice. Runs inside the arrival queue's transaction (sync/arrival-queue.ts);
   * `announceArrived` then tells the windows once. A download lands as the team sends it, plain
   * text: it is sealed here for an owner whose key is open, and for one whose key is closed when
   * she next signs in with her passphrase (register-services.ts).
   */
  indexArrived(ids: readonly string[]): void {
    for (const [owner, owned] of this.indexEntries(ids)) {
      const state = this.deps.vault.state(owner)
      if (state === 'open') this.deps.rows.sealStored(owner, owned)
      else if (state === 'closed') {
        const waiting = this.waitingForKey.get(owner) ?? new Set<string>()
        for (const id of owned) waiting.add(id)
        this.waitingForKey.set(owner, waiting)
      }
    }
    if (ids.length > 0) this.arrivedLast = ids[ids.length - 1]!
  }

  /**
   * Her key opened at sign-in (vault.onOpen): the entries a download brought while it was closed
   * are sealed now, and join the search index, which left them out while they could not be sealed.
   */
  sealArrivedWhileClosed(profileId: string): void {
    const ids = new Set([...this.deps.rows.sealStored(profileId), ...(this.waitingForKey.get(profileId) ?? [])])
    this.indexEntries([...ids])
    this.waitingForKey.delete(profileId)
  }

  /** The index follows these entries in one write; answers their ids by owner. */
  private indexEntries(ids: readonly string[]): Map<string, string[]> {
    const entryOf = this.entryAt(this.deps.clock.now())
    const present: { row: EntryRow; entry: RegisterEntry }[] = []
    const owners = new Map<string, string[]>()
    for (const id of ids) {
      const row = this.deps.rows.row(id)
      if (row) owners.set(row.profile_id, [...(owners.get(row.profile_id) ?? []), id])
      if (!row || row.deleted_at !== null) this.deps.searchIndex.remove(id)
      else present.push({ row, entry: entryOf(row) })
    }
    this.deps.searchIndex.upsertMany(present.map(({ row, entry }) => this.indexDoc(entry, row.profile_id)))
    return owners
  }

  /** After a download's entries are indexed: one reload for the windows, however many arrived. */
  announceArrived(): void {
    if (this.arrivedLast === null) return
    this.deps.events.emit('register:changed', { id: this.arrivedLast, change: 'updated' })
    this.arrivedLast = null
  }

  /** Inside the save transaction: the index follows the entry, the form's draft goes. */
  private afterWrite(id: string, profileId: string, draftForm?: string): void {
    this.index(this.get(id), profileId)
    if (draftForm) this.deps.drafts.discard(draftForm)
  }

  private index(entry: RegisterEntry, profileId: string): void {
    this.deps.searchIndex.upsert(this.indexDoc(entry, profileId))
  }

  private indexDoc(entry: RegisterEntry, profileId: string): NotebookDoc {
    return {
      refId: entry.id,
      profileId,
      ...searchableText(entry),
      at: entry.createdAt,
      kind: entry.kind,
      status: entry.followUp?.status ?? (entry.kind === 'idea' ? null : entry.answer === '' ? 'unanswered' : 'answered'),
      author: entry.createdBy,
    }
  }

  private changed(id: string, change: 'created' | 'updated' | 'deleted' | 'restored'): void {
    this.deps.events.emit('register:changed', { id, change })
    this.publishCounts(this.deps.session.requireProfileId(), this.deps.clock.now())
  }
}

/** `before`: the saved row when updating, whose flag and check state stay unless the draft sets them. */
function columns(entry: CleanEntry, before: EntryRow | null) {
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
    hard: Number(entry.hard ?? before?.hard === 1),
    checkState: f ? (f.checkState ?? before?.check_state ?? 'pending') : null,
  }
}
