// How a database file is encrypted: SQLCipher's format (the driver's cipher='sqlcipher', so any
// SQLCipher 4 tool, and the PowerSync SDK with a per-connection key, can open it), keyed with a
// random 256-bit key given raw (SQLCipher's `x'…'` key syntax): the key is already random, so no
// passphrase KDF runs on each connection (`hexkey` would still run PBKDF2: ~0.65 s per open here).
// Every connection to a protected file goes through `keyDatabase` first.
import Database from 'better-sqlite3-multiple-ciphers'

/** 64 hex digits (a random 256-bit key), or null for a plaintext database (protection off). */
export type DatabaseKey = string | null

const HEX_KEY = /^[0-9a-f]{64}$/

export function databaseKeyFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 32) throw new Error(`A database key is 32 bytes, not ${bytes.length}.`)
  return Buffer.from(bytes).toString('hex')
}

/** Must run before anything reads the file: the key decides how every page is read. */
export function keyDatabase(db: Database.Database, key: DatabaseKey): void {
  if (key === null) return
  db.pragma("cipher = 'sqlcipher'")
  db.pragma(keyPragmaFor(key))
  // Sorts and temporary indexes stay in memory: SQLite's temp files would otherwise hold plaintext.
  db.pragma('temp_store = MEMORY')
  // Every page read from disk is decrypted and its HMAC checked: a larger page cache (64 MiB,
  // against SQLite's default 2 MiB) keeps the pages a search or a save touches decrypted.
  db.pragma('cache_size = -65536')
}

/** The pragma that keys a connection with `key` as a raw key (also used by worker threads). */
export function keyPragmaFor(key: string): string {
  return `key = "x'${databaseKeyShape(key)}'"`
}

/** `new Database(file, options)` with the key applied; closes the connection if keying fails. */
export function openDatabaseFile(file: string, key: DatabaseKey, options?: Database.Options): Database.Database {
  const db = new Database(file, options)
  try {
    keyDatabase(db, key)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

/**
 * A consistent, compact, self-contained copy (rollback journal, no -wal) of what `source` reads,
 * written with `VACUUM INTO`. The copy is encrypted with the source's key, or, when the source is
 * plaintext and `key` is given, encrypted with `key` right after (`rekey` rewrites every page;
 * a VACUUM INTO copy has no free pages that could keep old text).
 */
export function copyDatabase(source: Database.Database, target: string, sourceKey: DatabaseKey, key: DatabaseKey): void {
  if (sourceKey !== null && sourceKey !== key) throw new Error('A copy keeps its source key; re-keying an encrypted copy is not supported.')
  source.prepare('VACUUM INTO ?').run(target)
  if (sourceKey === null && key !== null) {
    const copy = new Database(target, { fileMustExist: true })
    try {
      copy.pragma("cipher = 'sqlcipher'")
      copy.pragma(`rekey = "x'${databaseKeyShape(key)}'"`)
    } finally {
      copy.close()
    }
  }
}

/** Keys are interpolated into pragmas, so only the exact shape of a key is accepted. */
export function databaseKeyShape(key: string): string {
  if (!HEX_KEY.test(key)) throw new Error('A database key is 64 lowercase hex digits.')
  return key
}
