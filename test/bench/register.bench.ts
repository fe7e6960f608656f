// The issue register and the search over every notebook, on one generated database that grows
// from 100k to 1M notes: search latency (2-character words, longer phrases, order numbers)
// beside LIKE '%q%' asked the same question on the same rows (first page + capped count),
// index size against the text it indexes, durable save latency, and a week's report.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { SEARCH_COUNT_CAP, type SearchDoc } from '../../src/main/services/search/search-index'
import type { AppContext } from '../../src/main/app-context'
import { openTestContext } from '../helpers/app-context'
import { LONG_QUERIES, noteGenerator, TWO_CHAR_QUERIES } from './register-notes'
import { median, percentile, result, type BenchResult } from './results'

const PAGE = 20
const CHUNK = 50_000

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

function fill(ctx: AppContext, profileId: string, from: number, to: number, orderNos: string[]): void {
  const next = noteGenerator(7)
  // Replay the generator up to `from` so the 1M database extends the 100k one deterministically.
  for (let i = 0; i < from; i++) next(i)
  const start = Date.UTC(2025, 0, 1)
  for (let base = from; base < to; base += CHUNK) {
    const docs: SearchDoc[] = []
    for (let i = base; i < Math.min(to, base + CHUNK); i++) {
      const note = next(i)
      if (i % 997 === 0) orderNos.push(note.orderNo)
      // Most notes private to the agent, a fifth shared (handover), like a busy shop's year.
      const shared = i % 5 === 0
      docs.push({
        notebook: shared ? 'handover' : 'register',
        refId: `n${i}`,
        profileId: shared ? null : profileId,
        title: note.title,
        body: note.body,
        at: start + i * 30_000,
        kind: note.kind,
        status: note.kind === 'followup' ? 'todo' : 'unanswered',
        author: '小美（KF017）',
      })
    }
    ctx.services.searchIndex.upsertMany(docs)
  }
  // Measure the settled database an agent would have, not the bulk load's write-ahead log.
  ctx.services.db.pragma('wal_checkpoint(TRUNCATE)')
}

function likeSearch(ctx: AppContext, profileId: string, query: string): void {
  const pattern = `%${query}%`
  const where = `(title LIKE @p OR body LIKE @p) AND (profile_id = @viewer OR profile_id IS NULL)`
  const db = ctx.services.db
  db.prepare(`SELECT notebook, ref_id, title, body FROM search_docs WHERE ${where} ORDER BY rowid DESC LIMIT ${PAGE}`).all({ p: pattern, viewer: profileId })
  db.prepare(`SELECT count(*) FROM (SELECT 1 FROM search_docs WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1})`).get({ p: pattern, viewer: profileId })
}

function measure(queries: readonly string[], reps: number, run: (q: string) => void): number[] {
  const samples: number[] = []
  for (let r = 0; r < reps; r++) for (const q of queries) samples.push(time(() => run(q)))
  return samples
}

function searchFigures(ctx: AppContext, profileId: string, size: string, orderNos: string[], all: boolean): BenchResult[] {
  const out: BenchResult[] = []
  const search = (q: string) => ctx.services.searchIndex.search(q, {}, 1, PAGE)
  const sets: [string, string, readonly string[]][] = [
    ['2char', '2-character Chinese words', TWO_CHAR_QUERIES],
    ['3char', '3+-character phrases', LONG_QUERIES],
    ['orderno', 'order numbers (19 digits)', orderNos.slice(-20)],
  ]
  // LIKE scans every row for a rare word (about half a second a query at 1M here), so at 1M both
  // sides get fewer rounds; they always get the same warm-up round and the same samples.
  const rounds = size === '1m' ? 3 : 10
  for (const [id, what, queries] of sets) {
    if (!all && id !== '2char') continue
    const like = (q: string) => likeSearch(ctx, profileId, q)
    measure(queries, 1, search) // warm the page cache and the statements, for both
    measure(queries, 1, like)
    const fts = measure(queries, rounds, search)
    const likes = measure(queries, rounds, like)
    out.push(
      result({
        id: `search.p95.${id}.${size}`,
        what: `search p95, ${what}, ${size} notes (p50 ${median(fts).toFixed(2)} ms; ${fts.length} samples each after 1 warm-up round)`,
        unit: 'ms',
        value: percentile(fts, 95),
        baseline: { what: `LIKE '%q%', same page and count (p50 ${median(likes).toFixed(1)} ms)`, value: percentile(likes, 95) },
        params: { notes: size, queries: queries.length, rounds, warmUpRounds: 1, samples: fts.length, likeSamples: likes.length, p50: Number(median(fts).toFixed(3)), likeP50: Number(median(likes).toFixed(3)) },
      }),
    )
  }
  return out
}

function indexRatio(ctx: AppContext): BenchResult {
  const db = ctx.services.db
  const bytes = (like: string) => (db.prepare(`SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE ?`).get(like) as { n: number }).n
  const textBytes = (db.prepare('SELECT sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))) AS n FROM search_docs').get() as { n: number }).n
  const index = bytes('search_index%')
  return result({
    id: 'search.index.ratio',
    what: 'FTS5 bigram index size / UTF-8 text size (1M notes)',
    unit: 'ratio',
    value: index / textBytes,
    baseline: null,
    params: { indexBytes: index, textBytes, docsTableBytes: bytes('search_docs%') },
  })
}

function saveLatency(ctx: AppContext): BenchResult {
  const { issueRegister: r, searchIndex } = ctx.services
  const next = noteGenerator(99)
  const save = (i: number) => {
    const note = next(i)
    return time(() => r.create({ kind: 'question', text: note.title, answer: note.body }))
  }
  // Saves do not merge index segments (automerge is off); SearchUpkeep's timer does, between
  // saves. That merge is work a save causes, so each sample is the save plus the merge after it.
  const tidySeconds = time(() => {
    while (searchIndex.tidy(2000));
  }) / 1000
  const saves: number[] = []
  const mergeOnly: number[] = []
  for (let i = 0; i < 200; i++) {
    const saved = save(i)
    const merged = time(() => searchIndex.tidy())
    saves.push(saved + merged)
    mergeOnly.push(merged)
  }
  // Saves in a burst, with no merge between them, for comparison.
  const burst: number[] = []
  for (let i = 200; i < 400; i++) burst.push(save(i))
  const db = ctx.services.db
  db.exec('CREATE TABLE IF NOT EXISTS bench_plain (id INTEGER PRIMARY KEY, text TEXT, answer TEXT) STRICT')
  const insert = db.prepare('INSERT INTO bench_plain (text, answer) VALUES (?, ?)')
  const plain: number[] = []
  for (let i = 0; i < 200; i++) {
    const note = next(1000 + i)
    plain.push(time(() => insert.run(note.title, note.body)))
  }
  return result({
    id: 'register.save.p99',
    what: `save one entry durably (entry + index, synchronous=FULL) plus the index merge that follows it, p99 (p50 ${median(saves).toFixed(2)} ms; 200 saves each), 1M-note database`,
    unit: 'ms',
    value: percentile(saves, 99),
    baseline: { what: `one plain durable INSERT of the same text (p50 ${median(plain).toFixed(2)} ms)`, value: percentile(plain, 99) },
    params: {
      saves: saves.length,
      p50: Number(median(saves).toFixed(3)),
      plainP50: Number(median(plain).toFixed(3)),
      mergeP50: Number(median(mergeOnly).toFixed(3)),
      mergeP99: Number(percentile(mergeOnly, 99).toFixed(3)),
      burstP50: Number(median(burst).toFixed(3)),
      burstP99: Number(percentile(burst, 99).toFixed(3)),
      initialTidySeconds: Number(tidySeconds.toFixed(1)),
    },
  })
}

async function reportWeek(ctx: AppContext, profileId: string): Promise<BenchResult> {
  const { issueRegister, db, report } = ctx.services
  const next = noteGenerator(5)
  const weekStart = Date.UTC(2026, 10, 16, -8)
  const clock = { base: weekStart }
  db.transaction(() => {
    for (let i = 0; i < 5000; i++) {
      const note = next(i)
      const entry =
        note.kind === 'followup'
          ? { kind: 'followup' as const, text: note.title, followUp: { customer: `tb_${i}`, orderNo: note.orderNo, dueAt: clock.base + i * 100_000 + 86_400_000, promised: '明天回复' } }
          : { kind: note.kind, text: note.title, answer: i % 3 === 0 ? '' : note.body }
      const created = issueRegister.create(entry)
      db.prepare('UPDATE register_entries SET created_at = ?, updated_at = ? WHERE id = ?').run(clock.base + i * 100_000, clock.base + i * 100_000, created.id)
    }
  })()
  const period = { from: weekStart, to: weekStart + 7 * 86_400_000, label: '2026-11-16 至 2026-11-22', utcOffsetMinutes: 480 }
  const rows = issueRegister.entriesTouchedIn(profileId, period.from, period.to).length
  const runs: number[] = []
  for (let i = 0; i < 3; i++) {
    const start = performance.now()
    await report.render(period, 'xlsx')
    runs.push(performance.now() - start)
  }
  const reads = [0, 1, 2].map(() => time(() => issueRegister.entriesTouchedIn(profileId, period.from, period.to)))
  return result({
    id: 'report.week.5000',
    what: `week report as XLSX, ${rows} entries (median of 3)`,
    unit: 'ms',
    value: median(runs),
    baseline: { what: 'reading the same entries from SQLite', value: median(reads) },
    params: { entries: rows, runs: runs.length },
  })
}

export async function registerBench(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-register-bench-'))
  const ctx = openTestContext(dir, { newId: (() => { let n = 0; return () => `b${++n}` })() })
  try {
    const profileId = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' }).id
    ctx.services.session.switchTo(profileId)
    const orderNos: string[] = []
    const results: BenchResult[] = []
    const fillSeconds = (from: number, to: number) => time(() => fill(ctx, profileId, from, to, orderNos)) / 1000
    const first = fillSeconds(0, 100_000)
    results.push(...searchFigures(ctx, profileId, '100k', orderNos, false))
    const rest = fillSeconds(100_000, 1_000_000)
    results.push(...searchFigures(ctx, profileId, '1m', orderNos, true))
    // How long indexing takes is worth knowing too (a shop importing a year of notes).
    for (const r of results) r.params.indexedSeconds = Number((r.params.notes === '100k' ? first : first + rest).toFixed(1))
    results.push(indexRatio(ctx))
    results.push(saveLatency(ctx))
    results.push(await reportWeek(ctx, profileId))
    return results
  } finally {
    ctx.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
