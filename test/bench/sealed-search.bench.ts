// What a personal passphrase (issue 16, 1.2) costs the one search box: the same notes in two data
// folders, one agent's private notes kept plain in one and sealed (keyed-hash index words) in the
// other, measured in turns in one run: 2-character search p95, the index's size, and the one-off
// first-seal pass (re-indexing her notes hashed and rewriting the index) when she sets it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import type { AppContext } from '../../src/main/app-context'
import { dispatch } from '../../src/main/ipc/dispatch'
import type { SearchDoc } from '../../src/main/services/search/search-index'
import { openTestContext } from '../helpers/app-context'
import { noteGenerator, TWO_CHAR_QUERIES } from './register-notes'
import { median, percentile, result, type BenchResult } from './results'

/** SHIFTDESK_BENCH_SEALED_ROWS for a quick trial; hashing every word makes 1M too slow to seed here. */
const ROWS = Number(process.env.SHIFTDESK_BENCH_SEALED_ROWS ?? 100_000)
const CHUNK = 20_000
const SEARCH_REPS = 10
const PASSPHRASE = '夜班小美的口令是蓝色月亮'

function time(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

/** The register bench's mix: four in five notes private to the agent, one in five shared. */
function fill(ctx: AppContext, profileId: string): void {
  const next = noteGenerator(7)
  for (let base = 0; base < ROWS; base += CHUNK) {
    const docs: SearchDoc[] = []
    for (let i = base; i < Math.min(ROWS, base + CHUNK); i++) {
      const note = next(i)
      const shared = i % 5 === 0
      docs.push({ notebook: shared ? 'handover' : 'register', refId: `n${i}`, profileId: shared ? null : profileId, title: note.title, body: note.body, at: i, kind: note.kind, author: '小美（KF017）' })
    }
    ctx.services.searchIndex.upsertMany(docs)
  }
}

function indexBytes(ctx: AppContext): number {
  ctx.services.db.pragma('wal_checkpoint(TRUNCATE)')
  return (ctx.services.db.prepare("SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name LIKE 'search_index%'").get() as { n: number }).n
}

export async function sealedSearchBench(): Promise<BenchResult[]> {
  const dirs = [mkdtempSync(join(tmpdir(), 'shiftdesk-bench-search-plain-')), mkdtempSync(join(tmpdir(), 'shiftdesk-bench-search-sealed-'))]
  const contexts = dirs.map((dir) => openTestContext(dir))
  try {
    const agents = contexts.map((ctx) => {
      const mei = ctx.services.profiles.create({ displayName: '小美', agentId: 'KF017', chatAccounts: [], language: 'zh-CN' })
      ctx.services.session.switchTo(mei.id)
      fill(ctx, mei.id)
      return mei
    })
    const sealed = contexts[1]!
    // She sets her passphrase on a full index: the production scrypt cost is part of what she waits for.
    // Main's longest stall meanwhile: the re-indexing runs in slices with main free in between.
    const loop = monitorEventLoopDelay({ resolution: 10 })
    loop.enable()
    const t0 = performance.now()
    const answer = await dispatch(sealed.handlers, 'profiles:setPassphrase', { passphrase: PASSPHRASE }, () => undefined)
    const firstSealMs = performance.now() - t0
    loop.disable()
    const firstSealStallMs = loop.max / 1e6
    if (!answer.ok || sealed.services.vault.state(agents[1]!.id) !== 'open') throw new Error('setting the passphrase failed')
    for (const ctx of contexts) while (ctx.services.searchIndex.tidy(2000));
    const bytes = contexts.map(indexBytes)
    const search = contexts.map((ctx) => (q: string) => ctx.services.searchIndex.search(q, {}, 1, 20))
    for (const q of TWO_CHAR_QUERIES) for (const s of search) s(q) // the same warm-up on both sides
    const samples: number[][] = [[], []]
    for (let r = 0; r < SEARCH_REPS; r++) for (const q of TWO_CHAR_QUERIES) search.forEach((s, side) => samples[side]!.push(time(() => s(q))))
    const [plainMs, sealedMs] = samples as [number[], number[]]
    const params = { notes: ROWS, privateShare: 0.8, samples: sealedMs.length }
    return [
      result({
        id: 'search.p95.2char.sealed',
        what: `search p95, 2-character Chinese words, ${ROWS.toLocaleString('en')} notes, the agent's private notes sealed (hashed index words; p50 ${median(sealedMs).toFixed(2)} ms)`,
        unit: 'ms',
        value: percentile(sealedMs, 95),
        baseline: { what: `the same notes and queries without a personal passphrase, same run, in turns (p50 ${median(plainMs).toFixed(2)} ms)`, value: percentile(plainMs, 95) },
        params,
      }),
      result({
        id: 'search.index.bytes.sealed',
        what: `FTS5 index size, ${ROWS.toLocaleString('en')} notes, private notes' words hashed (pairs, each character, each word's leading parts)`,
        unit: 'bytes',
        value: bytes[1]!,
        baseline: { what: 'the same notes indexed plain', value: bytes[0]! },
        params: { notes: ROWS },
      }),
      result({
        id: 'security.first-seal.search',
        what: `setting a personal passphrase with ${(ROWS * 0.8).toLocaleString('en')} private notes indexed: scrypt, then re-indexing them sealed (a batch of 500 per transaction, main free in between) and rewriting the index`,
        unit: 'ms',
        value: firstSealMs,
        baseline: null,
        params: { notes: ROWS, privateNotes: ROWS * 0.8 },
      }),
      result({
        id: 'security.first-seal.search.main-stall',
        what: "main's longest event-loop stall while that first seal ran (the final index rewrite is one step)",
        unit: 'ms',
        value: firstSealStallMs,
        baseline: { what: 'the whole first seal, as main was held before it ran in slices', value: firstSealMs },
        params: { notes: ROWS, privateNotes: ROWS * 0.8 },
      }),
    ]
  } finally {
    for (const ctx of contexts) ctx.close()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }
}
