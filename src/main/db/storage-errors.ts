// Turns SQLite's storage failures into a DeskError the agent can act on. Applied once, in
// dispatch, so every service gets it: a full disk or a read-only folder is never "internal".
import { DeskError } from '../../shared/contract'

export type StorageFailureReason = 'disk-full' | 'read-only' | 'io' | 'damaged'

function reasonFor(code: string): StorageFailureReason | null {
  if (code === 'SQLITE_FULL') return 'disk-full'
  if (code.startsWith('SQLITE_READONLY')) return 'read-only'
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'io'
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged'
  return null
}

/** The DeskError for a SQLite storage failure, or null when `error` is something else. */
export function storageFailure(error: unknown): DeskError | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  const reason = reasonFor(code)
  if (!reason) return null
  // Nothing was half-written: a failed statement is undone by SQLite and a failed
  // db.transaction() is rolled back by better-sqlite3 before this error reaches us.
  return new DeskError('storage-failed', `Saving failed (${code}): ${(error as Error).message}`, { reason, sqlite: code })
}
