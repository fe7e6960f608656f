// What protection costs and what it buys: how fast an offline guesser tries at-rest secrets against
// a stolen keyring (scrypt N=2^17, r=8, p=1, services/at-rest/key-wrap.ts) beside PINs against a
// stolen PIN hash (N=2^15, services/pin-hash.ts), and what SQLCipher-style encryption of the
// database (the driver's `cipher='sqlcipher'`) adds to a single save and to a full scan, and to the
// app's own figures on 1M rows (cipher-overhead.ts), beside the same plaintext file.
import Database from 'better-sqlite3-multiple-ciphers'
import { createHash, randomBytes, scrypt } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { AT_REST_KDF, type KdfParams } from '../../src/main/services/at-rest/key-wrap'
import { MIN_SECRET_BITS } from '../../src/shared/domain/secret-strength'
import { percentile, result, type BenchResult } from './results'

const PIN_PARAMS: KdfParams = { N: 2 ** 15, r: 8, p: 1 }
const GUESS_SECONDS = 8
const YEAR_S = 365 * 24 * 3600
const SAVES = 2000
const SCAN_ROWS = 100_000

/** Guesses per second with every core busy, as an attacker with this machine would run them. */
async function scryptGuessesPerSecond(params: KdfParams): Promise<number> {
  const options = { ...params, maxmem: 128 * params.N * params.r * 2 }
  const salt = randomBytes(16)
  const parallel = Math.max(1, cpus().length)
  let done = 0
  const started = performance.now()
  const deadline = started + GUESS_SECONDS * 1000
  const worker = async (lane: number) => {
    for (let i = 0; performance.now() < deadline; i++) {
      await new Promise<void>((resolve, reject) => scrypt(String((lane * 100_000 + i) % 10_000).padStart(4, '0'), salt, 32, options, (error) => (error ? reject(error) : resolve())))
      done++
    }
  }
  await Promise.all(Array.from({ length: parallel }, (_, lane) => worker(lane)))
  return done / ((performance.now() - started) / 1000)
}

function sha256GuessesPerSecond(): number {
  const started = performance.now()
  let done = 0
  while (performance.now() - started < 1000) {
    for (let i = 0; i < 1000; i++) createHash('sha256').update(String(done++ % 10_000).padStart(4, '0')).digest()
  }
  return done / ((performance.now() - started) / 1000)
}

function openBench(file: string, key: string | null): Database.Database {
  const db = new Database(file)
  if (key !== null) {
    db.pragma("cipher = 'sqlcipher'")
    db.pragma(`key = '${key}'`)
  }
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('secure_delete = ON')
  db.exec('CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, created_at INTEGER NOT NULL) STRICT')
  return db
}

/** p99 of one committed save (one row, its own transaction), and the time of a LIKE scan over SCAN_ROWS rows. */
function saveAndScan(dir: string, key: string | null): { saveP99: number; scanMs: number } {
  const db = openBench(join(dir, key === null ? 'plain.db' : 'encrypted.db'), key)
  const insert = db.prepare('INSERT INTO notes (text, created_at) VALUES (?, ?)')
  const samples: number[] = []
  for (let i = 0; i < SAVES; i++) {
    const t0 = performance.now()
    insert.run(`客户 tb_阿花${i} 问：订单 40123456789${i} 什么时候发货，电话 1380013${String(i).padStart(4, '0')}`, i)
    samples.push(performance.now() - t0)
  }
  db.transaction(() => {
    for (let i = 0; i < SCAN_ROWS; i++) insert.run(`第${i}条：${'客户问能不能开发票'.repeat(4)}`, i)
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  const scans: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    db.prepare("SELECT count(*) FROM notes WHERE text LIKE '%物流%'").pluck().get()
    scans.push(performance.now() - t0)
  }
  db.close()
  return { saveP99: percentile(samples, 99), scanMs: percentile(scans, 50) }
}

export async function securityBench(): Promise<BenchResult[]> {
  const guesses = await scryptGuessesPerSecond(AT_REST_KDF)
  const pinGuesses = await scryptGuessesPerSecond(PIN_PARAMS)
  const fast = sha256GuessesPerSecond()
  const dir = mkdtempSync(join(tmpdir(), 'shiftdesk-bench-cipher-'))
  try {
    const plain = saveAndScan(dir, null)
    const encrypted = saveAndScan(dir, randomBytes(32).toString('hex'))
    const pinSpace = 10_000
    // On average half the space of the weakest accepted secret is tried before it falls.
    const weakestYears = 2 ** (MIN_SECRET_BITS - 1) / guesses / YEAR_S
    return [
      result({
        id: 'security.kdf.guesses_per_s',
        what: 'offline guesses per second at an at-rest secret against a stolen keyring.json (scrypt N=2^17), every core busy',
        unit: 'count',
        value: guesses,
        baseline: { what: 'PIN guesses per second against a stolen PIN hash (scrypt N=2^15)', value: pinGuesses },
        params: {
          N: AT_REST_KDF.N,
          r: AT_REST_KDF.r,
          p: AT_REST_KDF.p,
          cores: cpus().length,
          sha256GuessesPerSecond: Math.round(fast),
          weakestAcceptedBits: MIN_SECRET_BITS,
          expectedYearsForWeakestSecretOnThisMachine: Number(weakestYears.toExponential(2)),
          secondsForAll4DigitPins: Math.round(pinSpace / pinGuesses),
          secondsForAll6DigitPins: Math.round((pinSpace * 100) / pinGuesses),
        },
      }),
      result({
        id: 'security.cipher.save.p99',
        what: 'one committed save (WAL, synchronous=FULL, secure_delete) into an encrypted database, p99',
        unit: 'ms',
        value: encrypted.saveP99,
        baseline: { what: 'the same into a plaintext database', value: plain.saveP99 },
        params: { saves: SAVES, cipher: 'sqlcipher' },
      }),
      result({
        id: 'security.cipher.scan.100k',
        what: `LIKE scan over ${SCAN_ROWS} rows of an encrypted database (median of 5)`,
        unit: 'ms',
        value: encrypted.scanMs,
        baseline: { what: 'the same over a plaintext database', value: plain.scanMs },
        params: { rows: SCAN_ROWS, cipher: 'sqlcipher' },
      }),
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
