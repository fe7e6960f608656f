// What encryption at rest costs an agent, measured on the same 1M-row data folder twice in one
// run: the plaintext folder as seeded, and its copy after the plaintext→encrypted upgrade (so both
// hold identical rows). Each side gets the same warm-up and sample count: start-up to services
// ready (median of child processes, as startup.ready.1m), one durable save p99 (as
// register.save.p99) and 2-character search p95 (as search.p95.2char.1m).
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { DATABASE_FILE } from '../../src/main/app-context'
import { BACKUPS_DIR } from '../../src/main/db/backup-files'
import { encryptDataFolder } from '../../src/main/db/encrypt-upgrade'
import { openTestContext } from '../helpers/app-context'
import { bundleChild } from '../reliability/bundle'
import { noteGenerator, TWO_CHAR_QUERIES } from './register-notes'
import { median, percentile, result, type BenchResult } from './results'
import { seedNotebooks } from './seed-notebooks'

const ROOT = resolve(__dirname, '../..')
/** SHIFTDESK_BENCH_CIPHER_ROWS makes a quick trial run possible; the recorded figure uses 1M. */
const ROWS = Number(process.env.SHIFTDESK_BENCH_CIPHER_ROWS ?? 1_000_000)
const STARTS = 5
const SAVES = 200
const SEARCH_REPS = 10

type Side = { readyMs: number; saveMs: number[]; searchMs: number[] }

function time(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

function measureSide(child: string, dataDir: string, key: string | null): Side {
  const starts: number[] = []
  for (let i = 0; i < STARTS; i++) {
    const args = key === null ? [child, dataDir] : [child, dataDir, key]
    starts.push((JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' })) as { readyMs: number }).readyMs)
  }
  const ctx = openTestContext(dataDir, { databaseKey: key })
  try {
    const { profiles, session, issueRegister, searchIndex } = ctx.services
    session.switchTo(profiles.list()[0]!.id)
    while (searchIndex.tidy(2000));
    const search = (q: string) => searchIndex.search(q, {}, 1, 20)
    for (const q of TWO_CHAR_QUERIES) search(q) // the same warm-up on both sides
    const searchMs: number[] = []
    for (let r = 0; r < SEARCH_REPS; r++) for (const q of TWO_CHAR_QUERIES) searchMs.push(time(() => search(q)))
    const next = noteGenerator(99)
    const saveMs: number[] = []
    for (let i = 0; i < SAVES; i++) {
      const note = next(i)
      saveMs.push(time(() => issueRegister.create({ kind: 'question', text: note.title, answer: note.body })))
      searchIndex.tidy()
    }
    return { readyMs: median(starts), saveMs, searchMs }
  } finally {
    ctx.close()
  }
}

export async function cipherOverheadBench(): Promise<BenchResult[]> {
  const child = await bundleChild(join(__dirname, 'ready-child.ts'), 'ready-child')
  const plainDir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-plain-'))
  const encDir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-enc-'))
  try {
    const perTable = await seedNotebooks(plainDir, ROWS)
    const rows = Object.values(perTable).reduce((a, b) => a + b, 0)
    cpSync(plainDir, encDir, { recursive: true })
    const key = randomBytes(32).toString('hex')
    const file = join(encDir, DATABASE_FILE)
    const upgradeMs = time(() => encryptDataFolder(file, join(encDir, BACKUPS_DIR), key))
    const copyMs = time(() => cpSync(join(plainDir, DATABASE_FILE), join(plainDir, 'copy.db')))
    rmSync(join(plainDir, 'copy.db'))
    const plain = measureSide(child.file, plainDir, null)
    const encrypted = measureSide(child.file, encDir, key)
    const params = { rows, cipher: 'sqlcipher', databaseBytes: statSync(file).size }
    return [
      result({
        id: 'startup.ready.1m.encrypted',
        what: `process start to services ready, ${rows.toLocaleString('en')} notebook rows, encrypted database (median of ${STARTS})`,
        unit: 'ms',
        value: encrypted.readyMs,
        baseline: { what: 'the same rows in a plaintext database, same run', value: plain.readyMs },
        params: { ...params, starts: STARTS },
      }),
      result({
        id: 'register.save.p99.encrypted',
        what: `save one entry durably (entry + index, synchronous=FULL), p99, ${rows.toLocaleString('en')}-row encrypted database (p50 ${median(encrypted.saveMs).toFixed(2)} ms)`,
        unit: 'ms',
        value: percentile(encrypted.saveMs, 99),
        baseline: { what: `the same saves into the plaintext database (p50 ${median(plain.saveMs).toFixed(2)} ms)`, value: percentile(plain.saveMs, 99) },
        params: { ...params, saves: SAVES },
      }),
      result({
        id: 'search.p95.2char.1m.encrypted',
        what: `search p95, 2-character Chinese words, ${rows.toLocaleString('en')}-row encrypted database (p50 ${median(encrypted.searchMs).toFixed(2)} ms)`,
        unit: 'ms',
        value: percentile(encrypted.searchMs, 95),
        baseline: { what: `the same queries on the plaintext database (p50 ${median(plain.searchMs).toFixed(2)} ms)`, value: percentile(plain.searchMs, 95) },
        params: { ...params, samples: encrypted.searchMs.length },
      }),
      result({
        id: 'security.encrypt-upgrade.1m',
        what: `turning protection on: encrypting the ${rows.toLocaleString('en')}-row plaintext database (copy, verify, swap, shred)`,
        unit: 'ms',
        value: upgradeMs,
        baseline: { what: 'copying the closed plaintext file', value: copyMs },
        params,
      }),
    ]
  } finally {
    child.remove()
    rmSync(plainDir, { recursive: true, force: true })
    rmSync(encDir, { recursive: true, force: true })
  }
}
