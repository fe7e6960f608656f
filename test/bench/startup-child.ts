// Child process of the start-up benchmark: opens the data folder the way the app does (or, as
// the baseline, only opens the SQLite file) and reports how long after process start it was ready.
import Database from 'better-sqlite3-multiple-ciphers'
import Conf from 'conf'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createAppContext } from '../../src/main/app-context'
import type { KeyValueStoreClass } from '../../src/main/settings'
import { fakePorts } from '../helpers/fake-ports'

const [mode, dataDir] = process.argv.slice(2) as ['app' | 'baseline', string]
if (mode === 'app') {
  const ctx = createAppContext({ dataDir, Store: Conf as unknown as KeyValueStoreClass, version: 'bench', platform: 'bench', ports: fakePorts() })
  ctx.services.session.current()
  ctx.close()
} else {
  const db = new Database(join(dataDir, 'shiftdesk.db'))
  db.pragma('user_version')
  db.close()
}
// performance.now() counts from process start (timeOrigin), which is what the agent waits for.
process.stdout.write(JSON.stringify({ readyMs: performance.now() }))
