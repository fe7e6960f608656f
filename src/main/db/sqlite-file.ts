// What can be learned about a SQLite database from its bytes, without letting SQLite touch it:
// whether the main file is a database at all and whole, and whether its write-ahead log is
// intact. Also the file moves that keep a database and its -wal/-shm companions together.
import { closeSync, existsSync, fsyncSync, openSync, readSync, renameSync, statSync } from 'node:fs'
import { endianness } from 'node:os'
import { dirname } from 'node:path'

const MAGIC = 'SQLite format 3\0'
export const WAL_SUFFIXES = ['-wal', '-shm'] as const

export type HeaderCheck =
  | { state: 'missing' }
  | { state: 'empty' }
  | { state: 'not-a-database' }
  | { state: 'truncated'; expectedBytes: number; fileBytes: number }
  | { state: 'ok'; pageSize: number; pageCount: number | null; fileBytes: number }
  /** An encrypted file: past its 16-byte salt the header is ciphertext, so only opening it with the key tells more. */
  | { state: 'encrypted'; fileBytes: number }

export type WalCheck =
  | { state: 'absent' }
  | { state: 'ok'; frames: number }
  /** Committed changes in the log cannot be read back: SQLite would silently skip them. */
  | { state: 'damaged'; why: 'bad-header' | 'broken-chain' }

function readPrefix(file: string, bytes: number): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const read = readSync(fd, buffer, 0, bytes, 0)
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/**
 * Reads the 100-byte header. The page count at bytes 28-31 is trusted only when the
 * "version-valid-for" number (92-95) equals the change counter (24-27), as SQLite does.
 * The size comparison is meaningful only while no write-ahead log holds newer pages.
 * An `encrypted` file (opened with a key) has no readable header: only its size is checked.
 */
export function checkHeader(file: string, walHasFrames: boolean, encrypted = false): HeaderCheck {
  if (!existsSync(file)) return { state: 'missing' }
  const fileBytes = statSync(file).size
  if (fileBytes === 0) return { state: 'empty' }
  const header = readPrefix(file, 100)
  if (encrypted && header.toString('latin1', 0, 16) !== MAGIC) return fileBytes < 512 ? { state: 'not-a-database' } : { state: 'encrypted', fileBytes }
  if (header.length < 100 || header.toString('latin1', 0, 16) !== MAGIC) return { state: 'not-a-database' }
  const rawPageSize = header.readUInt16BE(16)
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return { state: 'not-a-database' }
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24)
  const pageCount = countValid ? header.readUInt32BE(28) : null
  if (!walHasFrames && pageCount !== null && pageCount * pageSize > fileBytes) {
    return { state: 'truncated', expectedBytes: pageCount * pageSize, fileBytes }
  }
  return { state: 'ok', pageSize, pageCount, fileBytes }
}

// SQLite's WAL checksum: pairs of 32-bit words, summed in the byte order the magic names.
function walChecksum(buf: Buffer, from: number, to: number, bigEndian: boolean, seed: [number, number]): [number, number] {
  let [s0, s1] = seed
  for (let i = from; i < to; i += 8) {
    const a = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i)
    const b = bigEndian ? buf.readUInt32BE(i + 4) : buf.readUInt32LE(i + 4)
    s0 = (s0 + a + s1) >>> 0
    s1 = (s1 + b + s0) >>> 0
  }
  return [s0, s1]
}

/**
 * Walks the write-ahead log the way SQLite's recovery does. A torn tail (the unfinished last
 * transaction of a killed process) is normal and not damage; damage is a log whose header is
 * unreadable, or a commit frame of the current log generation lying beyond a frame that fails
 * its checksum: SQLite would drop that committed transaction without a word.
 */
export function checkWal(databaseFile: string): WalCheck {
  const file = `${databaseFile}-wal`
  if (!existsSync(file)) return { state: 'absent' }
  const size = statSync(file).size
  // Nothing can have been committed before a full 32-byte header existed.
  if (size < 32) return { state: 'absent' }
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(32)
    readSync(fd, header, 0, 32, 0)
    const magic = header.readUInt32BE(0)
    if ((magic !== 0x377f0682 && magic !== 0x377f0683) || header.readUInt32BE(4) !== 3007000) return { state: 'damaged', why: 'bad-header' }
    const bigEndian = (magic & 1) === 1
    const pageSize = header.readUInt32BE(8)
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return { state: 'damaged', why: 'bad-header' }
    let sum = walChecksum(header, 0, 24, bigEndian, [0, 0])
    if (sum[0] !== header.readUInt32BE(24) || sum[1] !== header.readUInt32BE(28)) return { state: 'damaged', why: 'bad-header' }
    const salt1 = header.readUInt32BE(16)
    const salt2 = header.readUInt32BE(20)
    // One frame at a time: after a crash in a big transaction the log can be hundreds of MB.
    const frameBytes = 24 + pageSize
    const frame = Buffer.alloc(frameBytes)
    let frames = 0
    let chainIntact = true
    for (let offset = 32; offset + frameBytes <= size; offset += frameBytes) {
      readSync(fd, frame, 0, frameBytes, offset)
      const sameGeneration = frame.readUInt32BE(8) === salt1 && frame.readUInt32BE(12) === salt2
      if (chainIntact) {
        if (!sameGeneration) break
        sum = walChecksum(frame, 0, 8, bigEndian, sum)
        sum = walChecksum(frame, 24, frameBytes, bigEndian, sum)
        if (sum[0] === frame.readUInt32BE(16) && sum[1] === frame.readUInt32BE(20)) {
          frames++
          continue
        }
        chainIntact = false
        continue
      }
      if (sameGeneration && frame.readUInt32BE(4) !== 0) return { state: 'damaged', why: 'broken-chain' }
    }
    return { state: 'ok', frames }
  } finally {
    closeSync(fd)
  }
}

/** A file-name-safe timestamp (no ':' — Windows refuses it), in UTC like ISO 8601. */
/**
 * Committed frames that the shared-memory index (-shm) still counts while the write-ahead log
 * itself is gone: saves that were only in the log and were deleted with it. SQLite removes both
 * files after a clean close, and a lock or switch truncates the log (mxFrame back to 0), so a
 * count here means the log went missing after a crash or by hand. 0 when nothing was lost or
 * when it cannot be told (no -shm either).
 */
export function framesLostWithDeletedWal(databaseFile: string): number {
  const shm = `${databaseFile}-shm`
  if (existsSync(`${databaseFile}-wal`) || !existsSync(shm)) return 0
  const index = readPrefix(shm, 100)
  // The wal-index is in the machine's byte order: isInit at 12, mxFrame (frames committed) at 16,
  // and nBackfill (frames already copied into the database) at 96, after the header's two copies.
  if (index.length < 100 || index[12] !== 1) return 0
  const u32 = (at: number) => (endianness() === 'LE' ? index.readUInt32LE(at) : index.readUInt32BE(at))
  return Math.max(0, u32(16) - u32(96))
}

export function fileStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/:/g, '-')
}

/** Makes renames in `dir` survive a power cut (a no-op where directories cannot be opened, e.g. Windows). */
export function syncDir(dir: string): void {
  let fd: number | null = null
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open a directory; NTFS journals renames itself.
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

export function syncFile(file: string): void {
  const fd = openSync(file, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/**
 * Renames a database and its -wal/-shm together, so the log stays paired with its file (a log
 * left behind would be replayed into whatever database takes the name next).
 */
export function moveDatabaseSet(from: string, to: string): void {
  for (const suffix of ['', ...WAL_SUFFIXES]) {
    if (existsSync(`${from}${suffix}`)) renameSync(`${from}${suffix}`, `${to}${suffix}`)
  }
  syncDir(dirname(from))
  if (dirname(to) !== dirname(from)) syncDir(dirname(to))
}
