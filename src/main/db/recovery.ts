// Opening the agent's database so that a damaged file never stops ShiftDesk: the bad file is
// kept beside the data (named with the time), the newest good backup takes its place (or a
// fresh database when there is none), and the caller is told so it can tell the agent.
// A restore the agent asked for is swapped in here too, before anything opens the file.
//
// What is checked on every start, and why that is enough: SQLite with WAL + synchronous=FULL
// keeps a database consistent through crashes and power cuts by itself (the kill test proves
// it for process kills). Damage comes from outside — a file cut short by a bad copy or a full
// USB stick, another program writing garbage, a failing disk — and shows as (1) a header that
// is not SQLite's, (2) a file shorter than the page count its header promises, (3) a write-ahead
// log whose committed frames fail their checksums, or (4) a schema or table tail SQLite cannot
// read. (1)-(3) are read from the raw bytes before SQLite touches the file; (4) is a read of the
// schema plus one right-edge lookup per table, which touches a handful of pages whatever the
// size. A full `integrity_check` reads every page (seconds at 1M rows), so it runs on backups
// before they are restored, never on a normal start. Damage deeper inside a table that all this
// misses surfaces as SQLITE_CORRUPT on the query that reaches it; dispatch answers that with a
// storage-failed "damaged" error that sends the agent to Settings → Backups.
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { checkDatabaseFile, ensureBackupsDir, freeBackupPath, listBackups, PARTIAL_SUFFIX, removePartialBackups } from './backup-files'
import { DeskError } from '../../shared/contract'
import type { StartupErrorReason } from '../../shared/ipc/errors'
import { openDatabaseFile, type DatabaseKey } from './cipher'
import { openDatabase, type Db } from './connection'
import { salvageInto } from './salvage'
import { checkHeader, checkWal, fileStamp, framesLostWithDeletedWal, moveDatabaseSet, syncDir, syncFile } from './sqlite-file'

export type DatabaseRecovery =
  /** The database was damaged; the newest good backup now stands in for it. */
  | { code: 'database-restored'; keptAt: string; backup: string; backupAt: number }
  /** The database was damaged and no good backup existed: a fresh one was started. */
  | { code: 'database-recreated'; keptAt: string }
  /** Committed changes in the write-ahead log were unreadable; a copy of the log is kept. */
  | { code: 'database-log-damaged'; keptAt: string }
  /** A restore the agent confirmed was applied; the database it replaced is now a backup. */
  | { code: 'backup-restored'; backup: string; previous: string | null }
  /** The write-ahead log was deleted while it held `frames` committed pages: the saves in them are lost. */
  | { code: 'database-log-missing'; frames: number }
  /** Rows the damaged file still yielded that the backup (or fresh file) lacked were added back. */
  | { code: 'database-salvaged'; rows: number; keptAt: string }

export const PENDING_RESTORE_SUFFIX = '.restore-pending'
const RESTORING_SUFFIX = '.restoring'

export type PendingRestoreLabel = { name: string; takenAt: number }

const isDamage = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
}

/** Reads the schema and the last entry of every table: cheap at any size (see the top of this file). */
function probeTables(db: Db): void {
  const tables = db.pragma('table_list') as { schema: string; name: string; type: string; wr: number }[]
  for (const t of tables) {
    if (t.schema !== 'main' || t.name.startsWith('sqlite_') || (t.type !== 'table' && t.type !== 'shadow')) continue
    const name = `"${t.name.replace(/"/g, '""')}"`
    db.prepare(t.wr ? `SELECT 1 FROM ${name} LIMIT 1` : `SELECT max(rowid) FROM ${name}`).get()
  }
}

function openAndProbe(file: string, key: DatabaseKey): Db {
  const db = openDatabase(file, key)
  try {
    probeTables(db)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/** Closes the current database cleanly (its log folded in) so it can be moved as one file. */
function foldLog(file: string, key: DatabaseKey): void {
  try {
    const db = openDatabaseFile(file, key, { fileMustExist: true })
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.close()
  } catch {
    // A damaged file is moved together with its -wal and -shm instead.
  }
}

/**
 * Swaps in a restore the agent confirmed in the previous run (staged next to the database).
 * The current database first goes to the backups folder, so the restore can itself be undone.
 * Each step is a rename: a power cut at any point leaves either the old database in place, or
 * the old one safe in backups and the staged file still waiting to be swapped in at next start.
 */
export function applyPendingRestore(file: string, backupsDir: string, now: () => number, key: DatabaseKey = null): DatabaseRecovery | null {
  const staged = `${file}${PENDING_RESTORE_SUFFIX}`
  const labelFile = `${staged}.json`
  if (!existsSync(staged)) {
    rmSync(labelFile, { force: true })
    return null
  }
  let label: PendingRestoreLabel | null = null
  try {
    label = JSON.parse(readFileSync(labelFile, 'utf8')) as PendingRestoreLabel
  } catch {
    // The label only names the source in the notice.
  }
  let previous: string | null = null
  if (existsSync(file)) {
    foldLog(file, key)
    ensureBackupsDir(backupsDir)
    previous = freeBackupPath(backupsDir, now(), 'before-restore').path
    moveDatabaseSet(file, previous)
  }
  renameSync(staged, file)
  syncDir(dirname(file))
  rmSync(labelFile, { force: true })
  return { code: 'backup-restored', backup: label?.name ?? 'backup', previous }
}

function standIn(file: string, backupsDir: string, keptAt: string, key: DatabaseKey): DatabaseRecovery & { db: Db } {
  for (const backup of listBackups(backupsDir)) {
    const path = join(backupsDir, backup.name)
    if (!checkDatabaseFile(path, null, key).ok) continue
    const restoring = `${file}${RESTORING_SUFFIX}`
    copyFileSync(path, restoring)
    syncFile(restoring)
    renameSync(restoring, file)
    syncDir(dirname(file))
    try {
      return { code: 'database-restored', keptAt, backup: backup.name, backupAt: backup.at, db: openAndProbe(file, key) }
    } catch (error) {
      if (!isDamage(error)) throw error
      rmSync(file, { force: true })
    }
  }
  return { code: 'database-recreated', keptAt, db: openDatabase(file, key) }
}

/**
 * An encrypted file read with the wrong key looks exactly like one whose first page is damaged
 * (SQLITE_NOTADB). When no backup opens with the key either, the key is what is wrong: nothing is
 * set aside or replaced, and start-up stops with a message, rather than starting an empty notebook.
 */
function refuseWrongKey(error: unknown, key: DatabaseKey, backupsDir: string, file: string): void {
  if (key === null || (error as { code?: unknown }).code !== 'SQLITE_NOTADB') return
  if (listBackups(backupsDir).some((b) => checkDatabaseFile(join(backupsDir, b.name), null, key).ok)) return
  throw new DeskError('storage-failed', `${file} does not open with this PC's key (keyring.json): put back the keyring.json that belongs to this data folder, or move the folder away to start afresh.`, { reason: 'database-key-mismatch' satisfies StartupErrorReason, file })
}

export type SafeOpen = { db: Db; recoveries: DatabaseRecovery[] }

/**
 * Opens (creating, migrating) the database, recovering from a damaged file as described at the
 * top. A database written by a newer ShiftDesk is not damage: it is refused untouched. With a
 * `key` the database, its backups and the restore it stands in are all encrypted with it.
 */
export function openDatabaseSafely(file: string, options: { backupsDir: string; now: () => number; key?: DatabaseKey }): SafeOpen {
  const { backupsDir, now } = options
  const key = options.key ?? null
  const recoveries: DatabaseRecovery[] = []
  const restored = applyPendingRestore(file, backupsDir, now, key)
  if (restored) recoveries.push(restored)
  // Copies that a crash cut short are never used.
  for (const leftover of [`${file}${RESTORING_SUFFIX}`, `${file}${PENDING_RESTORE_SUFFIX}${PARTIAL_SUFFIX}`]) rmSync(leftover, { force: true })
  removePartialBackups(backupsDir)

  // Read before SQLite opens the file: opening resets the stale index.
  const lostFrames = framesLostWithDeletedWal(file)
  if (lostFrames > 0) recoveries.push({ code: 'database-log-missing', frames: lostFrames })
  const wal = checkWal(file)
  if (wal.state === 'damaged') {
    // Copied, not moved: SQLite still uses the part of the log before the damage.
    const keptAt = `${file}-wal.corrupt-${fileStamp(now())}`
    copyFileSync(`${file}-wal`, keptAt)
    recoveries.push({ code: 'database-log-damaged', keptAt })
  }
  const header = checkHeader(file, wal.state !== 'absent' && (wal.state === 'damaged' || wal.frames > 0), key !== null)
  // An empty file is what a first start cut short leaves; with backups present, it is a lost database.
  const damagedOnDisk =
    header.state === 'not-a-database' || header.state === 'truncated' || (header.state === 'empty' && listBackups(backupsDir).length > 0)
  if (!damagedOnDisk) {
    try {
      return { db: openAndProbe(file, key), recoveries }
    } catch (error) {
      if (!isDamage(error)) throw error
      refuseWrongKey(error, key, backupsDir, file)
    }
  }
  const keptAt = `${file}.corrupt-${fileStamp(now())}`
  moveDatabaseSet(file, keptAt)
  const { db, ...recovery } = standIn(file, backupsDir, keptAt, key)
  recoveries.push(recovery)
  const salvage = salvageInto(db, keptAt, key)
  if (salvage.rows > 0) recoveries.push({ code: 'database-salvaged', rows: salvage.rows, keptAt })
  return { db, recoveries }
}
