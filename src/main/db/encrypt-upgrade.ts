// Turning protection on for a PC that already has data: each plaintext database file (the live
// one, a staged restore, every backup) is replaced by an encrypted copy in steps that cannot lose
// data. Write the copy beside it, verify it (quick_check and the same row count in every table),
// move the plaintext file aside, rename the copy into place, verify once more, and only then
// overwrite and remove the plaintext file. A crash at any step is finished or undone at the next
// start by `resumeEncryption`: the plaintext file is never removed before its encrypted copy has
// opened and checked out from its final place.
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { randomFillSync } from 'node:crypto'
import { dirname, join } from 'node:path'
import { parseBackupName } from './backup-files'
import { copyDatabase, openDatabaseFile, type DatabaseKey } from './cipher'
import { PENDING_RESTORE_SUFFIX } from './recovery'
import { checkHeader, moveDatabaseSet, syncDir, syncFile, WAL_SUFFIXES } from './sqlite-file'

/** The encrypted copy while it is written and verified. */
export const ENCRYPTING_SUFFIX = '.encrypting'
/** The plaintext file once the copy took its place, until the copy has verified there. */
export const PLAINTEXT_SUFFIX = '.plaintext-old'

export type EncryptStage = 'copied' | 'verified' | 'plaintext-moved' | 'swapped' | 'reverified' | 'removed'

export type EncryptOptions = {
  /** Called after each step; tests throw from it to stop the upgrade there, as a crash would. */
  afterStage?: (stage: EncryptStage, file: string) => void
  /** Called once, before the first step, with the plaintext files about to be encrypted (for a progress bar). */
  onPlan?: (files: string[]) => void
}

/** The steps `encryptPlaintextDatabase` reports through `afterStage` for each file. */
export const ENCRYPT_STAGES_PER_FILE = 6

type Counts = Map<string, number>

function rowCounts(file: string, key: DatabaseKey): Counts {
  const db = openDatabaseFile(file, key, { readonly: true, fileMustExist: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[]
    return new Map(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]))
  } finally {
    db.close()
  }
}

/** quick_check passes and, when given, every table holds as many rows as in `expected`. */
function verifies(file: string, key: DatabaseKey, expected: Counts | null): boolean {
  try {
    const db = openDatabaseFile(file, key, { readonly: true, fileMustExist: true })
    try {
      if (db.pragma('quick_check', { simple: true }) !== 'ok') return false
    } finally {
      db.close()
    }
    if (expected === null) return true
    const counts = rowCounts(file, key)
    return counts.size === expected.size && [...expected].every(([table, rows]) => counts.get(table) === rows)
  } catch {
    return false
  }
}

/**
 * Overwrites a file with random bytes, flushes, and removes it, so its text is not left in the
 * blocks it held. On SSDs and copy-on-write file systems the old blocks may survive anyway
 * (docs/security.md says so); the database's own pages were never written there in plaintext again.
 */
export function shredFile(file: string): void {
  if (!existsSync(file)) return
  const size = statSync(file).size
  const fd = openSync(file, 'r+')
  try {
    const chunk = Buffer.alloc(Math.min(size, 1 << 20))
    for (let at = 0; at < size; at += chunk.length) {
      randomFillSync(chunk)
      writeSync(fd, chunk, 0, Math.min(chunk.length, size - at), at)
    }
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  rmSync(file)
}

/** Companions first: while the main file exists, an interrupted removal is finished at the next start. */
function shredSet(file: string): void {
  for (const suffix of [...WAL_SUFFIXES, '']) shredFile(`${file}${suffix}`)
  syncDir(dirname(file))
}

const isPlaintext = (file: string) => existsSync(file) && checkHeader(file, false, true).state !== 'encrypted' && statSync(file).size > 0

/**
 * Finishes or undoes an upgrade of `file` that a crash interrupted: a copy still being written is
 * dropped; a plaintext file set aside is removed once the encrypted file in its place verifies,
 * and otherwise put back (the upgrade then starts over).
 */
export function resumeEncryption(file: string, key: string): void {
  for (const suffix of ['', '-journal']) rmSync(`${file}${ENCRYPTING_SUFFIX}${suffix}`, { force: true })
  const old = `${file}${PLAINTEXT_SUFFIX}`
  if (!existsSync(old)) return
  if (existsSync(file) && !isPlaintext(file) && verifies(file, key, null)) {
    shredSet(old)
    return
  }
  for (const suffix of ['', ...WAL_SUFFIXES]) rmSync(`${file}${suffix}`, { force: true })
  moveDatabaseSet(old, file)
}

/**
 * Replaces the plaintext database `file` (with its -wal) by a copy encrypted with `key`.
 * Answers false when `file` is absent or already encrypted. Throws, leaving the plaintext file
 * in place, when the copy cannot be made or does not verify.
 */
export function encryptPlaintextDatabase(file: string, key: string, options: EncryptOptions = {}): boolean {
  resumeEncryption(file, key)
  if (!isPlaintext(file)) return false
  const stage = (name: EncryptStage) => options.afterStage?.(name, file)
  const copy = `${file}${ENCRYPTING_SUFFIX}`
  const expected = rowCounts(file, null)
  const source = openDatabaseFile(file, null, { fileMustExist: true })
  try {
    copyDatabase(source, copy, null, key)
    // The plaintext log folded into the file, so the file moved aside below is complete. (The
    // log's freed blocks are not overwritten: SQLite truncates it; docs/security.md says so.)
    source.pragma('wal_checkpoint(TRUNCATE)')
  } finally {
    source.close()
  }
  stage('copied')
  if (!verifies(copy, key, expected)) {
    rmSync(copy, { force: true })
    throw new Error(`The encrypted copy of ${file} did not match it; the plaintext file was kept.`)
  }
  syncFile(copy)
  stage('verified')
  const old = `${file}${PLAINTEXT_SUFFIX}`
  moveDatabaseSet(file, old)
  stage('plaintext-moved')
  renameSync(copy, file)
  syncDir(dirname(file))
  stage('swapped')
  // The copy is now checked where it will be used; a failure here is undone by resumeEncryption.
  if (!verifies(file, key, expected)) throw new Error(`The encrypted ${file} did not verify after the swap; it is undone at the next start.`)
  stage('reverified')
  shredSet(old)
  stage('removed')
  return true
}

/** Every database file ShiftDesk keeps in the data folder: the live one, a restore staged for this start, the backups. */
function databaseFiles(databaseFile: string, backupsDir: string): string[] {
  const backups = existsSync(backupsDir) ? readdirSync(backupsDir).filter((name) => parseBackupName(name) !== null) : []
  return [databaseFile, `${databaseFile}${PENDING_RESTORE_SUFFIX}`, ...backups.map((name) => join(backupsDir, name))]
}

/** The database files still in plaintext (a cheap header read each): what an upgrade would encrypt. */
export function plaintextDatabases(databaseFile: string, backupsDir: string): string[] {
  return databaseFiles(databaseFile, backupsDir).filter(isPlaintext)
}

/**
 * Encrypts every plaintext database ShiftDesk keeps in the data folder: the live database, a
 * restore staged for this start, and the backups. Answers the files it encrypted.
 */
export function encryptDataFolder(databaseFile: string, backupsDir: string, key: string, options: EncryptOptions = {}): string[] {
  // An upgrade interrupted in a backup whose plaintext file was already set aside is finished first.
  for (const name of existsSync(backupsDir) ? readdirSync(backupsDir) : []) {
    const base = name.slice(0, -PLAINTEXT_SUFFIX.length)
    if (name.endsWith(PLAINTEXT_SUFFIX) && parseBackupName(base)) resumeEncryption(join(backupsDir, base), key)
  }
  const candidates = databaseFiles(databaseFile, backupsDir)
  options.onPlan?.(candidates.filter(isPlaintext))
  return candidates.filter((file) => encryptPlaintextDatabase(file, key, options))
}
