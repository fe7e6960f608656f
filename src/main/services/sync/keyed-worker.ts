// The SDK opens the database in worker threads of its own. Ours hands it the app's driver
// (better-sqlite3-multiple-ciphers) with the key already set in the constructor: the SDK's
// `initializeConnection` hook runs after its first statement on a new connection, which on an
// encrypted file fails with "file is not a database" (seen in the desktop-sync spike).
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

// An eval'd CommonJS script: no extra file to ship beside the main bundle. The SDK's worker
// entry is ESM, so it is imported by URL.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
class KeyedDatabase extends Database {
  constructor(file, options) {
    super(file, options)
    // As db/cipher.ts keys the app's own connection: SQLCipher's format, a raw key.
    if (workerData.key !== null) {
      this.pragma("cipher = 'sqlcipher'")
      this.pragma("key = \\"x'" + workerData.key + "'\\"")
      this.pragma('temp_store = MEMORY')
    }
    // The upload triggers name reveal_private (services/at-rest/private-vault.ts); they never run
    // inside a sync operation, and these connections hold no profile's key, so text passes as it is.
    this.function('reveal_private', { deterministic: true }, (_profileId, text) => text)
  }
}
import(workerData.sdkWorker).then(({ startPowerSyncWorker }) => startPowerSyncWorker({ loadBetterSqlite3: async () => KeyedDatabase }))
`

/** The worker's source and data; the sync host (sync-host-source.ts) starts it from its own thread. */
export function keyedWorkerSpec(keyHex: string | null): { source: string; workerData: { driver: string; sdkWorker: string; key: string | null } } {
  if (keyHex !== null && !/^[0-9a-f]{64}$/i.test(keyHex)) throw new Error('The database key must be 64 hex digits.')
  const require = createRequire(__filename)
  const driver = require.resolve('better-sqlite3-multiple-ciphers')
  const sdkWorker = pathToFileURL(require.resolve('@powersync/node/worker.js')).href
  return { source: WORKER_SOURCE, workerData: { driver, sdkWorker, key: keyHex } }
}
