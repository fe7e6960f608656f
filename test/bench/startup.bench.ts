// Time from process start to services ready (preferences, open + migrate), on an empty data
// folder and on one holding 100k rows (ready-child.ts); beside a bare Node process that loads
// only the SQLite driver and opens the same file (startup-bare-child.ts). Both are bundled and
// started with plain `node`, the way the built app starts: no TypeScript compiled at start.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openTestContext } from '../helpers/app-context'
import { bundleChild } from '../reliability/bundle'
import { median, result, type BenchResult } from './results'

const ROOT = resolve(__dirname, '../..')
const RUNS = 7

function timeChild(bundle: string, dataDir: string): number {
  const samples: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(process.execPath, [bundle, dataDir], { cwd: ROOT, encoding: 'utf8' })
    samples.push((JSON.parse(out) as { readyMs: number }).readyMs)
  }
  return median(samples)
}

/** Fills the database with `rows` profile rows: the only table this stage of the app has. */
export function seedRows(dataDir: string, rows: number): void {
  const ctx = openTestContext(dataDir)
  const insert = ctx.services.db.prepare('INSERT INTO profiles (id, display_name, agent_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  ctx.services.db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(`seed-${i}`, `客服${i}`, `KF${i}`, i, i)
  })()
  ctx.close()
}

export async function startupBench(): Promise<BenchResult[]> {
  const app = await bundleChild(join(__dirname, 'ready-child.ts'), 'ready-child')
  const bare = await bundleChild(join(__dirname, 'startup-bare-child.ts'), 'startup-bare-child')
  const results: BenchResult[] = []
  try {
    for (const [id, rows] of [['startup.ready.empty', 0], ['startup.ready.100k', 100_000]] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-'))
      if (rows > 0) seedRows(dir, rows)
      else openTestContext(dir).close()
      const baseline = timeChild(bare.file, dir)
      const value = timeChild(app.file, dir)
      rmSync(dir, { recursive: true, force: true })
      results.push(
        result({
          id,
          what: `process start (bundled, plain node) to services ready (${rows} rows), median of ${RUNS} each`,
          unit: 'ms',
          value,
          baseline: { what: 'bare Node process loading only the SQLite driver, opening the same file', value: baseline },
          params: { rows, runs: RUNS, statistic: 'median' },
        }),
      )
    }
  } finally {
    app.remove()
    bare.remove()
  }
  return results
}
