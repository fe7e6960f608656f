// The start-up benchmark's baseline: a bare Node process (bundled like the app's ready-child.ts)
// that loads only the SQLite driver, opens the same file and reads one pragma. It must not import
// anything of the app, or the baseline would pay the app's module loading too.
import Database from 'better-sqlite3-multiple-ciphers'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const [dataDir] = process.argv.slice(2) as [string]
const db = new Database(join(dataDir, 'shiftdesk.db'))
db.pragma('user_version')
db.close()
process.stdout.write(JSON.stringify({ readyMs: performance.now() }))
