// SQLite's quick_check reads every page of a file: on a big backup that is long enough to freeze
// the window. It runs in a worker thread with its own read-only connection; where a worker cannot
// load the driver (an unusual packaging), it runs here instead, so a backup is never left unchecked.
import Database from 'better-sqlite3-multiple-ciphers'
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
let db = null
try {
  const Database = require(workerData.driver)
  db = new Database(workerData.file, { readonly: true, fileMustExist: true })
  parentPort.postMessage({ result: String(db.pragma('quick_check', { simple: true })) })
} catch (error) {
  parentPort.postMessage({ failed: String((error && error.code) || error) })
} finally {
  if (db) db.close()
}
`

function checkHere(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return String(db.pragma('quick_check', { simple: true }))
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

export type QuickCheck = { result: string; ranIn: 'worker' | 'main' }

/** `result` is 'ok', or SQLite's first complaint (or its error code) about `file`. */
export async function quickCheckOffThread(file: string): Promise<QuickCheck> {
  const driver = driverPath()
  if (driver === null) return { result: checkHereSafely(file), ranIn: 'main' }
  const answer = await new Promise<{ result?: string; failed?: string } | null>((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file } })
    worker.once('message', (message: { result?: string; failed?: string }) => resolve(message))
    worker.once('error', () => resolve(null))
    worker.once('exit', () => resolve(null))
  })
  if (answer?.result !== undefined) return { result: answer.result, ranIn: 'worker' }
  // The worker could not run the check (no driver there, no threads): do it here.
  return { result: checkHereSafely(file), ranIn: 'main' }
}

function checkHereSafely(file: string): string {
  try {
    return checkHere(file)
  } catch (error) {
    return String((error as { code?: unknown }).code ?? error)
  }
}
