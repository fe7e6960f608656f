// SQLite's quick_check and integrity_check read every page of a file: on a big database that is
// long enough to freeze the window. They run in a worker thread with its own read-only connection;
// where a worker cannot load the driver (an unusual packaging), here instead, so nothing goes unchecked.
import Database from 'better-sqlite3-multiple-ciphers'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let db = null
try {
  const Database = require(workerData.driver)
  db = new Database(workerData.file, { readonly: true, fileMustExist: true })
  parentPort.postMessage({ result: String(db.pragma(workerData.check, { simple: true })) })
} catch (error) {
  parentPort.postMessage({ failed: String((error && error.code) || error) })
} finally {
  if (db) db.close()
}
`

/** quick_check: every page and index, fast; integrity_check(20): also cross-checks, first 20 problems. */
export type CheckKind = 'quick_check' | 'integrity_check(20)'

function checkHere(file: string, check: CheckKind): string {
  const db = new Database(file, { readonly: true, fileMustExist: true })
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

export type CheckAnswer = { result: string; ranIn: 'worker' | 'main' }

/** `result` is 'ok', or SQLite's first complaint (or its error code) about `file`. */
export async function checkOffThread(file: string, check: CheckKind = 'quick_check'): Promise<CheckAnswer> {
  const driver = driverPath()
  if (driver === null) return { result: checkHereSafely(file, check), ranIn: 'main' }
  const answer = await new Promise<{ result?: string; failed?: string } | null>((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, check } })
    worker.once('message', (message: { result?: string; failed?: string }) => resolve(message))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
  if (answer?.result !== undefined) return { result: answer.result, ranIn: 'worker' }
  // The worker could not run the check (no driver there, no threads): do it here.
  return { result: checkHereSafely(file, check), ranIn: 'main' }
}

function checkHereSafely(file: string, check: CheckKind): string {
  try {
    return checkHere(file, check)
  } catch (error) {
    return String((error as { code?: unknown }).code ?? error)
  }
}
