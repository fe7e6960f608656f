// Opens the SQLite file with the settings that keep an agent's notes safe on a PC whose power
// may be cut at any moment (internet cafés): WAL + synchronous=FULL means a committed save is
// on disk before the call returns.
import Database from 'better-sqlite3-multiple-ciphers'
import { DeskError } from '../../shared/contract'
import { MIGRATIONS, LATEST_VERSION } from './migrations'
import { migrate } from './migrate'

export type Db = Database.Database

/** Opens (creating if needed) and migrates the database; refuses one written by a newer app. */
export function openDatabase(file: string): Db {
  const db = new Database(file)
  try {
    // Read the version before any pragma that writes, so a newer database stays untouched.
    const version = db.pragma('user_version', { simple: true }) as number
    if (version > LATEST_VERSION) {
      throw new DeskError('storage-failed', `Database ${file} has version ${version}; this app understands up to ${LATEST_VERSION}.`, {
        reason: 'db-too-new',
        file,
        version,
        latest: LATEST_VERSION,
      })
    }
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    migrate(db, MIGRATIONS)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
