// Quick replies (快捷回复): the shop's shared standard answers and each agent's personal ones.
// Main owns storage, the rules a saved reply must pass (length, unique shortcut, lint), the
// clipboard and the usage counts; the renderer holds the search index (see
// renderer/features/replies/reply-search.ts for why). Personal replies and usage are always
// scoped to session.requireProfileId(); an id outside that scope is simply not found.
import type { SettingsService } from '../settings/settings-service'
import type { ReplyErrorReason } from '../../../shared/ipc/replies'
import {
  automaticPlaceholderValues,
  exportRepliesCsv,
  exportRepliesJson,
  fillPlaceholders,
  lintReplyWith,
  REPLY_BODY_MAX,
  REPLY_SHORTCUT_PATTERN,
  REPLY_TITLE_MAX,
  replySearchKeys,
  type ParsedReply,
} from '../../../shared/domain'
import { DeskError, type Profile } from '../../../shared/contract'
import type { PolicyErrorReason } from '../../../shared/ipc/envelope'
import {
  BLOCKING_LINT_KINDS,
  replyDraftSchema,
  type DuplicateChoice,
  type HotkeyState,
  type ImportFile,
  type ImportPreview,
  type DeletedReply,
  type Reply,
  type ReplyChange,
  type ReplyChanges,
  type ReplyDraft,
  type ReplyFileFormat,
  type ReplySettings,
  type ReplyUsage,
} from '../../../shared/ipc/replies'
import type { Statement } from 'better-sqlite3-multiple-ciphers'
import type { Db } from '../../db/connection'
import type { ClipboardPort, WindowPort } from '../../ports'
import type { Clock, IdSource } from '../clock'
import type { EventHub } from '../events'
import { seedDefaultReplies } from './default-replies'
import { duplicatesOf, inSlices, planImport, PREVIEW_LIST_MAX, PREVIEW_SAMPLE, rowPlanner, type ImportPlan } from './reply-import'
import { discardCutOffImports, writeAtOnce, writeStaged, type ImportCounts, type PlannedWrite } from './reply-import-write'
import { localDay, replyRowFor, shortcutHolder, toReply, visibleReplies, visibleRepliesInSlices, weekStartDay, type ReplyRow } from './reply-rows'
import { ReplyListCache, sameListKey, type ReplyListKey } from './reply-list-cache'
import { ReplyRepository, type ReplyFields } from './reply-repository'
import { ReplySettingsStore } from './reply-settings'
import { SEALED_PREFIX } from '../at-rest/private-vault'
import { revealReply, sealRepliesOf, sealReplyText, type ReplyVault } from './reply-sealing'

/** A deleted reply waits this long in the recycle bin (回收站), where it can be restored; then it is purged. */
export const RECYCLE_BIN_MS = 30 * 86_400_000

/** Slice reads of the list tried before reading it at once (a library that keeps changing under them). */
const LIST_READ_ATTEMPTS = 3

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** The small always-on-top search window; only the Electron app has one (platform/replies-hotkey.ts). */
export type QuickSearchWindow = { open(): void; hide(): void }

type Deps = {
  settings: SettingsService
  db: Db
  clock: Clock
  newId: IdSource
  session: { requireProfileId(): string; current(): Profile | null; isLocked(): boolean }
  events: EventHub
  clipboard: ClipboardPort
  window: WindowPort
  vault: ReplyVault
}

type CleanDraft = { title: string; body: string; shortcut: string; category: string; group: string; shared: boolean }

export class QuickReplyService {
  readonly settings: ReplySettingsStore
  /** The replies' rows; their write seam is where a sync layer listens. */
  readonly rows: ReplyRepository
  private hotkey: HotkeyState = { available: false, registered: false }
  private quickWindow: QuickSearchWindow | null = null
  private importing = false
  private readonly listed = new ReplyListCache()
  private readonly stamp: Statement

  constructor(private readonly deps: Deps) {
    this.settings = new ReplySettingsStore(deps.db, deps.settings)
    this.rows = new ReplyRepository(deps.db, deps.vault)
    this.stamp = deps.db.prepare('SELECT total_changes() AS changes')
    // Every committed write to the replies (the library screen's, an import's, a purge) ends the kept list.
    this.rows.seam.observe(() => this.listed.drop())
    // Her personal replies sealed when she sets a personal passphrase, and what sync brought down while it was closed when she opens it.
    const sealHers = (profileId: string) => sealRepliesOf(deps.db, deps.vault, profileId)
    deps.vault.onFirstSeal(sealHers)
    deps.vault.onOpen(sealHers)
  }

  /** First start: the default library as shared replies (once, ever; not in a café copy, which has the team's); every start: drop what a cut-off import staged, purge old deletions. */
  open(seedDefaults: boolean): this {
    if (seedDefaults) seedDefaultReplies(this.deps.db, this.rows.seam, this.deps.clock, this.deps.newId)
    discardCutOffImports(this.deps.db, this.rows.seam)
    this.purgeDeleted()
    return this
  }

  /** The replies the signed-in agent sees, oldest first; kept between changes (reply-list-cache.ts), so never change what it answers. */
  list(): Reply[] {
    const profileId = this.deps.session.requireProfileId()
    const now = this.deps.clock.now()
    return this.listed.get(this.listKey(profileId, now), () => visibleReplies(this.deps.db, this.deps.vault, profileId, now).map(toReply))
  }

  /**
   * list() for replies:list: a list that must be read again is read in slices with main free
   * between them (visibleRepliesInSlices). A slice read that a write overtook is read again, and
   * a library that keeps changing under it is read at once.
   */
  async listInSlices(): Promise<Reply[]> {
    for (let attempt = 0; attempt < LIST_READ_ATTEMPTS; attempt++) {
      const profileId = this.deps.session.requireProfileId()
      const now = this.deps.clock.now()
      const key = this.listKey(profileId, now)
      const kept = this.listed.peek(key)
      if (kept) return kept
      const generation = this.listed.generation
      const rows = await visibleRepliesInSlices(this.deps.db, this.deps.vault, profileId, now, nextTurn)
      // The screen locked while the slices came in: the list is not handed to a locked window.
      if (this.deps.session.isLocked()) throw new DeskError('locked', 'ShiftDesk is locked; unlock it with your PIN first.', { reason: 'session-locked' satisfies PolicyErrorReason })
      if (this.listed.generation === generation && sameListKey(this.listKey(this.deps.session.requireProfileId(), this.deps.clock.now()), key)) {
        return this.listed.keep(key, rows.map(toReply))
      }
    }
    return this.list()
  }

  private listKey(profileId: string, now: number): ReplyListKey {
    const { changes } = this.stamp.get() as { changes: number }
    return { profileId, weekStart: weekStartDay(now), changes, dataVersion: this.deps.db.pragma('data_version', { simple: true }) as number }
  }

  create(draft: ReplyDraft): Reply {
    const profileId = this.deps.session.requireProfileId()
    const clean = this.check(replyDraftSchema.parse(draft), profileId)
    const id = this.deps.newId()
    const now = this.deps.clock.now()
    this.rows.insert(id, fieldsOf(clean, profileId), { by: profileId, at: now })
    this.changed('saved')
    return this.get(profileId, id)
  }

  update(changes: ReplyChanges): Reply {
    const profileId = this.deps.session.requireProfileId()
    const row = this.visibleRow(profileId, changes.id)
    const { id, ...fields } = changes
    const current = { title: row.title, body: row.body, shortcut: row.shortcut, category: row.category, group: row.grp, shared: row.profile_id === null }
    const clean = this.check(replyDraftSchema.parse({ ...current, ...fields }), profileId, id)
    this.rows.update(id, fieldsOf(clean, profileId), { by: profileId, at: this.deps.clock.now() })
    this.changed('saved')
    return this.get(profileId, id)
  }

  delete(id: string): { id: string; title: string } {
    const profileId = this.deps.session.requireProfileId()
    const row = this.visibleRow(profileId, id)
    const by = this.deps.session.current()?.displayName ?? ''
    this.rows.tombstone(id, by, { by: profileId, at: this.deps.clock.now() })
    this.purgeDeleted()
    this.changed('deleted')
    return { id, title: row.title }
  }

  restore(id: string): Reply {
    const profileId = this.deps.session.requireProfileId()
    const row = replyRowFor(this.deps.db, this.deps.vault, profileId, id, this.deps.clock.now())
    if (!row) throw new DeskError('not-found', 'This reply was deleted for good and cannot be restored.')
    if (row.deleted_at === null) return toReply(row)
    this.refuseTakenShortcut(profileId, row.shortcut, id)
    this.rows.restore(id, { by: profileId, at: this.deps.clock.now() })
    this.changed('restored')
    return this.get(profileId, id)
  }

  /** The recycle bin: the deleted replies this agent could see (shared, and their own), newest deletion first. */
  recycleBin(): DeletedReply[] {
    const profileId = this.deps.session.requireProfileId()
    this.purgeDeleted()
    const rows = this.deps.db
      .prepare(
        `SELECT id, profile_id, title, category, grp AS "group", deleted_at AS deletedAt, COALESCE(deleted_by, '') AS deletedBy
         FROM replies WHERE deleted_at IS NOT NULL AND (profile_id IS NULL OR profile_id = ?) ORDER BY deleted_at DESC, rowid DESC`,
      )
      .all(profileId) as (Omit<DeletedReply, 'shared'> & { profile_id: string | null })[]
    return rows.map(({ profile_id: owner, ...row }) => ({ ...row, title: this.deps.vault.reveal(owner, row.title), shared: owner === null }))
  }

  /** Fills the placeholders, copies, counts the use; never copies a text with a blank left. */
  copy(id: string, values: Record<string, string>, hide: boolean): { text: string; usage: ReplyUsage } {
    const profileId = this.deps.session.requireProfileId()
    const row = this.visibleRow(profileId, id)
    const now = this.deps.clock.now()
    // The profile and the clock are the authority for these, whatever the form sent.
    const automatic = automaticPlaceholderValues(new Date(now), this.deps.session.current()?.agentId)
    const { text, missing } = fillPlaceholders(row.body, { ...values, ...automatic })
    if (missing.length > 0) {
      throw new DeskError('invalid-input', `Fill in ${missing.join(', ')} before copying.`, { reason: 'placeholders' satisfies ReplyErrorReason, missing: missing.join(', ') })
    }
    this.deps.clipboard.writeText(text)
    this.deps.db
      .prepare(
        `INSERT INTO reply_uses (profile_id, reply_id, day, uses, last_used_at) VALUES (?, ?, ?, 1, ?)
         ON CONFLICT (profile_id, reply_id, day) DO UPDATE SET uses = uses + 1, last_used_at = excluded.last_used_at`,
      )
      .run(profileId, id, localDay(now), now)
    const reply = this.get(profileId, id)
    const usage = { id, uses: reply.uses, weekUses: reply.weekUses, lastUsedAt: reply.lastUsedAt }
    this.changed('used', usage)
    if (hide) this.deps.window.hideToChatClient()
    return { text, usage }
  }

  /** Renames a category (or one sub-group in it) on every reply the agent sees; returns how many changed. */
  rename(request: { category: string; group?: string | undefined; to: string }): { count: number } {
    const profileId = this.deps.session.requireProfileId()
    const changes = this.rows.rename(request, { by: profileId, at: this.deps.clock.now() })
    if (changes > 0) this.changed('renamed')
    return { count: changes }
  }

  settingsView(): { settings: ReplySettings; hotkey: HotkeyState } {
    return { settings: this.settings.get(), hotkey: this.hotkey }
  }

  updateSettings(patch: Partial<ReplySettings>): { settings: ReplySettings; hotkey: HotkeyState } {
    this.settings.update(patch)
    this.changed('settings')
    return this.settingsView()
  }

  /** Set by the hotkey binding: whether the quick-search accelerator is held. */
  setHotkeyState(state: HotkeyState): void {
    this.hotkey = state
  }

  setQuickSearchWindow(window: QuickSearchWindow): void {
    this.quickWindow = window
  }

  quickSearch(action: 'open' | 'hide'): { available: boolean } {
    if (!this.quickWindow) return { available: false }
    this.quickWindow[action]()
    return { available: true }
  }

  async previewImport(file: ImportFile): Promise<ImportPreview> {
    const plan = await this.plan(file)
    const duplicates = duplicatesOf(plan)
    const good = plan.rows.filter((r) => !r.blocked)
    return {
      total: plan.total,
      good: good.length,
      problems: plan.problems.slice(0, PREVIEW_LIST_MAX),
      problemCount: plan.problems.length,
      errorCount: plan.problems.filter((p) => p.severity === 'error').length,
      duplicates: duplicates.slice(0, PREVIEW_LIST_MAX),
      duplicateCount: duplicates.length,
      sample: good.slice(0, PREVIEW_SAMPLE).map(({ reply: r }) => ({
        title: r.title,
        body: r.body,
        shortcut: r.shortcut ?? '',
        category: r.category ?? '',
        group: r.group ?? '',
        shared: r.shared,
      })),
      encoding: plan.read.encoding ?? '',
      sheets: plan.read.sheets ?? [],
      sheet: plan.read.sheet ?? '',
    }
  }

  /**
   * All or nothing: a file with any refused row writes nothing, unless `skipProblems` (the
   * agent's explicit choice in the preview) says to import the good rows. The rows are staged in
   * slices and revealed together (reply-import-write.ts), so main never waits long for them.
   * One import at a time: a second one could not see the first's rows to find its duplicates.
   */
  async import(file: ImportFile, duplicates: DuplicateChoice, skipProblems = false): Promise<ImportCounts> {
    const profileId = this.deps.session.requireProfileId()
    if (this.importing) throw new DeskError('conflict', 'Another import is still being saved; import this file when it has finished.', { reason: 'import-running' satisfies ReplyErrorReason })
    this.importing = true
    try {
      return await this.importNow(profileId, file, duplicates, skipProblems)
    } finally {
      this.importing = false
    }
  }

  private async importNow(profileId: string, file: ImportFile, duplicates: DuplicateChoice, skipProblems: boolean): Promise<ImportCounts> {
    const plan = await this.plan(file)
    const errors = plan.problems.filter((p) => p.severity === 'error')
    if (errors.length > 0 && !skipProblems) {
      throw new DeskError('invalid-input', `${errors.length} rows of the file cannot be imported; nothing was imported.`, {
        reason: 'import-rows' satisfies ReplyErrorReason,
        count: errors.length,
      })
    }
    const rows = plan.rows.filter((r) => !r.blocked)
    const total = rows.length
    // Saving is two passes over the rows (search keys and ids, then the writes): each is half the bar.
    const progress = (stage: 'save' | 'done', done: number) => this.deps.events.emit('replies:importProgress', { stage, done: Math.round(done), total })
    const writes: PlannedWrite[] = []
    const toWrite = this.writePlanner(profileId, duplicates)
    await inSlices(rows, (row) => void writes.push(toWrite(row)), (done) => progress('save', done / 2))
    const counts = await writeStaged(this.deps.db, this.rows.seam, { batch: this.deps.newId(), profileId, now: this.deps.clock.now() }, writes, (done) => progress('save', (total + done) / 2))
    progress('done', total)
    this.changed('imported')
    return counts
  }

  /**
   * Replies already read and checked (a seed, a bench's library) written in one go, with the
   * same lint and collision rules as a file; a reply the lint refuses is left out.
   */
  importParsed(replies: readonly ParsedReply[], duplicates: DuplicateChoice): ImportCounts {
    const profileId = this.deps.session.requireProfileId()
    const planRow = rowPlanner(visibleReplies(this.deps.db, this.deps.vault, profileId, this.deps.clock.now()), this.settings.get())
    const toWrite = this.writePlanner(profileId, duplicates)
    const counts = writeAtOnce(this.deps.db, this.rows.seam, replies.map((r) => planRow(r).row).filter((r) => !r.blocked).map(toWrite))
    this.changed('imported')
    return counts
  }

  /** What one planned row writes: its search keys, ids and fields, worked out before the transaction. */
  private writePlanner(profileId: string, duplicates: DuplicateChoice): (row: ImportPlan['rows'][number]) => PlannedWrite {
    const now = this.deps.clock.now()
    return ({ reply, duplicateOf, by }) => {
      const fields = {
        title: reply.title,
        titlePinyin: replySearchKeys(reply).titlePinyin,
        body: oneLineEnding(reply.body),
        shortcut: reply.shortcut ?? '',
        category: reply.category ?? '',
        group: reply.group ?? '',
        now,
      }
      if (duplicateOf && duplicates === 'skip') return { kind: 'skip' }
      // The existing reply keeps whether it is shared, and its shortcut when the file gives none.
      // Sealed for the reply's owner before the transaction (an overwritten reply keeps its owner).
      const seal = (owner: string | null, text: typeof fields) => sealReplyText(this.deps.vault, owner, text)
      if (duplicateOf && duplicates === 'overwrite') {
        return { kind: 'update', params: { ...seal(duplicateOf.profile_id, { ...fields, shortcut: fields.shortcut || duplicateOf.shortcut }), id: duplicateOf.id, profileId } }
      }
      // Keeping both: two replies cannot share a shortcut, so the newcomer comes in without it.
      const owner = reply.shared ? null : profileId
      return { kind: 'insert', params: { ...seal(owner, { ...fields, shortcut: by === 'shortcut' ? '' : fields.shortcut }), id: this.deps.newId(), owner, profileId } }
    }
  }

  export(format: ReplyFileFormat): { fileName: string; text: string; count: number } {
    const rows = this.list().map((r) => ({
      title: r.title,
      body: r.body,
      ...(r.shortcut !== '' && { shortcut: r.shortcut }),
      ...(r.category !== '' && { category: r.category }),
      ...(r.group !== '' && { group: r.group }),
      shared: r.shared,
    }))
    const text = format === 'csv' ? exportRepliesCsv(rows) : exportRepliesJson(rows)
    return { fileName: `快捷回复-${localDay(this.deps.clock.now())}.${format}`, text, count: rows.length }
  }

  private plan(file: ImportFile): Promise<ImportPlan> {
    const profileId = this.deps.session.requireProfileId()
    const existing = visibleReplies(this.deps.db, this.deps.vault, profileId, this.deps.clock.now())
    return planImport(file, existing, this.settings.get(), (progress) => this.deps.events.emit('replies:importProgress', progress))
  }

  /** The rules every saved reply passes, each refusal a sentence the agent can act on. */
  private check(input: CleanDraft, profileId: string, exceptId = ''): CleanDraft {
    const draft = { ...input, body: oneLineEnding(input.body) }
    for (const [field, max] of [
      ['title', REPLY_TITLE_MAX],
      ['body', REPLY_BODY_MAX],
    ] as const) {
      const length = draft[field].length
      if (length > max) throw new DeskError('too-large', `The ${field} has ${length} characters; at most ${max} are allowed.`, { reason: field satisfies ReplyErrorReason, max, length })
    }
    if (draft.shortcut !== '' && !REPLY_SHORTCUT_PATTERN.test(draft.shortcut)) {
      throw new DeskError('invalid-input', 'A shortcut is 1 to 16 letters, digits, Chinese characters or - _ / . #.', { reason: 'shortcut' satisfies ReplyErrorReason, fields: 'shortcut' })
    }
    const finding = lintReplyWith(`${draft.title}\n${draft.body}`, this.settings.get()).find((f) => BLOCKING_LINT_KINDS.includes(f.kind))
    if (finding) {
      throw new DeskError('invalid-input', `The reply contains "${finding.match}", which may not be sent to customers.`, {
        reason: 'lint' satisfies ReplyErrorReason,
        kind: finding.kind,
        match: finding.match,
      })
    }
    this.refuseTakenShortcut(profileId, draft.shortcut, exceptId)
    return draft
  }

  private refuseTakenShortcut(profileId: string, shortcut: string, exceptId: string): void {
    if (shortcut === '') return
    const holder = shortcutHolder(this.deps.db, this.deps.vault, profileId, shortcut, exceptId)
    if (holder) {
      throw new DeskError('conflict', `The shortcut ${shortcut} is already used by "${holder.title}".`, {
        reason: 'shortcut' satisfies ReplyErrorReason,
        shortcut,
        name: holder.title,
        holderId: holder.id,
      })
    }
  }

  private visibleRow(profileId: string, id: string): ReplyRow {
    const row = replyRowFor(this.deps.db, this.deps.vault, profileId, id, this.deps.clock.now())
    if (!row || row.deleted_at !== null) throw new DeskError('not-found', 'No such reply.')
    return row
  }

  private get(profileId: string, id: string): Reply {
    return toReply(this.visibleRow(profileId, id))
  }

  private purgeDeleted(): void {
    this.rows.purgeDeletedBefore(this.deps.clock.now() - RECYCLE_BIN_MS)
  }

  /**
   * Team sync wrote these replies (services/sync/tables/replies.ts): a new or renamed title
   * arrives without its pinyin key, which only main can compute, and a personal reply arrives as
   * the team keeps it, in plain text: sealed here for an owner whose key is open, and at her next
   * sign-in with the passphrase (onOpen) when it is closed. Runs inside the arrival queue's
   * transaction (sync/arrival-queue.ts), a slice at a time; `changedElsewhere` then tells the windows once.
   * These writes are local-only: the upload triggers compare revealed text, so they queue nothing.
   */
  keyArrived(ids: readonly string[]): void {
    if (ids.length === 0) return
    const { db, vault } = this.deps
    const placeholders = ids.map(() => '?').join(', ')
    const arrived = db.prepare(`SELECT id, profile_id, title, title_pinyin, body, shortcut FROM replies WHERE id IN (${placeholders})`).all(...ids) as ReplyRow[]
    const store = db.prepare('UPDATE replies SET title = @title, title_pinyin = @titlePinyin, body = @body, shortcut = @shortcut WHERE id = @id')
    for (const row of arrived) {
      const state = row.profile_id === null ? 'none' : vault.state(row.profile_id)
      const needsKey = row.title_pinyin === '' && row.title !== ''
      // A closed owner's rows are left as the team sent them (plain), except for the missing key;
      // one already sealed waits for her whole.
      if ((!needsKey && state !== 'open') || (state === 'closed' && row.title.startsWith(SEALED_PREFIX))) continue
      const plain = revealReply(vault, { ...row })
      const text = { title: plain.title, titlePinyin: needsKey ? replySearchKeys({ title: plain.title }).titlePinyin : plain.title_pinyin, body: plain.body, shortcut: plain.shortcut }
      const stored = state === 'open' ? sealReplyText(vault, row.profile_id, text) : text
      if (stored.title !== row.title || stored.titlePinyin !== row.title_pinyin || stored.body !== row.body || stored.shortcut !== row.shortcut) store.run({ id: row.id, ...stored })
    }
  }

  /** Replies changed outside this service (a team bring-in folded this PC's copies into the team's): main reads again, the windows reload. */
  changedElsewhere(): void {
    this.changed('synced')
  }

  private changed(reason: ReplyChange['reason'], usage?: ReplyUsage): void {
    // What the renderer is told to reload (or patch, for a copy), main reads again.
    if (reason !== 'settings') this.listed.drop()
    this.deps.events.emit('replies:changed', usage ? { reason, usage } : { reason })
  }
}

/** A checked draft as the repository stores it: a shared reply has no owner. */
function fieldsOf(clean: CleanDraft, profileId: string): ReplyFields {
  const { titlePinyin } = replySearchKeys(clean)
  return { owner: clean.shared ? null : profileId, title: clean.title, titlePinyin, body: clean.body, shortcut: clean.shortcut, category: clean.category, group: clean.group }
}

/** Line breaks stored as \n whatever wrote them (Excel writes \r\n inside a cell, the editor \n). */
function oneLineEnding(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

export function openQuickReplies(deps: Deps, seedDefaults = true): QuickReplyService {
  return new QuickReplyService(deps).open(seedDefaults)
}
