// One full-text index over every notebook, so a single search box finds a note wherever it was
// written. Chinese is indexed as character pairs (bigrams) because SQLite's tokenizers cannot
// match 2-character words such as 物流 or 退款; see shared/domain/search.
//
// A notebook does not hold this service: it gets a handle scoped to its own notebook id
// (notebook-index.ts), built where the app context wires the rooms. The API underneath (all
// calls are synchronous and join the caller's transaction when there is one, so a note and its
// index entry commit together):
//
//   searchIndex.upsert({
//     notebook: 'handover',          // which notebook; a SEARCH_NOTEBOOKS id (any short id works)
//     refId: item.id,                // the note's id in that notebook; (notebook, refId) is unique
//     profileId: null,               // owner for PRIVATE notes, null for notes SHARED with all profiles
//     title: '顾客要求换货',          // first line of a hit
//     body: '订单 2026… 承诺明天回复', // searched too; a snippet of it is shown
//     at: createdAtMs,               // the note's time: date filter (results come newest-indexed first)
//     kind: 'urgent',                // optional filter values (null when the notebook has none)
//     status: 'awaiting',
//     author: '小美（KF017）',         // optional; filterable by substring
//   })                               // insert or replace; a note may move from private to shared
//                                    // (false: left out, her key is closed; see upsert)
//   searchIndex.upsertMany(docs)     // the same for many notes in one transaction (imports, backfill)
//   searchIndex.remove('handover', item.id)
//   searchIndex.tidy()               // bounded index maintenance; SearchUpkeep's timer calls it, not notebooks
//   searchIndex.matchingRefIds(query, filters) -> string[] | null   // every match's refId (a notebook's own search)
//   searchIndex.search(query, filters?, page?, pageSize?) -> SearchPage
//       query: what the agent typed (2+ characters: 物流, 退款申请, an order number, a word)
//       filters: { notebooks?, kinds?, statuses?, from?, to?, author? }
//       Answers for the SIGNED-IN profile only: its private notes plus every shared note.
//
// Results are ordered newest first by the order notes were first indexed (rowid), which lets
// FTS5 stop after one page instead of ranking every match: a common word matches tens of
// thousands of notes and must still answer within a few milliseconds.
//
// A private note of a profile with a personal passphrase (issue 16, 1.2) is kept sealed: its
// title and body sealed by the vault, its words only as keyed hashes (sealed-words.ts), so a
// colleague with a copy of the file reads none of them, not even in FTS5's term lists.
import { AWAITING_WORDS_TOKEN, parseSearchQuery, searchSnippet, indexText, sealedMatch, type QueryTerm } from '../../../shared/domain'
import type { SearchFilters, SearchHit, SearchPage } from '../../../shared/ipc/search'
import type { Db } from '../../db/connection'
import { SEALED_PREFIX, type PrivateVault } from '../at-rest/private-vault'
import { sealedTokens, wordHasher, type WordHasher } from './sealed-words'

export type SearchDoc = {
  notebook: string
  refId: string
  profileId: string | null
  title: string
  body: string
  at: number
  kind?: string | null
  status?: string | null
  author?: string
}

/** Counting stops here: "1000+ results" is all an agent needs to know. */
export const SEARCH_COUNT_CAP = 1000

type HitRow = { notebook: string; ref_id: string; profile_id: string | null; title: string; body: string; kind: string | null; status: string | null; author: string; at: number }

type Viewer = { requireProfileId(): string }

export type SearchVault = Pick<PrivateVault, 'seals' | 'state' | 'seal' | 'reveal' | 'token' | 'onFirstSealInSlices' | 'onOpen'>

/** How many of a profile's notes the first-seal pass reads at a time (memory stays bounded on a big register). */
const SEAL_BATCH = 500

// Prepared once: bulk imports write hundreds of thousands of notes through these.
function statements(db: Db) {
  return {
    find: db.prepare('SELECT rowid FROM search_docs WHERE notebook = ? AND ref_id = ?'),
    insertDoc: db.prepare(
      `INSERT INTO search_docs (notebook, ref_id, profile_id, title, body, kind, status, author, at)
       VALUES (@notebook, @ref, @profile, @title, @body, @kind, @status, @author, @at)`,
    ),
    updateDoc: db.prepare(
      `UPDATE search_docs SET profile_id = @profile, title = @title, body = @body, kind = @kind, status = @status,
       author = @author, at = @at WHERE rowid = @rowid`,
    ),
    deleteDoc: db.prepare('DELETE FROM search_docs WHERE rowid = ?'),
    insertTokens: db.prepare('INSERT INTO search_index (rowid, tokens) VALUES (?, ?)'),
    deleteTokens: db.prepare('DELETE FROM search_index WHERE rowid = ?'),
    merge: db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('merge', ?)"),
  }
}

export class SearchIndexService {
  private readonly sql: ReturnType<typeof statements>
  // Built once: better-sqlite3 prepares the BEGIN/SAVEPOINT statements for each wrapper it makes.
  private readonly upsertOne: (doc: SearchDoc) => boolean
  private readonly upsertAll: (docs: Iterable<SearchDoc>) => number
  private readonly removeOne: (notebook: string, refId: string) => void

  constructor(
    private readonly db: Db,
    private readonly session: Viewer,
    private readonly vault: SearchVault,
  ) {
    this.sql = statements(db)
    // IMMEDIATE, as the write seam's (db/write-seam.ts): index writes read before they write.
    this.upsertOne = db.transaction((doc: SearchDoc) => this.write(doc, new Map())).immediate
    this.upsertAll = db.transaction((docs: Iterable<SearchDoc>) => {
      const hashers = new Map<string, WordHasher>()
      let n = 0
      for (const doc of docs) if (this.write(doc, hashers)) n++
      return n
    }).immediate
    this.removeOne = db.transaction((notebook: string, refId: string) => this.removeDoc(notebook, refId)).immediate
    // Runs inside the transaction that gives her a key: her notes already indexed become sealed.
    vault.onFirstSealInSlices((profileId) => this.sealProfileInSlices(profileId))
    // Runs inside the transaction of each opening of her key (she signs in with the passphrase).
    vault.onOpen((profileId) => this.hashAwaiting(profileId))
  }

  /**
   * Indexes one note. A private note of a profile whose key is closed (a team arrival while she is
   * not signed in) cannot be sealed, and its plain text must not be written: it is left out of
   * the index (an older entry for it goes), and its notebook indexes it again when it seals
   * that note at her next sign-in. Answers whether the note was indexed.
   */
  upsert(doc: SearchDoc): boolean {
    return this.upsertOne(doc)
  }

  /** `upsert` for many notes in one transaction; answers how many were indexed. */
  upsertMany(docs: Iterable<SearchDoc>): number {
    return this.upsertAll(docs)
  }

  remove(notebook: string, refId: string): void {
    this.removeOne(notebook, refId)
  }

  /**
   * Merges a bounded amount of the index's segments (about `pages` pages). Saves do not merge
   * (automerge is off, see migration 0050), so a timer calls this while the agent is idle;
   * answers whether there was anything to merge.
   */
  tidy(pages = 200): boolean {
    const before = this.db.prepare('SELECT total_changes() AS n').get() as { n: number }
    this.sql.merge.run(pages)
    const after = this.db.prepare('SELECT total_changes() AS n').get() as { n: number }
    return after.n - before.n >= 2
  }

  search(query: string, filters: SearchFilters = {}, page = 1, pageSize = 20): SearchPage {
    const viewer = this.session.requireProfileId()
    const parsed = parseSearchQuery(query)
    const empty: SearchPage = { hits: [], total: 0, totalIsLowerBound: false, page, pageSize, tooShort: parsed.tooShort && parsed.terms.length > 0 }
    if (parsed.match === null) return empty
    const { where, params } = filterSql(filters)
    const from = `FROM search_index f JOIN search_docs d ON d.rowid = f.rowid
      WHERE f.search_index MATCH @match AND (d.profile_id = @viewer OR d.profile_id IS NULL)${where}`
    const bound = { ...params, match: this.matchFor(viewer, parsed.match, parsed.terms), viewer }
    const rows = this.db
      .prepare(`SELECT d.notebook, d.ref_id, d.profile_id, d.title, d.body, d.kind, d.status, d.author, d.at ${from} ORDER BY f.rowid DESC LIMIT @limit OFFSET @offset`)
      .all({ ...bound, limit: pageSize, offset: (page - 1) * pageSize }) as HitRow[]
    const counted = this.db.prepare(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${SEARCH_COUNT_CAP + 1})`).get(bound) as { n: number }
    const hits: SearchHit[] = rows.map((r) => ({
      notebook: r.notebook,
      refId: r.ref_id,
      kind: r.kind,
      status: r.status,
      author: r.author,
      at: r.at,
      title: searchSnippet(this.vault.reveal(r.profile_id, r.title), parsed.terms, 80),
      snippet: searchSnippet(this.vault.reveal(r.profile_id, r.body), parsed.terms, 120),
    }))
    return { hits, total: Math.min(counted.n, SEARCH_COUNT_CAP), totalIsLowerBound: counted.n > SEARCH_COUNT_CAP, page, pageSize, tooShort: false }
  }

  /**
   * Every match's refId visible to the signed-in profile, newest indexed first, for a notebook
   * that orders and pages its own results; null when the query is too short for the index.
   */
  matchingRefIds(query: string, filters: SearchFilters = {}): string[] | null {
    const viewer = this.session.requireProfileId()
    const parsed = parseSearchQuery(query)
    if (parsed.match === null) return null
    const { where, params } = filterSql(filters)
    return this.db
      .prepare(
        `SELECT d.ref_id FROM search_index f JOIN search_docs d ON d.rowid = f.rowid
         WHERE f.search_index MATCH @match AND (d.profile_id = @viewer OR d.profile_id IS NULL)${where} ORDER BY f.rowid DESC`,
      )
      .pluck()
      .all({ ...params, match: this.matchFor(viewer, parsed.match, parsed.terms), viewer }) as string[]
  }

  /**
   * The MATCH for the signed-in profile: the plain words (shared notes, and everyone's notes
   * when she does not seal), or also her own notes' hashed words. Hashed tokens begin with a mark
   * no plain word has, so a plain prefix query never reaches them.
   */
  private matchFor(viewer: string, plain: string, terms: readonly QueryTerm[]): string {
    if (!this.vault.seals(viewer)) return plain
    return `(${plain}) OR (${sealedMatch(terms, wordHasher(this.vault, viewer))})`
  }

  /**
   * Her notes salvaged after damage while her key was closed (db/salvage.ts) wait under one
   * marker token; their words are hashed when her key opens.
   */
  private hashAwaiting(profileId: string): void {
    const rows = this.db
      .prepare('SELECT d.rowid, d.title, d.body FROM search_index f JOIN search_docs d ON d.rowid = f.rowid WHERE f.search_index MATCH ? AND d.profile_id = ?')
      .all(`"${AWAITING_WORDS_TOKEN}"`, profileId) as { rowid: number; title: string; body: string }[]
    const hash = wordHasher(this.vault, profileId)
    for (const { rowid, title, body } of rows) {
      this.sql.deleteTokens.run(rowid)
      this.sql.insertTokens.run(rowid, sealedTokens(hash, this.vault.reveal(profileId, title), this.vault.reveal(profileId, body)))
    }
  }

  private removeDoc(notebook: string, refId: string): void {
    const row = this.sql.find.get(notebook, refId) as { rowid: number } | undefined
    if (!row) return
    this.sql.deleteTokens.run(row.rowid)
    this.sql.deleteDoc.run(row.rowid)
  }

  /** `hashers`: the batch's word hashers by profile (see wordHasher). */
  private write(doc: SearchDoc, hashers: Map<string, WordHasher>): boolean {
    const owner = doc.profileId
    const sealed = owner !== null && this.vault.seals(owner)
    if (sealed && this.vault.state(owner) === 'closed') {
      this.removeDoc(doc.notebook, doc.refId)
      return false
    }
    let tokens: string
    if (sealed) {
      let hash = hashers.get(owner)
      if (hash === undefined) hashers.set(owner, (hash = wordHasher(this.vault, owner)))
      tokens = sealedTokens(hash, doc.title, doc.body)
    } else tokens = indexText(doc.title, doc.body)
    const values = {
      notebook: doc.notebook,
      ref: doc.refId,
      profile: doc.profileId,
      title: this.vault.seal(doc.profileId, doc.title),
      body: this.vault.seal(doc.profileId, doc.body),
      kind: doc.kind ?? null,
      status: doc.status ?? null,
      author: doc.author ?? '',
      at: doc.at,
    }
    const existing = this.sql.find.get(doc.notebook, doc.refId) as { rowid: number } | undefined
    let rowid: number
    if (existing) {
      rowid = existing.rowid
      this.sql.updateDoc.run({ ...values, rowid })
      this.sql.deleteTokens.run(rowid)
    } else {
      rowid = Number(this.sql.insertDoc.run(values).lastInsertRowid)
    }
    this.sql.insertTokens.run(rowid, tokens)
    return true
  }

  /**
   * Her notes indexed before she had a key: title and body sealed, words hashed, a batch at a
   * time. Deleting a note's plain words only marks them deleted inside FTS5's segments, where
   * they stay readable until a merge rewrites them (hers re-indexed here or by a notebook's own
   * pass, and those of notes she deleted earlier); so the index is then rewritten whole
   * ('optimize': about as long as indexing every note again, once, when she sets her passphrase).
   */
  private sealProfileInSlices(profileId: string): () => boolean {
    const batch = this.db.prepare('SELECT rowid, title, body FROM search_docs WHERE profile_id = ? AND rowid > ? ORDER BY rowid LIMIT ?')
    const store = this.db.prepare('UPDATE search_docs SET title = ?, body = ? WHERE rowid = ?')
    let after = 0
    // One batch per step (the vault runs steps in slices, with main free in between).
    return () => {
      const rows = batch.all(profileId, after, SEAL_BATCH) as { rowid: number; title: string; body: string }[]
      if (rows.length === 0) {
        this.db.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')").run()
        return true
      }
      const hash = wordHasher(this.vault, profileId)
      for (const { rowid, title, body } of rows) {
        // Already sealed: written by a notebook's own pass, or since she set her passphrase.
        if (title.startsWith(SEALED_PREFIX) || body.startsWith(SEALED_PREFIX)) continue
        store.run(this.vault.seal(profileId, title), this.vault.seal(profileId, body), rowid)
        this.sql.deleteTokens.run(rowid)
        this.sql.insertTokens.run(rowid, sealedTokens(hash, title, body))
      }
      after = rows.at(-1)!.rowid
      return false
    }
  }
}

function inList(column: string, name: string, values: readonly string[] | undefined, params: Record<string, unknown>): string {
  if (!values || values.length === 0) return ''
  const names = values.map((v, i) => {
    params[`${name}${i}`] = v
    return `@${name}${i}`
  })
  return ` AND d.${column} IN (${names.join(', ')})`
}

function filterSql(filters: SearchFilters): { where: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {}
  let where = inList('notebook', 'nb', filters.notebooks, params) + inList('kind', 'kd', filters.kinds, params) + inList('status', 'st', filters.statuses, params)
  if (filters.from !== undefined) {
    where += ' AND d.at >= @from'
    params.from = filters.from
  }
  if (filters.to !== undefined) {
    where += ' AND d.at < @to'
    params.to = filters.to
  }
  if (filters.author) {
    where += ' AND instr(d.author, @author) > 0'
    params.author = filters.author
  }
  return { where, params }
}
