// Opens the SQLite file with the settings that keep an agent's notes safe on a PC whose power
// may be cut at any moment (internet cafés): WAL + synchronous=FULL means a committed save is
// on disk before the call returns.
import type Database from 'better-sqlite3-multiple-ciphers'
import { chmodSync } from 'node:fs'
import { DeskError } from '../../shared/contract'
import type { StartupErrorReason } from '../../shared/ipc/errors'
import { openDatabaseFile, type DatabaseKey } from './cipher'
import { MIGRATIONS, LATEST_VERSION } from './migrations'
import { migrate } from './migrate'

export type Db = Database.Database

/** Owner-only permissions where the OS has them (not on Windows, where the profile folder's ACL applies). */
export function ownerOnly(file: string): void {
  try {
    chmodSync(file, 0o600)
  } catch {
    // A file system without permission bits (FAT USB sticks): nothing to tighten.
  }
}

/**
 * Opens (creating if needed) and migrates the database; refuses one written by a newer app.
 * With a key the file is encrypted (db/cipher.ts); a wrong key fails as SQLITE_NOTADB.
 */
export function openDatabase(file: string, key: DatabaseKey = null): Db {
  const db = openDatabaseFile(file, key)
  try {
    // Read the version before any pragma that writes, so a newer database stays untouched.
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_VERSION) {
      throw new DeskError('storage-failed', `Database ${file} has version ${version}; this app understands up to ${LATEST_VERSION}.`, {
        reason: 'db-too-new' satisfies StartupErrorReason,
        file,
        version,
        latest: LATEST_VERSION,
      })
    }
    // Owner-only file (SQLite gives its -wal and -shm files the same mode), and deleted text
    // overwritten with zeros rather than left in free pages.
    ownerOnly(file)
    db.pragma('secure_delete = ON')
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, MIGRATIONS)
    // The team upload triggers read private text through reveal_private (services/at-rest/
    // private-vault.ts, which replaces this on the app's own connection). Any other connection
    // that writes those tables (start-up salvage) holds no profile's key and copies text as it is.
    db.function('reveal_private', { deterministic: true }, (_profileId: unknown, text: unknown) => text)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
