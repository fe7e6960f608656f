// Database files as tests leave them on disk, and checks that a refused one was left alone.
import Database from 'better-sqlite3-multiple-ciphers'
import { createHash, randomBytes } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { LATEST_VERSION } from '../../src/main/db/migrations'

/** SHA-256 of a file's bytes, to prove not one of them changed. */
export function fileSha(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex')
}

export const NEWER_VERSION = LATEST_VERSION + 10

/** A database as a newer ShiftDesk leaves it: a table this version does not know and a schema version ahead of ours. */
export function writeNewerDatabase(file: string): void {
  const raw = new Database(file)
  raw.exec('CREATE TABLE notes (body TEXT)')
  raw.pragma(`user_version = ${NEWER_VERSION}`)
  raw.close()
}

/** What `open` throws, or undefined when it does not. */
export function thrownBy(open: () => unknown): unknown {
  try {
    open()
  } catch (error) {
    return error
  }
  return undefined
}

/**
 * A leaf page of a table's b-tree, found from the root: the left-most holds its oldest rows (far
 * from the right edge the start-up probe reads), the right-most its newest.
 */
export function leafPage(file: string, table: string, side: 'left' | 'right'): number {
  const db = new Database(file, { readonly: true })
  let page = db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table) as number
  db.close()
  const bytes = readFileSync(file)
  const pageSize = bytes.readUInt16BE(16)
  for (;;) {
    const at = (page - 1) * pageSize + (page === 1 ? 100 : 0)
    if (bytes[at] !== 0x05) return page
    // An interior page keeps its right-most child in its header; its first cell starts with its left-most child.
    page = side === 'right' ? bytes.readUInt32BE(at + 8) : bytes.readUInt32BE((page - 1) * pageSize + bytes.readUInt16BE(at + 12))
  }
}

/** Overwrites that leaf page of a closed database file with random bytes, from `keep` bytes into the page on. */
export function garbleLeafPage(file: string, table: string, side: 'left' | 'right', keep = 0): void {
  const page = leafPage(file, table, side)
  const bytes = readFileSync(file)
  const pageSize = bytes.readUInt16BE(16)
  randomBytes(pageSize - keep).copy(bytes, (page - 1) * pageSize + keep)
  writeFileSync(file, bytes)
}

