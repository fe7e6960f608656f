// Database files as tests leave them on disk, and checks that a refused one was left alone.
import Database from 'better-sqlite3-multiple-ciphers'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
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
