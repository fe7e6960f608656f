// The backups folder on disk: how backup files are named (the name carries the time and why it
// was taken, so the folder explains itself to someone restoring by hand), listed and checked.
import type Database from 'better-sqlite3-multiple-ciphers'
import type { RestoreRefusalReason } from '../../shared/ipc/backups'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry, BackupKind } from '../../shared/ipc/backups'
import { openDatabaseFile, type DatabaseKey } from './cipher'
import { LATEST_VERSION } from './migrations'
import { checkHeader, fileStamp } from './sqlite-file'

export const BACKUPS_DIR = 'backups'
const NAME = /^shiftdesk-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d{3}Z)-(auto|manual|before-restore)\.db$/
/** Unfinished copies carry this suffix until renamed; a copy cut short by a power cut never looks finished. */
export const PARTIAL_SUFFIX = '.partial'

export function backupFileName(at: number, kind: BackupKind): string {
  return `shiftdesk-${fileStamp(at)}-${kind}.db`
}

export function parseBackupName(name: string): { at: number; kind: BackupKind } | null {
  const match = NAME.exec(name)
  if (!match) return null
  const iso = match[1]!.replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3')
  const at = Date.parse(iso)
  return Number.isNaN(at) ? null : { at, kind: match[2] as BackupKind }
}

/** A free name for a backup taken at `at` (two backups in the same millisecond get adjacent times). */
export function freeBackupPath(dir: string, at: number, kind: BackupKind): { path: string; at: number } {
  let t = at
  while (existsSync(join(dir, backupFileName(t, kind))) || existsSync(join(dir, backupFileName(t, kind) + PARTIAL_SUFFIX))) t++
  return { path: join(dir, backupFileName(t, kind)), at: t }
}

const isFolder = (dir: string) => existsSync(dir) && statSync(dir).isDirectory()

/** Backups in the folder, newest first. */
export function listBackups(dir: string): BackupEntry[] {
  if (!isFolder(dir)) return []
  const entries: BackupEntry[] = []
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    entries.push({ name, at: parsed.at, kind: parsed.kind, bytes: statSync(join(dir, name)).size })
  }
  return entries.sort((a, b) => b.at - a.at || b.name.localeCompare(a.name))
}

/** Removes copies that a crash or power cut interrupted; they were never listed as backups. */
export function removePartialBackups(dir: string): void {
  if (!isFolder(dir)) return
  for (const name of readdirSync(dir)) {
    if (name.includes(PARTIAL_SUFFIX)) rmSync(join(dir, name), { force: true })
  }
}

export function removeBackup(dir: string, name: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `${name}${suffix}`), { force: true })
}

/** Creates the backups folder inside the data folder (never the data folder itself: if that is gone, so is the point). */
export function ensureBackupsDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { mode: 0o700 })
}

/**
 * The key to read `file` with when the database's key is `key`: a file with SQLite's plaintext
 * header (a backup from before protection was turned on, one brought on a USB stick) is read without.
 */
export function fileKey(file: string, key: DatabaseKey): DatabaseKey {
  return key !== null && checkHeader(file, false, true).state === 'encrypted' ? key : null
}

export type DatabaseFileCheck =
  | { ok: true; version: number; tables: { table: string; rows: number }[] }
  | { ok: false; reason: RestoreRefusalReason }

const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)/

/** Columns that name the profile a row belongs to; a NULL profile_id is a shop-shared row. */
function countRows(db: Database.Database, table: string, onlyProfile: string | null): number {
  const quoted = `"${table.replace(/"/g, '""')}"`
  if (onlyProfile === null) return db.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get() as number
  const columns = new Set((db.pragma(`table_info(${quoted})`) as { name: string }[]).map((c) => c.name))
  if (columns.has('profile_id')) return db.prepare(`SELECT count(*) FROM ${quoted} WHERE profile_id IS NULL OR profile_id = ?`).pluck().get(onlyProfile) as number
  if (columns.has('author_id')) return db.prepare(`SELECT count(*) FROM ${quoted} WHERE author_id = ?`).pluck().get(onlyProfile) as number
  return db.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get() as number
}

/**
 * Opens a candidate backup read-only and checks it: a SQLite file, undamaged (`quick_check`
 * reads every page: slow on big files, which is why it runs before a restore and never on a
 * normal start), from this app or an older one, with ShiftDesk's tables. Counts the rows of
 * every table so the agent can see what a restore would bring back. With `onlyProfile`, rows that
 * belong to another profile are left out of the counts (only the PC's owner sees everyone's).
 * With a `key`, the file is read as encrypted with it (a file it does not open is not a database).
 */
export function checkDatabaseFile(file: string, onlyProfile: string | null = null, key: DatabaseKey = null): DatabaseFileCheck {
  const header = checkHeader(file, existsSync(`${file}-wal`), key !== null)
  if (header.state !== 'ok' && header.state !== 'encrypted') return { ok: false, reason: header.state === 'truncated' ? 'damaged' : 'not-a-database' }
  let db: Database.Database | null = null
  try {
    db = openDatabaseFile(file, header.state === 'encrypted' ? key : null, { readonly: true, fileMustExist: true })
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_VERSION) return { ok: false, reason: 'backup-too-new' }
    if (db.pragma('quick_check', { simple: true }) !== 'ok') return { ok: false, reason: 'damaged' }
    const tables = (db.pragma('table_list') as { name: string; type: string; schema: string }[])
      // The migration ledger is bookkeeping, not something a restore brings back.
      .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && t.name !== 'schema_migrations')
      .map((t) => t.name)
      .sort()
    if (!tables.includes('profiles')) return { ok: false, reason: 'not-shiftdesk' }
    return { ok: true, version, tables: tables.map((table) => ({ table, rows: countRows(db!, table, onlyProfile) })) }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && DAMAGE.test(code)) return { ok: false, reason: 'damaged' }
    return { ok: false, reason: 'not-a-database' }
  } finally {
    db?.close()
  }
}
