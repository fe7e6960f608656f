// SQLite's quick_check and integrity_check read every page of a file, and an encrypted backup
// copy (VACUUM INTO) writes every page: on a big database that is long enough to freeze the
// window. They run in a worker thread with its own connection (keyed like the file); where a
// worker cannot load the driver (an unusual packaging), here instead, so nothing goes undone.
import type Database from 'better-sqlite3-multiple-ciphers'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { copyDatabase, keyPragmaFor, openDatabaseFile, type DatabaseKey } from './cipher'

// Keys the connection as db/cipher.ts keyDatabase does, with the pragma built (and the key's shape checked) in main.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let db = null
try {
  const Database = require(workerData.driver)
  db = new Database(workerData.file, { readonly: true, fileMustExist: true })
  if (workerData.keyPragma) {
    db.pragma("cipher = 'sqlcipher'")
    db.pragma(workerData.keyPragma)
    db.pragma('temp_store = MEMORY')
  }
  if (workerData.copyTo) {
    db.prepare('VACUUM INTO ?').run(workerData.copyTo)
    parentPort.postMessage({ result: 'ok' })
  } else {
    parentPort.postMessage({ result: String(db.pragma(workerData.check, { simple: true })) })
  }
} catch (error) {
  parentPort.postMessage({ failed: String((error && error.code) || error) })
} finally {
  if (db) db.close()
}
`

/** quick_check: every page and index, fast; integrity_check(20): also cross-checks, first 20 problems. */
export type CheckKind = 'quick_check' | 'integrity_check(20)'

function readOnly(file: string, key: DatabaseKey): Database.Database {
  return openDatabaseFile(file, key, { readonly: true, fileMustExist: true })
}

function checkHere(file: string, check: CheckKind, key: DatabaseKey): string {
  const db = readOnly(file, key)
  try {
    return String(db.pragma(check, { simple: true }))
  } finally {
    db.close()
  }
}

function driverPath(): string | null {
  try {
    return createRequire(__filename).resolve('better-sqlite3-multiple-ciphers')
  } catch {
    return null
  }
}

type WorkerJob = { file: string; key: DatabaseKey } & ({ check: CheckKind } | { copyTo: string })
type WorkerAnswer = { result?: string; failed?: string } | null

/** null when the worker could not run (no driver there, no threads). */
function runInWorker(job: WorkerJob): Promise<WorkerAnswer> {
  const driver = driverPath()
  if (driver === null) return Promise.resolve(null)
  const keyPragma = job.key === null ? null : keyPragmaFor(job.key)
  return new Promise<WorkerAnswer>((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, ...job, key: null, keyPragma } })
    worker.once('message', (message: WorkerAnswer) => resolve(message))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
}

export type CheckAnswer = { result: string; ranIn: 'worker' | 'main' }

/** `result` is 'ok', or SQLite's first complaint (or its error code) about `file`. */
export async function checkOffThread(file: string, check: CheckKind = 'quick_check', key: DatabaseKey = null): Promise<CheckAnswer> {
  const answer = await runInWorker({ file, key, check })
  if (answer?.result !== undefined) return { result: answer.result, ranIn: 'worker' }
  return { result: checkHereSafely(file, check, key), ranIn: 'main' }
}

/**
 * Writes a consistent copy of `file` (encrypted with its key, see db/cipher.ts copyDatabase) to
 * `target`, reading through a connection of its own, so the live database keeps answering.
 * When the worker fails, the copy is tried again here, which throws SQLite's own error.
 */
export async function copyOffThread(file: string, target: string, key: DatabaseKey): Promise<'worker' | 'main'> {
  const answer = await runInWorker({ file, key, copyTo: target })
  if (answer?.result !== undefined) return 'worker'
  // VACUUM INTO refuses a target that exists: whatever the worker left goes first.
  rmSync(target, { force: true })
  const db = readOnly(file, key)
  try {
    copyDatabase(db, target, key, key)
    return 'main'
  } finally {
    db.close()
  }
}

function checkHereSafely(file: string, check: CheckKind, key: DatabaseKey): string {
  try {
    return checkHere(file, check, key)
  } catch (error) {
    return String((error as { code?: unknown }).code ?? error)
  }
}
