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
import { parseSearchQuery, searchSnippet, indexText } from '../../../shared/domain'
import type { SearchFilters, SearchHit, SearchPage } from '../../../shared/ipc/search'
import type { Db } from '../../db/connection'

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

type HitRow = { notebook: string; ref_id: string; title: string; body: string; kind: string | null; status: string | null; author: string; at: number }

type Viewer = { requireProfileId(): string }

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
  private readonly upsertOne: (doc: SearchDoc) => void
  private readonly upsertAll: (docs: Iterable<SearchDoc>) => number
  private readonly removeOne: (notebook: string, refId: string) => void

  constructor(
    private readonly db: Db,
    private readonly session: Viewer,
  ) {
    this.sql = statements(db)
    // IMMEDIATE, as the write seam's (db/write-seam.ts): index writes read before they write.
    this.upsertOne = db.transaction((doc: SearchDoc) => this.write(doc)).immediate
    this.upsertAll = db.transaction((docs: Iterable<SearchDoc>) => {
      let n = 0
      for (const doc of docs) {
        this.write(doc)
        n++
      }
      return n
    }).immediate
    this.removeOne = db.transaction((notebook: string, refId: string) => {
      const row = this.sql.find.get(notebook, refId) as { rowid: number } | undefined
      if (!row) return
      this.sql.deleteTokens.run(row.rowid)
      this.sql.deleteDoc.run(row.rowid)
    }).immediate
  }

  upsert(doc: SearchDoc): void {
    this.upsertOne(doc)
  }

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
    const bound = { ...params, match: parsed.match, viewer }
    const rows = this.db
      .prepare(`SELECT d.notebook, d.ref_id, d.title, d.body, d.kind, d.status, d.author, d.at ${from} ORDER BY f.rowid DESC LIMIT @limit OFFSET @offset`)
      .all({ ...bound, limit: pageSize, offset: (page - 1) * pageSize }) as HitRow[]
    const counted = this.db.prepare(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${SEARCH_COUNT_CAP + 1})`).get(bound) as { n: number }
    const hits: SearchHit[] = rows.map((r) => ({
      notebook: r.notebook,
      refId: r.ref_id,
      kind: r.kind,
      status: r.status,
      author: r.author,
      at: r.at,
      title: searchSnippet(r.title, parsed.terms, 80),
      snippet: searchSnippet(r.body, parsed.terms, 120),
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
      .all({ ...params, match: parsed.match, viewer }) as string[]
  }

  private write(doc: SearchDoc): void {
    const tokens = indexText(doc.title, doc.body)
    const values = {
      notebook: doc.notebook,
      ref: doc.refId,
      profile: doc.profileId,
      title: doc.title,
      body: doc.body,
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
