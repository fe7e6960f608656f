// The PowerSync SDK's database worker, on the SQLite build the app ships
// (better-sqlite3-multiple-ciphers) instead of plain better-sqlite3.
import Database from 'better-sqlite3-multiple-ciphers'
import { startPowerSyncWorker } from '@powersync/node/worker.js'

startPowerSyncWorker({ loadBetterSqlite3: async () => Database })
