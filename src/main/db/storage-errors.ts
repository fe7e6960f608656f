// Turns SQLite's and the file system's storage failures (the preferences file) into a DeskError
// the agent can act on. Applied once, in dispatch, so every service gets it: a full disk or a
// read-only folder is never "internal".
import { DeskError, type StorageFailureReason } from '../../shared/contract'

function reasonFor(code: string): StorageFailureReason | null {
  if (code === 'SQLITE_FULL') return 'disk-full'
  if (code.startsWith('SQLITE_READONLY')) return 'read-only'
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) return 'io'
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged'
  return null
}

/** Node's errno codes for the same failures on plain files. */
const FILE_REASONS: { readonly [code: string]: StorageFailureReason } = { ENOSPC: 'disk-full', EDQUOT: 'disk-full', EROFS: 'read-only', EACCES: 'read-only', EPERM: 'read-only', EIO: 'io' }

/** The DeskError for a SQLite storage failure, or null when `error` is something else. */
export function storageFailure(error: unknown): DeskError | null {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  if (Object.hasOwn(FILE_REASONS, code)) {
    return new DeskError('storage-failed', `Saving failed (${code}): ${(error as Error).message}`, { reason: FILE_REASONS[code]!, errno: code })
  }
  const reason = reasonFor(code)
  if (!reason) return null
  // Nothing was half-written: a failed statement is undone by SQLite and a failed
  // db.transaction() is rolled back by better-sqlite3 before this error reaches us.
  return new DeskError('storage-failed', `Saving failed (${code}): ${(error as Error).message}`, { reason, sqlite: code })
}
