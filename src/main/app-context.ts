// The composition root shared by Electron, the end-to-end test server and the benchmarks:
// it opens the data folder, preferences and database, and builds every service from them.
import { join } from 'node:path'
import type { Db } from './db/connection'
import { openDatabase } from './db/connection'
import { ensureWritableDir } from './data-dir'
import { createHandlers } from './ipc/handlers'
import type { HandlerMap } from './ipc/types'
import { systemClock, randomId, type Clock, type IdSource } from './services/clock'
import { EventHub } from './services/events'
import { NoticeBoard } from './services/notices'
import { ProfileService } from './services/profiles'
import { Session } from './services/session'
import type { PlatformPorts } from './ports'
import { openPreferences, type KeyValueStoreClass, type PreferencesPort } from './settings'

export const DATABASE_FILE = 'shiftdesk.db'

export type AppContextOptions = {
  dataDir: string
  /** electron-store in the app; its base class `conf` where Electron is absent. */
  Store: KeyValueStoreClass
  version: string
  platform: string
  ports: PlatformPorts
  clock?: Clock
  newId?: IdSource
}

export type AppServices = {
  info: { version: string; dataDir: string; databaseFile: string; platform: string }
  db: Db
  clock: Clock
  ports: PlatformPorts
  events: EventHub
  notices: NoticeBoard
  prefs: PreferencesPort
  profiles: ProfileService
  session: Session
}

export type AppContext = { services: AppServices; handlers: HandlerMap; close(): void }

export function createAppContext(options: AppContextOptions): AppContext {
  const clock = options.clock ?? systemClock
  const newId = options.newId ?? randomId
  ensureWritableDir(options.dataDir)
  const events = new EventHub()
  const notices = new NoticeBoard(clock, newId, events)
  const { prefs, damagedFileKeptAt } = openPreferences(options.Store, options.dataDir, () => clock.now())
  if (damagedFileKeptAt) notices.post('warning', 'preferences-reset', { file: damagedFileKeptAt })
  const databaseFile = join(options.dataDir, DATABASE_FILE)
  const db = openDatabase(databaseFile)
  const profiles = new ProfileService(db, clock, newId)
  const session = new Session(profiles, prefs, events)
  const services: AppServices = {
    info: { version: options.version, dataDir: options.dataDir, databaseFile, platform: options.platform },
    db,
    clock,
    ports: options.ports,
    events,
    notices,
    prefs,
    profiles,
    session,
  }
  return {
    services,
    handlers: createHandlers(services),
    close: () => {
      if (db.open) db.close()
    },
  }
}
