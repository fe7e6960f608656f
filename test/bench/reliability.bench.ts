// Start-up and memory with a million notebook rows (beside the same with an empty database),
// the online backup of that database (beside a plain file copy made just as durable), and the
// full kill test (200 SIGKILLs, as CI runs it), whose lost entries are counted, not asserted.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DATABASE_FILE } from '../../src/main/app-context'
import { syncDir, syncFile } from '../../src/main/db/sqlite-file'
import { openTestContext } from '../helpers/app-context'
import { bundleChild } from '../reliability/bundle'
import { runKillTest } from '../reliability/kill-harness'
import { seedFrom } from '../reliability/prng'
import { median, result, type BenchResult } from './results'
import { seedNotebooks } from './seed-notebooks'

const ROOT = resolve(__dirname, '../..')
const ROWS = 1_000_000
const RUNS = 5
/** As CI's full run (.ci/run); `npm test` runs a reduced one. */
const KILLS = 200

type Ready = { readyMs: number; rssBytes: number }

function measureStarts(child: string, dataDir: string): Ready {
  const samples: Ready[] = []
  for (let i = 0; i < RUNS; i++) {
    samples.push(JSON.parse(execFileSync(process.execPath, [child, dataDir], { cwd: ROOT, encoding: 'utf8' })) as Ready)
  }
  return { readyMs: median(samples.map((s) => s.readyMs)), rssBytes: median(samples.map((s) => s.rssBytes)) }
}

export async function reliabilityBench(): Promise<BenchResult[]> {
  const child = await bundleChild(join(__dirname, 'ready-child.ts'), 'ready-child')
  const emptyDir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-empty-'))
  const fullDir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-1m-'))
  const copyDir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-copy-'))
  try {
    openTestContext(emptyDir).close()
    const perTable = await seedNotebooks(fullDir, ROWS)
    const seeded = Object.values(perTable).reduce((a, b) => a + b, 0)
    const split = Object.entries(perTable)
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')
    const empty = measureStarts(child.file, emptyDir)
    const full = measureStarts(child.file, fullDir)

    // The daily backup of that database, with the online backup API, beside copying the closed
    // file with the same durability steps the backup takes: copy, fsync, rename, fsync the folder.
    const file = join(fullDir, DATABASE_FILE)
    let started = performance.now()
    const partial = join(copyDir, 'plain-copy.db.partial')
    copyFileSync(file, partial)
    syncFile(partial)
    renameSync(partial, join(copyDir, 'plain-copy.db'))
    syncDir(copyDir)
    const plainCopyMs = performance.now() - started
    const ctx = openTestContext(fullDir)
    started = performance.now()
    const backup = await ctx.services.backups.backUpNow()
    const backupMs = performance.now() - started
    ctx.close()

    const seed = seedFrom(process.env.SEED)
    // Measured, not asserted (the kill test in test/reliability asserts): a failure stops the
    // run, so kills then counts the runs made and the failures are recorded beside it.
    const kills = await runKillTest({ kills: KILLS, seed })
    for (const failure of kills.failures) console.error(`  kill test: ${failure}`)

    const params = { rows: seeded, tables: split, runs: RUNS, statistic: 'median', databaseBytes: statSync(file).size }
    return [
      result({
        id: 'startup.ready.1m',
        what: `process start to services ready, ${seeded.toLocaleString('en')} notebook rows`,
        unit: 'ms',
        value: full.readyMs,
        baseline: { what: 'same, empty database', value: empty.readyMs },
        params,
      }),
      result({
        id: 'memory.rss.1m',
        what: `resident memory once services are ready, ${seeded.toLocaleString('en')} notebook rows`,
        unit: 'bytes',
        value: full.rssBytes,
        baseline: { what: 'same, empty database', value: empty.rssBytes },
        params,
      }),
      result({
        id: 'backup.1m',
        what: `online backup (SQLite backup API) of the ${(statSync(file).size / 1024 ** 2).toFixed(0)} MB database`,
        unit: 'ms',
        value: backupMs,
        baseline: { what: 'copying the closed file, fsync\'d and renamed like the backup', value: plainCopyMs },
        params: { bytes: backup.bytes },
      }),
      result({
        id: 'reliability.kills',
        what: `SIGKILLs made (of ${KILLS} planned) while saving issue-register entries, each followed by integrity_check and a check of every acknowledged entry`,
        unit: 'count',
        value: kills.kills,
        baseline: null,
        params: { planned: KILLS, seed: kills.seed, acknowledged: kills.acknowledged, duringStartup: kills.startupKills, duringBackup: kills.backupRuns, failures: kills.failures.length },
      }),
      result({
        id: 'reliability.lost',
        what: `acknowledged entries missing after a kill (the worst run; ${kills.acknowledged} acknowledged in all, ${kills.failures.length} failed runs)`,
        unit: 'count',
        value: kills.lost,
        baseline: null,
        params: { seed: kills.seed, acknowledged: kills.acknowledged, failures: kills.failures.length },
      }),
    ]
  } finally {
    child.remove()
    for (const dir of [emptyDir, fullDir, copyDir]) rmSync(dir, { recursive: true, force: true })
  }
}
