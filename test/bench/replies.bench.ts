// Quick-reply search (issue #3), each figure beside its baseline from the same run:
// - per-keystroke search latency at 1k, 10k and 100k replies, p50 and p99, beside Fuse.js on
//   the same documents (given the same precomputed pinyin) and the same keystrokes;
// - building the renderer's index for 10k replies read back from SQLite, beside Fuse.js
//   building its index on the same documents;
// - keystroke to painted result list in Chromium at 10k replies, beside the same at 100;
// - heap taken by the index of 100k replies, beside the heap of the documents themselves.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Fuse from 'fuse.js'
import { buildReplyIndex, type ReplyDoc } from '../../src/shared/domain'
import { ALL_TAB, RESULT_LIMIT, ReplySearch } from '../../src/renderer/features/replies/reply-search'
import { openTestContext } from '../helpers/app-context'
import { keystrokeQueries, syntheticDocs } from './replies-data'
import { measureKeystrokes } from './replies-render'
import { medianResult, percentile, result, type BenchResult } from './results'
import { fillReplyLibrary, signInAgent } from './seed-agent'
import { withTempDir } from './temp-dir'

const ROOT = resolve(__dirname, '../..')
const SIZES = [
  ['1k', 1_000],
  ['10k', 10_000],
  ['100k', 100_000],
] as const

function timeEach(queries: readonly string[], rounds: number, run: (q: string) => unknown): number[] {
  const samples: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t0 = performance.now()
      run(q)
      samples.push(performance.now() - t0)
    }
  }
  return samples
}

function fuseOver(docs: readonly ReplyDoc[]) {
  return new Fuse(docs as ReplyDoc[], { keys: ['shortcut', 'title', 'titlePinyin', 'body'], ignoreLocation: true, threshold: 0.3 })
}

/**
 * Fuse scans every document per query (about a second at 100k here), so the larger sizes use
 * fewer rounds and, at 100k, every 4th keystroke. Ours and Fuse.js always get the same
 * keystrokes, the same warm-up rounds and the same number of samples.
 */
const PLAN: Record<number, { every: number; warmUp: number; rounds: number }> = {
  1_000: { every: 1, warmUp: 3, rounds: 10 },
  10_000: { every: 1, warmUp: 1, rounds: 3 },
  100_000: { every: 4, warmUp: 1, rounds: 2 },
}

function searchLatency(docsOf: (n: number) => ReplyDoc[]): BenchResult[] {
  const results: BenchResult[] = []
  for (const [label, n] of SIZES) {
    const plan = PLAN[n]!
    const queries = keystrokeQueries().filter((_, i) => i % plan.every === 0)
    const docs = docsOf(n)
    const index = buildReplyIndex(docs)
    const fuse = fuseOver(docs)
    const oursSearch = (q: string) => index.search(q, RESULT_LIMIT)
    const fuseSearch = (q: string) => fuse.search(q, { limit: RESULT_LIMIT })
    timeEach(queries, plan.warmUp, oursSearch) // warm up (JIT), the same for both
    timeEach(queries, plan.warmUp, fuseSearch)
    const ours = timeEach(queries, plan.rounds, oursSearch)
    const theirs = timeEach(queries, plan.rounds, fuseSearch)
    const params = { replies: n, keystrokes: queries.length, limit: RESULT_LIMIT, warmUpRounds: plan.warmUp, rounds: plan.rounds, samples: ours.length, fuseSamples: theirs.length }
    for (const p of [50, 99] as const) {
      results.push(
        result({
          id: `replies.search.p${p}.${label}`,
          what: `search per keystroke, p${p}, ${n} replies (${ours.length} samples each after ${plan.warmUp} warm-up round${plan.warmUp > 1 ? 's' : ''})`,
          unit: 'ms',
          value: percentile(ours, p),
          baseline: { what: 'Fuse.js on the same replies and keystrokes', value: percentile(theirs, p) },
          params: { ...params, statistic: `p${p}` },
        }),
      )
    }
  }
  return results
}

function indexBuild(): Promise<BenchResult> {
  return withTempDir('replies', (dir) => {
    const ctx = openTestContext(dir)
    signInAgent(ctx.services)
    fillReplyLibrary(ctx.services, 10_000)
    const t0 = performance.now()
    const rows = ctx.services.quickReplies.list()
    const listMs = performance.now() - t0
    ctx.close()
    const build = () => new ReplySearch(rows).prepare({ tab: ALL_TAB, group: '' })
    const docs: ReplyDoc[] = rows.map((r) => ({ id: r.id, title: r.title, body: r.body, shortcut: r.shortcut, titlePinyin: r.titlePinyin }))
    const fuseBuild = () => Fuse.createIndex(['shortcut', 'title', 'titlePinyin', 'body'], docs)
    build() // warm up, the same for both
    fuseBuild()
    const ours = timeEach(['x'], 7, build)
    const fuse = timeEach(['x'], 7, fuseBuild)
    const withoutStoredPinyin = timeEach(['x'], 1, () => buildReplyIndex(docs.map(({ titlePinyin: _omit, ...d }) => d)))[0]!
    return medianResult({
      id: 'replies.index.build.10k',
      what: `build the renderer's index from ${rows.length} stored replies (pinyin precomputed), median of 7 each after 1 warm-up`,
      samples: ours,
      baseline: { what: 'Fuse.js createIndex on the same replies', samples: fuse },
      params: { replies: rows.length, runs: 7, warmUpRuns: 1, readFromSqliteMs: Number(listMs.toFixed(1)), withoutStoredPinyinMs: Number(withoutStoredPinyin.toFixed(1)) },
    })
  })
}

function indexMemory(docs: ReplyDoc[]): Promise<BenchResult> {
  return withTempDir('replies', (dir) => {
    const file = join(dir, 'docs.json')
    writeFileSync(file, JSON.stringify(docs))
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'test/bench/replies-memory-child.ts'), file], { cwd: ROOT, encoding: 'utf8' })
    const { docsBytes, indexBytes } = JSON.parse(out) as { docsBytes: number; indexBytes: number }
    return result({
      id: 'replies.index.memory.100k',
      what: 'heap taken by the index of 100k replies',
      unit: 'bytes',
      value: indexBytes,
      baseline: { what: 'heap of the 100k reply documents themselves', value: docsBytes },
      params: { replies: 100_000, measure: 'heapUsed delta after gc' },
    })
  })
}

async function keystrokeToPaint(): Promise<BenchResult> {
  const baseline = await measureKeystrokes(100)
  const samples = await measureKeystrokes(10_000)
  return medianResult({
    id: 'replies.render.keystroke.10k',
    what: 'Chromium: keystroke to the frame painting the result list, 10k replies (median)',
    samples,
    baseline: { what: 'the same with 100 replies', samples: baseline },
    params: {
      replies: 10_000,
      samples: samples.length,
      p90: Number(percentile(samples, 90).toFixed(1)),
      max: Number(Math.max(...samples).toFixed(1)),
      baselineP90: Number(percentile(baseline, 90).toFixed(1)),
    },
  })
}

export async function repliesBench(): Promise<BenchResult[]> {
  // Each size's documents are made afresh, so a smaller run's heap (and its GC pauses) does
  // not carry the 100k documents of a larger one.
  return [...searchLatency(syntheticDocs), await indexBuild(), await keystrokeToPaint(), await indexMemory(syntheticDocs(100_000))]
}
